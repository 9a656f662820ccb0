import { describe, expect, it } from 'vitest'
import { marksForClip, marksForSlotChange, type StoredProgramme, slotChanges } from '../../../src/broadcast/rebuildMarks'
import type { BroadcastSlot } from '../../../src/broadcast/types'
import { SLOTS } from './fixtures/slots'

const chieu = SLOTS.find((slot) => slot.slug === 'chieu')!
const music = SLOTS.find((slot) => slot.slug === 'nhac-toi')!
const rebroadcast = SLOTS.find((slot) => slot.slug === 'phat-lai-sang')!

/** Tuesday 01/12/2026 12:00 in Hà Nội. */
const NOW = new Date('2026-12-01T05:00:00Z')

/** The afternoon programme of a date, airing at 17:00 local (10:00 UTC). */
const programme = (date: string, id = `chieu-${date}`, segments: unknown = []): StoredProgramme => ({ id, slotSlug: 'chieu', date, startsAt: new Date(`${date}T10:00:00Z`), segments })

// Monday (aired), Tuesday (today, later), Thursday, Friday; Wednesday 2 December is a day off.
const PROGRAMMES = [programme('2026-11-30'), programme('2026-12-01'), programme('2026-12-03'), programme('2026-12-04')]

describe('slotChanges', () => {
  it.each([
    ['end earlier', { end: '17:20' }, ['khung giờ đã đổi từ 17:00–17:30 thành 17:00–17:20']],
    ['moved', { start: '16:00', end: '16:30' }, ['khung giờ đã đổi từ 17:00–17:30 thành 16:00–16:30']],
    ['kind', { kind: 'relay', relay: { url: 'https://radio.example.vn/live' } }, ['loại chương trình đã đổi từ chương trình địa phương thành tiếp sóng']],
    ['only the name', { name: 'Bản tin chiều' }, []],
    ['only the days', { days: [1, 2] }, []],
  ] as [string, Partial<BroadcastSlot>, string[]][])('%s', (_label, change, expected) => {
    expect(slotChanges(chieu, { ...chieu, ...change })).toEqual(expected)
  })

  it('names a new rebroadcast source and a new music list', () => {
    expect(slotChanges(rebroadcast, { ...rebroadcast, rebroadcast: { sourceSlug: 'sang', dayOffset: -1 } })).toEqual([
      'nguồn phát lại đã đổi từ "chieu" (lệch -1 ngày) thành "sang" (lệch -1 ngày)',
    ])
    expect(slotChanges(music, { ...music, music: { clipIds: ['m2', 'm1'] } })).toEqual(['danh sách bài nhạc đã đổi'])
    expect(slotChanges(music, { ...music, music: { clipIds: ['m1', 'm2'] } })).toEqual([])
  })
})

describe('marksForSlotChange', () => {
  it('marks every programme of the slot that has not aired, never an aired one, with the change', () => {
    const reason = 'Khung giờ đã đổi từ 17:00–17:30 thành 17:00–17:20; cần dựng lại'
    expect(marksForSlotChange(chieu, { ...chieu, end: '17:20' }, [...PROGRAMMES, { ...programme('2026-12-03', 'sang'), slotSlug: 'sang' }], NOW)).toEqual([
      { id: 'chieu-2026-12-01', reason },
      { id: 'chieu-2026-12-03', reason },
      { id: 'chieu-2026-12-04', reason },
    ])
  })

  it('leaves alone a programme that started a moment ago, and one whose air time is unknown', () => {
    const started = { ...programme('2026-12-01'), startsAt: new Date(NOW.getTime() - 1) }
    const unknown = { ...programme('2026-12-03'), startsAt: null }
    expect(marksForSlotChange(chieu, { ...chieu, end: '17:20' }, [started, unknown], NOW)).toEqual([])
  })

  it('marks only the dates the slot no longer airs when its days change', () => {
    // Monday to Wednesday now: Thursday and Friday are gone, Tuesday stays as it was built.
    expect(marksForSlotChange(chieu, { ...chieu, days: [1, 2, 3] }, PROGRAMMES, NOW)).toEqual([
      { id: 'chieu-2026-12-03', reason: 'Khung giờ "Chương trình buổi chiều" không còn phát ngày 03/12/2026; chương trình này sẽ không được phát' },
      { id: 'chieu-2026-12-04', reason: 'Khung giờ "Chương trình buổi chiều" không còn phát ngày 04/12/2026; chương trình này sẽ không được phát' },
    ])
    expect(marksForSlotChange(chieu, { ...chieu, validTo: '2026-12-03', datesOff: ['2026-12-01'] }, PROGRAMMES, NOW).map((mark) => mark.id)).toEqual([
      'chieu-2026-12-01',
      'chieu-2026-12-04',
    ])
  })

  it('marks nothing when only the name changed', () => {
    expect(marksForSlotChange(chieu, { ...chieu, name: 'Bản tin chiều' }, PROGRAMMES, NOW)).toEqual([])
  })

  it('marks the programmes of a deleted slot, and of a slot whose address changed', () => {
    expect(marksForSlotChange(chieu, null, PROGRAMMES, NOW).map((mark) => mark.reason)).toEqual(
      Array(3).fill('Khung giờ "Chương trình buổi chiều" (17:00–17:30) đã bị xóa; chương trình này sẽ không được phát'),
    )
    expect(marksForSlotChange(chieu, { ...chieu, slug: 'buoi-chieu' }, PROGRAMMES, NOW)[0].reason).toBe(
      'Khung giờ đã đổi đường dẫn từ "chieu" thành "buoi-chieu"; chương trình này sẽ không được phát (khung giờ mới được dựng riêng)',
    )
  })
})

describe('marksForClip', () => {
  const withClip = (id: string | number) => [
    { kind: 'intro', clip: { id: 'jingle', path: '/a/jingle.mp3' } },
    { kind: 'gap', clip: null },
    { kind: 'announcement', clip: { id, path: `/a/${id}.mp3` }, source: { collection: 'announcements', id: '7' } },
  ]
  const programmes = [
    programme('2026-11-30', 'aired', withClip(42)),
    programme('2026-12-01', 'today', withClip(42)),
    programme('2026-12-03', 'other', withClip(43)),
    programme('2026-12-04', 'unbuilt', null),
  ]

  it('marks the programmes not aired yet that play the clip (ids compared as strings)', () => {
    expect(marksForClip({ id: '42', title: 'Ghi âm tin lũ' }, 'deleted', programmes, NOW)).toEqual([
      { id: 'today', reason: 'Tệp âm thanh "Ghi âm tin lũ" đã bị xóa; cần dựng lại' },
    ])
    expect(marksForClip({ id: 42, title: 'Ghi âm tin lũ' }, 'replaced', programmes, NOW)).toEqual([
      { id: 'today', reason: 'Tệp âm thanh "Ghi âm tin lũ" đã được thay bằng tệp khác; cần dựng lại' },
    ])
  })

  it('finds a clip named only as a segment’s source (music, intro, outro)', () => {
    const musicProgramme = { ...programme('2026-12-03', 'music'), segments: [{ kind: 'music', clip: null, source: { collection: 'audio-clips', id: 'm1' } }] }
    expect(marksForClip({ id: 'm1', title: 'Bài hát' }, 'deleted', [musicProgramme], NOW).map((mark) => mark.id)).toEqual(['music'])
  })
})
