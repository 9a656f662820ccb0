/**
 * Issue 9, "Done when": a simulated week of the default schedule (the demo seed's content, plus an
 * announcement long enough to overflow its slots, one that expires mid-week and an emergency) run
 * through the worker's own jobs with the real ffmpeg, on a server whose TZ is far from the
 * station's. Every slot's audio is within its slot (measured by decoding the file), every
 * rebroadcast carries only items valid at its own air time, and every drop and exclusion is in the
 * worker log and on the programme staff read. The week's table is printed (and written to
 * $LOA_WEEK_TABLE when set) for the closing note.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpegBinaries } from '../../../src/audio/binaries'
import type { generateTone } from '../../../src/audio/testAudio'
import { addDays, WEEKDAY_NAMES_VI, weekdayOf } from '../../../src/broadcast/localDate'
import type { DroppedItem, Playlist, ProgrammeSegment } from '../../../src/broadcast/types'
import { ordinaryMonday } from '../../support/dates'
import { ADMIN, type LoaServer, runScriptToExit, startLoaServer } from '../../support/loaServer'
import { api, login, type Session, staffSession } from '../../support/rest'
import { uploadToneClip } from '../../support/uploads'

type WeekProgramme = {
  date: string
  slot: string
  kind: string | null
  start: string | null
  slotSeconds: number | null
  status: string
  file: string | null
  durationSeconds: number | null
  segments: ProgrammeSegment[]
  dropped: DroppedItem[]
  excluded: DroppedItem[]
  warnings: { kind: string; message: string }[]
}
type Week = { programmes: WeekProgramme[]; playlists: { date: string; readAt: string; playlist: Playlist }[]; planned: number }

let server: LoaServer
let admin: Session
let week: Week
let workerLog: string
const measured = new Map<string, number>()
// The next Monday whose week has no public holiday in the default calendar (Tết would stop the grid).
const monday = ordinaryMonday(0)
const day = (offset: number) => addDays(monday, offset)
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-week-'))
const ids = { long: '', expiring: '', emergency: '', mondayOnly: '' }
const validity = new Map<string, { from: Date | null; to: Date | null }>()
const priority = new Set<string>()

const uploadClip = async (name: string, tone: Parameters<typeof generateTone>[1], title: string) => (await uploadToneClip(admin, scratch, name, tone, { title, kind: 'announcement' })).id

async function announce(data: Record<string, unknown>): Promise<string> {
  const created = await api(admin, 'POST', '/announcements', data)
  expect(created.status, created.text).toBe(201)
  return String(created.json.doc.id)
}

// The server's TZ must not matter: the simulation runs at UTC+14 for a station at UTC+7.
const runSimulation = () => runScriptToExit('test/support/scripts/simulateWeek.ts', [JSON.stringify({ from: monday, days: 7 })], { ...server.env, TZ: 'Pacific/Kiritimati' })

/** The file's length from its decoded samples (16-bit mono at 8 kHz, counted as they stream by). */
function decodedSeconds(file: string): Promise<number> {
  const child = spawn(resolveFfmpegBinaries().ffmpeg, ['-v', 'error', '-i', file, '-f', 's16le', '-ac', '1', '-ar', '8000', '-'])
  let bytes = 0
  child.stdout.on('data', (chunk: Buffer) => (bytes += chunk.length))
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(bytes / 2 / 8000) : reject(new Error(`ffmpeg exited ${code}`)))))
}

const key = (item: { source?: { collection: string; id: string } }) => `${item.source?.collection}:${item.source?.id}`
const contentOf = (p: WeekProgramme) => p.segments.filter((s) => s.kind === 'article' || s.kind === 'announcement')
const find = (date: string, slot: string) => week.programmes.find((p) => p.date === date && p.slot === slot)

