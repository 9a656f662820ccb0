import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { generateTone } from '../../../src/audio/testAudio'
import { addDays, localDateParts } from '../../../src/broadcast/localDate'
import { instantFromLocal } from '../../../src/lib/viDate'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, runScript, runScriptToExit, startLoaServer } from '../../support/loaServer'
import { anonymous, api, login, type Session, staffSession } from '../../support/rest'
import { uploadToneClip } from '../../support/uploads'

/**
 * Issue 9, items 4 and 7: the station filler fills a short programme up to its slot's end; editing
 * a slot's times, deleting it, or deleting or replacing a clip marks the programmes built for it
 * that have not aired yet: their files are left out of the playlist until the worker rebuilds
 * them for the slot as it is now. Aired programmes are history and are never touched.
 */
let server: LoaServer
let admin: Session
let technician: Session
let editor: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-rebuild-'))
const today = stationToday()
const past = addDays(today, -3)
const future = addDays(today, 2)
const SLOT = 'kiem-thu-dung-lai'
const TZ = 'Asia/Ho_Chi_Minh'
let slotId: number
const clips: Record<string, { id: number; filename: string }> = {}
const runAssemble = (args: string[]) => runScriptToExit('scripts/assemble.ts', args, server.env)
const upload = (session: Session, name: string, tone: Parameters<typeof generateTone>[1], fields: Record<string, unknown>, id?: number) => uploadToneClip(session, scratch, name, tone, fields, id)

