import { describe, expect, it } from 'vitest'
import { lexicalUploadIds } from '../../src/lib/lexicalUploads'

const body = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const upload = (value: unknown, relationTo = 'media') => ({ type: 'upload', relationTo, value, fields: { caption: 'x' } })

describe('lexicalUploadIds', () => {
  it.each([
    ['no value', undefined, []],
    ['no root', {}, []],
    ['text only', body(paragraph({ type: 'text', text: 'ảnh 5' })), []],
    ['a bare numeric id', body(upload(5)), ['5']],
    ['a string id', body(upload('abc')), ['abc']],
    ['a populated document', body(upload({ id: 7, alt: 'x' })), ['7']],
    ['nested in a table cell', body({ type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [upload(9)] }] }] }), ['9']],
    ['several, in order', body(upload(1), paragraph({ type: 'text', text: 'a' }), upload(2)), ['1', '2']],
    ['another collection is ignored', body(upload(3, 'audio-clips')), []],
    ['an upload without a value is ignored', body(upload(null)), []],
  ])('%s', (_name, value, expected) => {
    expect(lexicalUploadIds(value, 'media')).toEqual(expected)
  })
})