function weekTable(): string {
  const rows = week.programmes.map((p) => {
    const when = `${WEEKDAY_NAMES_VI[weekdayOf(p.date)]} ${p.date.slice(8)}/${p.date.slice(5, 7)}`
    const clock = p.start ? new Date(p.start).toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' }) : '?'
    const length = measured.get(`${p.date}/${p.slot}`)
    return `| ${when} | ${clock} ${p.slot} | ${p.slotSeconds} | ${length?.toFixed(1) ?? '—'} | ${contentOf(p).length} | ${p.dropped.length} | ${p.excluded.length} | ${p.warnings.length} | ${p.status} |`
  })
  return ['| Ngày | Khung | Khung (s) | Âm thanh (s, giải mã) | Mục | Bỏ | Không đưa vào | Cảnh báo | Trạng thái |', '|---|---|---|---|---|---|---|---|---|', ...rows].join('\n')
}

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  // Two hours of audio are built: at 16 kHz and 32 kbps that takes about a third of the time of the
  // default output, and nothing measured here depends on the output format.
  const station = await api(admin, 'POST', '/globals/station', { sampleRate: 16000, bitrateKbps: 32 })
  expect(station.status, station.text).toBe(200)
  const vn = (date: string, time: string) => `${date}T${time}:00+07:00`
  // Overflow: a 25-minute priority announcement from Wednesday until Thursday 06:00. It cannot fit
  // the 15-minute noon slot, crowds the 30-minute afternoon and cannot be replayed at 05:10.
  const longClip = await uploadClip('dai.mp3', { seconds: 1500, frequency: 200, levelDb: -20, kind: 'sine', sampleRate: 16000 }, 'Ghi âm: Kế hoạch phòng chống bão')
  ids.long = await announce({ title: 'Kế hoạch phòng chống bão (bản đầy đủ)', text: 'Kế hoạch.', level: 'priority', clip: longClip, validFrom: vn(day(2), '00:00'), validTo: vn(day(3), '06:00') })
  // Expires Tuesday 23:59: aired Monday and Tuesday, never in Wednesday's 05:10 rebroadcast.
  const shortClip = await uploadClip('het-han.mp3', { seconds: 20, frequency: 180, levelDb: -24, kind: 'speechlike' }, 'Ghi âm: Lịch cắt điện')
  ids.expiring = await announce({ title: 'Lịch cắt điện đầu tuần', text: 'Cắt điện.', level: 'normal', clip: shortClip, validFrom: vn(day(0), '00:00'), validTo: vn(day(1), '23:59') })
  // An emergency from Thursday 14:00 to Friday 10:00: never in a programme, always in the playlist.
  const stormClip = await uploadClip('bao.mp3', { seconds: 25, frequency: 220, levelDb: -18, kind: 'speechlike' }, 'Ghi âm: Tin bão khẩn cấp')
  ids.emergency = await announce({ title: 'Tin bão khẩn cấp', text: 'Bão số 5.', level: 'emergency', clip: stormClip, validFrom: vn(day(3), '14:00'), validTo: vn(day(4), '10:00') })

  // A seeded article with a read-out, to be broadcast on Monday only: never replayed on Tuesday.
  const readOut = (await api(admin, 'GET', '/audio-clips?where[kind][equals]=read-out&limit=1&depth=0')).json.docs[0]
  ids.mondayOnly = String(typeof readOut.article === 'object' ? readOut.article.id : readOut.article)
  const window = { include: true, from: vn(day(0), '00:00'), from_tz: 'Asia/Ho_Chi_Minh', to: vn(day(0), '00:00'), to_tz: 'Asia/Ho_Chi_Minh' }
  const patched = await api(admin, 'PATCH', `/articles/${ids.mondayOnly}`, { broadcast: window, _status: 'published' })
  expect(patched.status, patched.text).toBe(200)

  const announcements = (await api(admin, 'GET', '/announcements?limit=100&depth=0')).json.docs as { id: number; level: string; validFrom?: string; validTo?: string }[]
  for (const a of announcements) validity.set(`announcements:${a.id}`, { from: a.validFrom ? new Date(a.validFrom) : null, to: a.validTo ? new Date(a.validTo) : null })
  for (const a of announcements) if (a.level === 'priority') priority.add(`announcements:${a.id}`)

  const run = await runSimulation()
  expect(run.code, run.output.slice(-4000)).toBe(0)
  const last = run.output.trim().split('\n').reverse().find((line) => line.startsWith('{"week"'))
  expect(last, run.output.slice(-4000)).toBeTruthy()
  week = JSON.parse(last!).week
  workerLog = run.output
  for (const p of week.programmes) if (p.file) measured.set(`${p.date}/${p.slot}`, await decodedSeconds(path.join(server.workDir, 'media', p.file)))
  const table = weekTable()
  console.log(`\nTuần mô phỏng từ ${monday}:\n${table}\n`)
  if (process.env.LOA_WEEK_TABLE) writeFileSync(process.env.LOA_WEEK_TABLE, table + '\n')
}, 900_000)

afterAll(async () => {
  await server?.stop()
})

