import { describe, expect, it } from 'vitest'
import { isPlayable, isPublicProgramme, type ProgrammeFileFields } from '../../../src/broadcast/playableProgramme'

const NOW = new Date('2026-12-01T10:00:00Z')
const FINISHED = { file: 'programmes/2026-12-01/sang.mp3', sha256: 'a1b2c3' }

describe('isPlayable', () => {
  it.each<[string, ProgrammeFileFields | null | undefined, boolean]>([
    ['a finished file', FINISHED, true],
    ['a finished file, no mark', { ...FINISHED, rebuildReason: null }, true],
    ['an empty mark is no mark', { ...FINISHED, rebuildReason: '' }, true],
    ['marked for rebuild (slot times changed)', { ...FINISHED, rebuildReason: 'Khung giờ đã đổi giờ phát' }, false],
    ['never built', { file: null, sha256: null }, false],
    ['a file name but no hash (render not finished)', { ...FINISHED, sha256: null }, false],
    ['a hash but no file name', { ...FINISHED, file: null }, false],
    ['an empty file name', { ...FINISHED, file: '' }, false],
    ['an empty hash', { ...FINISHED, sha256: '' }, false],
    ['no programme at all', undefined, false],
    ['null', null, false],
  ])('%s → %s', (_, programme, expected) => {
    expect(isPlayable(programme)).toBe(expected)
  })
})

describe('isPublicProgramme', () => {
  it.each<[string, (ProgrammeFileFields & { startsAt?: string | Date | null }) | null, boolean]>([
    ['aired an hour ago', { ...FINISHED, startsAt: '2026-12-01T09:00:00Z' }, true],
    ['starting this very moment', { ...FINISHED, startsAt: NOW }, true],
    ['built ahead, airs in an hour', { ...FINISHED, startsAt: '2026-12-01T11:00:00Z' }, false],
    ['aired but not playable', { file: null, sha256: null, startsAt: '2026-12-01T09:00:00Z' }, false],
    ['aired but marked for rebuild', { ...FINISHED, rebuildReason: 'Bản ghi đã bị xóa', startsAt: '2026-12-01T09:00:00Z' }, false],
    ['no air time', { ...FINISHED, startsAt: null }, false],
    ['nothing', null, false],
  ])('%s → %s', (_, programme, expected) => {
    expect(isPublicProgramme(programme, NOW)).toBe(expected)
  })
})
