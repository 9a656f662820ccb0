import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { formatVietnameseDateTime } from '../../../src/lib/viDate'
import { ROOT } from '../../support/loaServer'
import { saveInReviewState } from '../../support/newsroom'

/**
 * Issue 13, item 5: one source for the station's settings and for "may this programme be played".
 * In-process on a temporary SQLite file (Local API). The station's time zone is set to Tokyo
 * (UTC+9, two hours from Vietnam): everything that reads the station must then say Tokyo's time,
 * the approval message included (it used to say Vietnam's whatever the setting). The playable rule
 * and the query residents' reads go through must find the same programmes.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-station-rules-'))
const DEFAULT = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))
const TOKYO = 'Asia/Tokyo'
let payload: Payload

// The site's data modules ask Next's Payload instance; here they get this test's.
vi.mock('../../../src/site/payload', () => ({ sitePayload: async () => payload }))

type User = { id: number; role: string; collection: 'users' }
const users = {} as Record<'editor' | 'approver', User>

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(workDir, 'loa.db')}`
  process.env.LOA_MEDIA_DIR = path.join(workDir, 'media')
  process.env.LOA_LOG_LEVEL = 'error'
  const { openPayload } = await import('../../../src/boot/openPayload')
  payload = (await openPayload({ key: 'station-rules' })).payload
  for (const role of ['editor', 'approver'] as const) {
    const doc = await payload.create({ collection: 'users', data: { email: `${role}@station.test`, password: `${role}-password-123`, name: role, role } as never, overrideAccess: true })
    users[role] = { ...(doc as unknown as User), collection: 'users' }
  }
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

describe('one station time zone', () => {
  it('a station set to Tokyo: the approval message, the audit row, the playlist, the schedule export and the site schedule all use Tokyo', async () => {
    const { loadStationSettings } = await import('../../../src/radio/station')
    const { importSchedule, exportSchedule } = await import('../../../src/radio/scheduleFile')
    const { playlistForDate } = await import('../../../src/radio/playlistService')
    const { runReviewAction } = await import('../../../src/newsroom/reviewService')
    const { publicSlots } = await import('../../../src/site/radio')

    expect((await importSchedule(payload, DEFAULT, { replace: true })).ok).toBe(true)
    await payload.updateGlobal({ slug: 'station', data: { timeZone: TOKYO }, overrideAccess: true })
    expect((await loadStationSettings(payload)).timeZone).toBe(TOKYO)

    // An approval for later: the message says the time on the station's clock.
    const article = await payload.create({ collection: 'articles', data: { title: 'Lịch tiêm chủng tháng Ba', _status: 'draft' } as never, draft: true, overrideAccess: true, user: users.editor })
    await saveInReviewState(payload, article.id, { state: 'pending', submittedBy: users.editor.id })
    const publishAt = new Date('2099-03-15T01:30:00Z')
    const req = await createLocalReq({ user: users.approver as never }, payload)
    const result = await runReviewAction(req, article.id, 'approve', { publishAt: publishAt.toISOString() })
    expect(result.status, result.body.message).toBe(200)
    expect(formatVietnameseDateTime(publishAt, TOKYO)).toBe('Chủ Nhật, 15/03/2099 10:30')
    expect(result.body.message).toContain('Bài viết sẽ tự xuất bản lúc Chủ Nhật, 15/03/2099 10:30.')

    // The audit row of the same approval, written by a hook in the save's transaction.
    const { docs: auditRows } = await payload.find({ collection: 'audit-log', where: { and: [{ docId: { equals: String(article.id) } }, { action: { equals: 'scheduled' } }] }, overrideAccess: true, depth: 0 })
    expect(auditRows.map((row) => row.reason)).toEqual(['Duyệt, hẹn xuất bản lúc 15/03/2099 10:30'])

    // The day's playlist for devices: Tokyo's offset on every airing.
    const playlist = await playlistForDate(payload, '2099-03-16', new Date('2099-03-14T00:00:00Z'))
    expect(playlist.timeZone).toBe(TOKYO)
    expect(playlist.entries.length).toBeGreaterThan(0)
    expect(playlist.entries.every((entry) => entry.start.endsWith('+09:00'))).toBe(true)

    // The name the imported schedule file gave the station.
    expect((await exportSchedule(payload)).station).toEqual({ name: DEFAULT.station.name, timeZone: TOKYO })
    expect(await publicSlots()).toMatchObject({ timeZone: TOKYO, stationName: DEFAULT.station.name })
  })
})

describe('one playable rule', () => {
  it('the query residents read through and the playable query find exactly the programmes the rule allows', async () => {
    const { isPlayable, isPublicProgramme } = await import('../../../src/broadcast/playableProgramme')
    const { PLAYABLE_PROGRAMME_WHERE } = await import('../../../src/access/programmes')
    const { markData } = await import('../../../src/radio/rebuildMarks')
    const now = new Date()
    const past = new Date(now.getTime() - 3_600_000).toISOString()
    const future = new Date(now.getTime() + 3_600_000).toISOString()
    const finished = { status: 'ready', file: 'programmes/x.mp3', sha256: 'abc123', bytes: 1000, durationSeconds: 60 }
    // [slot, stored fields, playable, public]
    const cases: [string, Record<string, unknown>, boolean, boolean][] = [
      ['aired', { ...finished, startsAt: past }, true, true],
      ['built-ahead', { ...finished, startsAt: future }, true, false],
      ['rebuild-failed-earlier-file', { ...finished, status: 'failed', startsAt: past }, true, true],
      ['rebuild-asked-earlier-file', { ...finished, status: 'planned', startsAt: past }, true, true],
      ['never-built', { status: 'planned', startsAt: past }, false, false],
      ['marked-for-rebuild', { ...finished, ...markData('Khung giờ đã đổi giờ phát'), startsAt: past }, false, false],
      ['hash-without-file', { ...finished, file: null, startsAt: past }, false, false],
      ['empty-file-name', { ...finished, file: '', startsAt: past }, false, false],
      ['empty-hash', { ...finished, sha256: '', startsAt: past }, false, false],
    ]
    for (const [slot, fields] of cases) {
      await payload.create({ collection: 'programmes', data: { title: slot, date: '2000-01-01', slotSlug: slot, ...fields } as never, overrideAccess: true })
    }
    const stored = (await payload.find({ collection: 'programmes', where: { date: { equals: '2000-01-01' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs
    const slugs = (docs: { slotSlug: string }[]) => docs.map((doc) => doc.slotSlug).sort()
    const expected = (column: 2 | 3) => cases.filter((row) => row[column]).map(([slot]) => slot).sort()

    expect(slugs(stored.filter((doc) => isPlayable(doc)))).toEqual(expected(2))
    expect(slugs(stored.filter((doc) => isPublicProgramme(doc, now)))).toEqual(expected(3))
    const playable = await payload.find({ collection: 'programmes', where: { and: [{ date: { equals: '2000-01-01' } }, PLAYABLE_PROGRAMME_WHERE] }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    expect(slugs(playable.docs)).toEqual(expected(2))
    // A resident's read: the collection's access rule decides.
    const anonymous = await payload.find({ collection: 'programmes', where: { date: { equals: '2000-01-01' } }, limit: 0, pagination: false, depth: 0, overrideAccess: false })
    expect(slugs(anonymous.docs)).toEqual(['aired', 'rebuild-asked-earlier-file', 'rebuild-failed-earlier-file'])
  })
})
