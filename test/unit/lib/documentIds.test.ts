import { describe, expect, it } from 'vitest'
import { looksLikeDocumentId, relationIdText, storedId } from '../../../src/lib/relationId'
import { slotFromDoc, slotToDocData } from '../../../src/radio/slotMapping'

/** Issue 13, item 6: nothing assumes SQLite's numeric ids; MongoDB's are 24-hex-digit strings. */
describe('looksLikeDocumentId', () => {
  it.each([
    ['7', true],
    ['123456789012345', true],
    ['65a1f0c2e4b0a1b2c3d4e5f6', true],
    ['65A1F0C2E4B0A1B2C3D4E5F6', true],
    ['', false],
    ['1234567890123456', false],
    ['65a1f0c2e4b0a1b2c3d4e5f', false],
    ['../users', false],
    ['1 OR 1=1', false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(looksLikeDocumentId(value)).toBe(expected)
  })
})

describe('relationIdText', () => {
  it.each([
    ['a SQLite id', 12, '12'],
    ['a MongoDB id', '65a1f0c2e4b0a1b2c3d4e5f6', '65a1f0c2e4b0a1b2c3d4e5f6'],
    ['a populated document', { id: 7, name: 'x' }, '7'],
    ['a populated MongoDB document', { id: '65a1f0c2e4b0a1b2c3d4e5f6' }, '65a1f0c2e4b0a1b2c3d4e5f6'],
    ['nothing', null, null],
    ['an empty string', '', null],
    ['a document without an id', { name: 'x' }, null],
  ])('%s', (_name, value, expected) => {
    expect(relationIdText(value)).toBe(expected)
  })
})

describe('storedId', () => {
  it.each([
    ['12', 'number', 12],
    ['65a1f0c2e4b0a1b2c3d4e5f6', 'text', '65a1f0c2e4b0a1b2c3d4e5f6'],
  ] as const)('%s on a database with %s ids → %s', (id, type, expected) => {
    expect(storedId(id, type)).toBe(expected)
  })
})

describe('a music slot from a schedule file', () => {
  const slot = slotFromDoc({ slug: 'nhac', name: 'Nhạc', kind: 'music', days: ['1'], start: '11:00', end: '11:30', music: { clips: ['65a1f0c2e4b0a1b2c3d4e5f6', '65a1f0c2e4b0a1b2c3d4e5f7'] as never } })
  it('keeps MongoDB clip ids as they are', () => {
    expect(slotToDocData(slot, 'text').music).toEqual({ clips: ['65a1f0c2e4b0a1b2c3d4e5f6', '65a1f0c2e4b0a1b2c3d4e5f7'] })
  })
  it('stores SQLite clip ids as numbers', () => {
    const numeric = slotFromDoc({ ...slot, kind: 'music', music: { clips: [3, 9] } } as never)
    expect(slotToDocData(numeric, 'number').music).toEqual({ clips: [3, 9] })
  })
})