const programmeDoc = async (date: string) => (await api(technician, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
const playlistEntry = async (date: string) => (await (await fetch(`${server.baseUrl}/playlists/${date}.json`)).json()).entries.find((entry: { slot: string }) => entry.slot === SLOT)
const at = (date: string, hour: number, minute: number) => instantFromLocal({ ...localDateParts(date), hour, minute }, TZ)

/** The aired programme as it was before any change: it must stay exactly so. */
let aired: Record<string, unknown>
const expectAiredUntouched = async () => {
  const now = await programmeDoc(past)
  for (const field of ['status', 'sha256', 'file', 'durationSeconds', 'startsAt', 'title', 'segments', 'contentHash', 'updatedAt']) expect(now[field], field).toEqual(aired[field])
  expect(now.rebuildReason ?? null).toBeNull()
}

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', 'kythuat-dunglai@test.loa')
  editor = await staffSession(admin, 'editor', 'bientap-dunglai@test.loa')
  clips.intro = await upload(technician, 'hieu.mp3', { seconds: 4, frequency: 523, levelDb: -14, kind: 'sine' }, { title: 'Nhạc hiệu thử', kind: 'intro' })
  clips.notice = await upload(technician, 'thong-bao.mp3', { seconds: 3, frequency: 210, levelDb: -20, kind: 'speechlike' }, { title: 'Ghi âm thông báo nước', kind: 'announcement' })
  clips.filler = await upload(technician, 'nen.mp3', { seconds: 10, frequency: 0, levelDb: -30, kind: 'noise' }, { title: 'Nhạc nền thử', kind: 'filler' })
  const station = await api(technician, 'POST', '/globals/station', { intro: clips.intro.id, fillSilence: true, filler: clips.filler.id })
  expect(station.status, station.text).toBe(200)
  const notice = await api(technician, 'POST', '/announcements', {
    title: 'Lịch cắt nước',
    text: 'Thôn Đông cắt nước sáng thứ Bảy.',
    level: 'normal',
    clip: clips.notice.id,
    validFrom: new Date(Date.now() - 10 * 24 * 3600_000).toISOString(),
  })
  expect(notice.status, notice.text).toBe(201)
  const slot = await api(technician, 'POST', '/broadcast-slots', { name: 'Bản tin thử', slug: SLOT, kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: '03:00', end: '03:02' })
  expect(slot.status, slot.text).toBe(201)
  slotId = slot.json.doc.id
  for (const date of [past, future]) {
    const { code, output } = await runAssemble(['--date', date, '--slot', SLOT])
    expect(code, output).toBe(0)
    // Intro, gap, notice (7.8 s), then the filler up to a second before the 2-minute slot ends.
    expect(output).toMatch(/ghi chú: Đã thêm 1[01]\d,\d giây \(1 phút [\d]+ giây\) nhạc nền "Nhạc nền thử" để lấp khoảng trống cuối chương trình/)
  }
  aired = await programmeDoc(past)
  expect(aired).toMatchObject({ status: 'ready', startsAt: at(past, 3, 0).toISOString() })
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('the station filler', () => {
  it('fills the programme to within 2 s of its slot’s end less a second, and says so instead of warning about silence', async () => {
    const doc = await programmeDoc(future)
    expect(doc.status).toBe('ready')
    expect(doc.durationSeconds).toBeLessThanOrEqual(119.05)
    expect(doc.durationSeconds).toBeGreaterThan(117)
    expect(doc.segments.filter((segment: { kind: string }) => segment.kind === 'filler').length).toBeGreaterThanOrEqual(10)
    expect(doc.warnings.map((warning: { kind: string }) => warning.kind)).toEqual(['filler'])
  })
})

describe('a slot’s new times', () => {
  const reason = 'Khung giờ đã đổi từ 03:00–03:02 thành 03:05–03:06; cần dựng lại'

  it('mark its programmes not yet aired, never an aired one, and keep the old file out of the playlist', async () => {
    const before = await programmeDoc(future)
    expect(before.durationSeconds).toBeGreaterThan(60)
    const changed = await api(technician, 'PATCH', `/broadcast-slots/${slotId}`, { start: '03:05', end: '03:06' })
    expect(changed.status, changed.text).toBe(200)

    const marked = await programmeDoc(future)
    expect(marked).toMatchObject({ status: 'planned', rebuildReason: reason })
    expect(marked.sha256 ?? null).toBeNull()
    await expectAiredUntouched()

    // The old 2-minute file would run 58 s into whatever follows the new 1-minute slot.
    expect(await playlistEntry(future)).toMatchObject({ status: 'missing', url: null, sha256: null, note: reason, start: `${future}T03:05:00+07:00` })
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${future}.m3u`)).text()
    expect(m3u).toContain(`# THIẾU: 03:05–03:06 Bản tin thử — ${reason}`)
    expect(m3u).not.toContain(`/media/programmes/${future}/`)
    // The aired programme is still in the past day's playlist.
    expect(await playlistEntry(past)).toMatchObject({ status: 'ready', url: `${server.baseUrl}/media/programmes/${past}/${SLOT}.mp3` })
  })

  it('are answered by the worker in the lead window: rebuilt for the new slot, mark cleared, air time moved', async () => {
    const output = await runScript('test/support/scripts/assembleDue.ts', [new Date(at(future, 2, 30)).toISOString()], server.env)
    expect(output).toContain(`${future} ${SLOT}: dựng lại vì: ${reason}`)
    const rebuilt = await programmeDoc(future)
    expect(rebuilt).toMatchObject({ status: 'ready', startsAt: at(future, 3, 5).toISOString() })
    expect(rebuilt.rebuildReason ?? null).toBeNull()
    // Filled again, now up to a second before the 1-minute slot ends.
    expect(rebuilt.durationSeconds).toBeLessThanOrEqual(59.05)
    expect(rebuilt.durationSeconds).toBeGreaterThan(57)
    expect(await playlistEntry(future)).toMatchObject({ status: 'ready', url: `${server.baseUrl}/media/programmes/${future}/${SLOT}.mp3`, sha256: rebuilt.sha256 })
    await expectAiredUntouched()
  })
})

describe('a clip deleted or replaced', () => {
  it('marks the programmes not yet aired that play it; an aired one keeps it', async () => {
    const deleted = await api(technician, 'DELETE', `/audio-clips/${clips.notice.id}`)
    expect(deleted.status, deleted.text).toBe(200)
    const reason = 'Tệp âm thanh "Ghi âm thông báo nước" đã bị xóa; cần dựng lại'
    expect(await programmeDoc(future)).toMatchObject({ status: 'planned', rebuildReason: reason })
    expect(await playlistEntry(future)).toMatchObject({ status: 'missing', url: null, note: reason })
    await expectAiredUntouched()

    const { code, output } = await runAssemble(['--date', future, '--slot', SLOT])
    expect(code, output).toBe(0)
    expect(output).toContain(`dựng lại vì: ${reason}`)
    const rebuilt = await programmeDoc(future)
    expect(rebuilt.status).toBe('ready')
    expect(rebuilt.rebuildReason ?? null).toBeNull()
    expect(rebuilt.segments.map((segment: { clip?: { id?: string } | null }) => segment.clip?.id)).not.toContain(String(clips.notice.id))
  })

  it('marks them when the clip’s file is replaced', async () => {
    await upload(technician, 'hieu-moi.mp3', { seconds: 6, frequency: 440, levelDb: -14, kind: 'sine' }, { title: 'Nhạc hiệu thử' }, clips.intro.id)
    expect(await programmeDoc(future)).toMatchObject({ status: 'planned', rebuildReason: 'Tệp âm thanh "Nhạc hiệu thử" đã được thay bằng tệp khác; cần dựng lại' })
    await expectAiredUntouched()
  })
})

describe('who can mark programmes', () => {
  it('is nobody over the API directly, and editors cannot change or delete slots', async () => {
    const before = await programmeDoc(future)
    for (const session of [anonymous(server.baseUrl), editor, technician, admin]) {
      expect((await api(session, 'PATCH', `/programmes/${before.id}`, { rebuildReason: null, status: 'ready' })).status).toBe(403)
    }
    expect((await api(editor, 'PATCH', `/broadcast-slots/${slotId}`, { end: '03:07' })).status).toBe(403)
    expect((await api(editor, 'DELETE', `/broadcast-slots/${slotId}`)).status).toBe(403)
    expect((await api(editor, 'POST', '/globals/station', { fillSilence: false })).status).toBe(403)
    const after = await programmeDoc(future)
    expect(after).toMatchObject({ status: before.status, rebuildReason: before.rebuildReason, updatedAt: before.updatedAt })
    // Residents never read why a programme is to be rebuilt (it names clips and slot changes).
    const seen = await api(anonymous(server.baseUrl), 'GET', `/programmes/${aired.id}?depth=0`)
    expect(seen.status).toBe(200)
    expect('rebuildReason' in seen.json).toBe(false)
  })
})

describe('a slot deleted', () => {
  it('marks its programmes not yet aired; the aired one stays; the playlist no longer lists the slot', async () => {
    expect((await api(technician, 'DELETE', `/broadcast-slots/${slotId}`)).status).toBe(200)
    const reason = 'Khung giờ "Bản tin thử" (03:05–03:06) đã bị xóa; chương trình này sẽ không được phát'
    expect(await programmeDoc(future)).toMatchObject({ status: 'planned', rebuildReason: reason })
    await expectAiredUntouched()
    expect(await playlistEntry(future)).toBeUndefined()
    // The worker's planning says which programmes not yet aired are marked, and why.
    const output = await runScript('test/support/scripts/assembleDue.ts', [new Date().toISOString(), 'plan'], server.env)
    expect(output).toContain(`CHÚ Ý: chương trình ${future} ${SLOT} cần dựng lại: ${reason}`)
    expect(output).not.toContain(`chương trình ${past} ${SLOT}`)
  })
})