describe('a simulated week of the default schedule', () => {
  it('builds every assembled airing of the week, each within its slot when its file is decoded', () => {
    // Mon–Fri noon and afternoon, Tue–Sat 05:10, Sat–Sun weekend: 17 airings.
    expect(week.planned).toBe(17)
    expect(week.programmes).toHaveLength(17)
    for (const p of week.programmes) {
      expect(p.status, `${p.date} ${p.slot}`).toBe('ready')
      const seconds = measured.get(`${p.date}/${p.slot}`)!
      expect(seconds, `${p.date} ${p.slot}`).toBeGreaterThan(0)
      expect(seconds, `${p.date} ${p.slot}: ${seconds} s in a ${p.slotSeconds} s slot`).toBeLessThanOrEqual(p.slotSeconds!)
      // The stored length is the decoded one too (within a frame).
      expect(Math.abs(p.durationSeconds! - seconds), `${p.date} ${p.slot}`).toBeLessThan(0.05)
    }
  })

  it('replays in each 05:10 rebroadcast only what aired the afternoon before and is still valid at 05:10 (and new priority announcements first)', () => {
    const rebroadcasts = week.programmes.filter((p) => p.slot === 'phat-lai-sang')
    expect(rebroadcasts.map((p) => p.date)).toEqual([day(1), day(2), day(3), day(4), day(5)])
    for (const p of rebroadcasts) {
      const airs = new Date(p.start!)
      const source = find(addDays(p.date, -1), 'chieu')!
      const sourceKeys = contentOf(source).map(key)
      const aired = contentOf(p).map(key)
      // Issue 10: a priority announcement new since the source aired opens the rebroadcast; nothing else new.
      const added = aired.filter((k) => !sourceKeys.includes(k))
      for (const k of added) expect(priority.has(k), `${p.date} ${k}`).toBe(true)
      expect(aired.slice(0, added.length), p.date).toEqual(added)
      const replayed = aired.slice(added.length)
      expect(replayed.length, p.date).toBeGreaterThan(0)
      // Same items, same order, a subset of the source.
      expect(replayed, p.date).toEqual(sourceKeys.filter((k) => replayed.includes(k)))
      for (const k of aired.filter((candidate) => candidate.startsWith('announcements:'))) {
        const valid = validity.get(k)!
        expect(!valid.from || valid.from <= airs, `${p.date} ${k}`).toBe(true)
        expect(!valid.to || valid.to >= airs, `${p.date} ${k}`).toBe(true)
      }
      // Every item of the source is replayed or reported as dropped; other drops are new priority
      // announcements that did not fit.
      const droppedKeys = p.dropped.map(key)
      expect(new Set([...replayed, ...droppedKeys.filter((k) => sourceKeys.includes(k))]), p.date).toEqual(new Set(sourceKeys))
      for (const k of droppedKeys.filter((d) => !sourceKeys.includes(d))) expect(priority.has(k), `${p.date} ${k}`).toBe(true)
    }
  })

  it('reports the overflow where it happens: Wednesday noon and afternoon, Thursday 05:10', () => {
    const long = `announcements:${ids.long}`
    const reasonFor = (p: WeekProgramme | undefined) => p?.dropped.find((d) => key(d) === long)?.reason
    expect(reasonFor(find(day(2), 'trua'))).toMatch(/^Không đủ thời lượng/)
    expect(contentOf(find(day(2), 'chieu')!).map(key)).toContain(long)
    expect(find(day(2), 'chieu')!.dropped.length).toBeGreaterThan(0)
    expect(reasonFor(find(day(3), 'phat-lai-sang'))).toMatch(/^Không đủ thời lượng/)
    // Valid from Wednesday 00:00, it is offered to Wednesday's 05:10 rebroadcast too (issue 10), and too long for it.
    expect(reasonFor(find(day(2), 'phat-lai-sang'))).toMatch(/^Không đủ thời lượng/)
    // Valid until Thursday 06:00: not at Thursday noon, though it was still valid at 05:10.
    expect(contentOf(find(day(3), 'trua')!).map(key)).not.toContain(long)
  })

  it('airs the expiring announcement Monday and Tuesday, and drops it from Wednesday 05:10 as expired', () => {
    const expiring = `announcements:${ids.expiring}`
    expect(contentOf(find(day(0), 'chieu')!).map(key)).toContain(expiring)
    expect(contentOf(find(day(1), 'chieu')!).map(key)).toContain(expiring)
    const wednesdayMorning = find(day(2), 'phat-lai-sang')!
    expect(contentOf(wednesdayMorning).map(key)).not.toContain(expiring)
    expect(wednesdayMorning.dropped.find((d) => key(d) === expiring)?.reason).toMatch(/^Thông báo đã hết hiệu lực/)
    expect(contentOf(find(day(2), 'trua')!).map(key)).not.toContain(expiring)
  })

  it("airs the Monday-only article on Monday, drops it from Tuesday 05:10 as out of its window, and never airs it again", () => {
    const mondayOnly = `articles:${ids.mondayOnly}`
    expect(contentOf(find(day(0), 'chieu')!).map(key)).toContain(mondayOnly)
    const tuesdayMorning = find(day(1), 'phat-lai-sang')!
    expect(tuesdayMorning.dropped.find((d) => key(d) === mondayOnly)?.reason).toMatch(/^Đã hết thời gian phát/)
    for (const p of week.programmes.filter((candidate) => candidate.date > day(0))) expect(contentOf(p).map(key), `${p.date} ${p.slot}`).not.toContain(mondayOnly)
  })

  it("lists each morning's own rebroadcast file at 05:10–05:30 in the playlist, never the longer source file", () => {
    for (const offset of [1, 2, 3, 4, 5]) {
      const date = day(offset)
      const read = week.playlists.find((p) => p.date === date && p.readAt === new Date(`${date}T12:00:00+07:00`).toISOString())!
      const entry = read.playlist.entries.find((e) => e.slot === 'phat-lai-sang')!
      expect(entry, date).toMatchObject({ start: `${date}T05:10:00+07:00`, end: `${date}T05:30:00+07:00`, status: 'ready' })
      expect(entry.url, date).toMatch(new RegExp(`/media/programmes/${date}/phat-lai-sang\\.mp3$`))
      expect(entry.durationSeconds!, date).toBeLessThanOrEqual(1200)
    }
  })

  it('keeps the emergency out of every programme, excluded with its reason, and puts it first in the playlists while valid', () => {
    const emergency = `announcements:${ids.emergency}`
    for (const p of week.programmes) expect(contentOf(p).map(key), `${p.date} ${p.slot}`).not.toContain(emergency)
    expect(find(day(3), 'chieu')!.excluded.find((d) => key(d) === emergency)?.reason).toBeTruthy()
    const flagged = (date: string, readAt: string) => {
      const read = week.playlists.find((p) => p.date === date && p.readAt.startsWith(readAt))!
      return read.playlist.entries.filter((entry) => entry.interrupt)
    }
    // Thursday 18:00 and Friday 04:00 (station time) carry it; Thursday noon and Friday noon do not.
    expect(flagged(day(3), new Date(`${day(3)}T18:00:00+07:00`).toISOString().slice(0, 16))).toHaveLength(1)
    expect(flagged(day(4), new Date(`${day(4)}T04:00:00+07:00`).toISOString().slice(0, 16))).toHaveLength(1)
    expect(flagged(day(3), new Date(`${day(3)}T12:00:00+07:00`).toISOString().slice(0, 16))).toHaveLength(0)
    expect(flagged(day(4), new Date(`${day(4)}T12:00:00+07:00`).toISOString().slice(0, 16))).toHaveLength(0)
    expect(workerLog).toMatch(/KHẨN CẤP "Tin bão khẩn cấp"/)
  })

  it('prints every drop, exclusion and warning of every programme in the worker log, with its reason', () => {
    let reported = 0
    for (const p of week.programmes) {
      for (const item of p.dropped) expect(workerLog, `${p.date} ${p.slot}`).toContain(`${p.date} ${p.slot}: bỏ "${item.title}": ${item.reason}`)
      for (const item of p.excluded) expect(workerLog, `${p.date} ${p.slot}`).toContain(`${p.date} ${p.slot}: không đưa vào "${item.title}": ${item.reason}`)
      for (const warning of p.warnings) expect(workerLog, `${p.date} ${p.slot}`).toContain(`${p.date} ${p.slot}: cảnh báo: ${warning.message}`)
      reported += p.dropped.length + p.excluded.length
    }
    expect(reported).toBeGreaterThan(0)
  })

  it('shows staff the same drops and exclusions on the programmes (what the admin views read)', async () => {
    const technician = await staffSession(admin, 'technician', 'ky-thuat-tuan@test.loa')
    const wednesday = find(day(2), 'chieu')!
    const doc = (await api(technician, 'GET', `/programmes?where[date][equals]=${wednesday.date}&where[slotSlug][equals]=chieu&depth=0`)).json.docs[0]
    expect(Object.keys(doc), JSON.stringify(doc).slice(0, 3000)).toEqual(expect.arrayContaining(['dropped', 'excluded', 'warnings']))
    expect(doc.dropped).toEqual(wednesday.dropped)
    expect(doc.excluded).toEqual(wednesday.excluded)
  })
})
