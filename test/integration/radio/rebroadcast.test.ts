/**
 * Issue #9, items 1 and 2, end to end with the real ffmpeg: the default schedule's 05:10–05:30
 * rebroadcast (1,200 s) of a Monday afternoon programme longer than that slot, which also carries
 * an announcement that expires Monday 23:59 and a Monday-only article.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness } from '../../../src/audio/probe'
import { generateTone } from '../../../src/audio/testAudio'
import { addDays } from '../../../src/broadcast/localDate'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { ordinaryMonday } from '../../support/dates'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../../support/loaServer'
import { api, login, type Session } from '../../support/rest'

let server: LoaServer
let admin: Session
// A week without holidays: the default calendar would leave Monday 17:00 and Tuesday 05:10 out.
const monday = ordinaryMonday(0)
const tuesday = addDays(monday, 1)
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-rebroadcast-'))
const SLOT_SECONDS = 1200

function runAssemble(args: string[]): Promise<{ code: number | null; output: string }> {
  const child: ChildProcess = spawn(process.execPath, [...NODE_FLAGS, 'scripts/assemble.ts', ...args], { cwd: ROOT, env: server.env })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })))
}

async function uploadClip(file: string, fields: Record<string, unknown>): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), path.basename(file))
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${server.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${admin.token}` }, body: form })
  const json = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(json)).toBe(201)
  return json.doc.id
}

async function programmeDoc(date: string, slot: string) {
  return (await api(admin, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${slot}&depth=0`)).json.docs[0]
}

type Segment = { kind: string; source?: { collection: string; id: string } }
const contentIds = (segments: Segment[]) => segments.filter((s) => s.kind === 'article' || s.kind === 'announcement').map((s) => `${s.source!.collection}:${s.source!.id}`)

let expiring: string
let mondayOnly: string

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  // A long priority announcement makes Monday's afternoon programme longer than the morning slot.
  const long = await uploadClip(await generateTone(path.join(scratch, 'dai.mp3'), { seconds: 1150, frequency: 200, levelDb: -20, kind: 'sine', sampleRate: 22050 }), { title: 'Ghi âm: Thông báo dài', kind: 'announcement' })
  const short = await uploadClip(await generateTone(path.join(scratch, 'ngan.mp3'), { seconds: 15, frequency: 180, levelDb: -22, kind: 'speechlike' }), { title: 'Ghi âm: Thông báo hết hạn', kind: 'announcement' })
  const valid = { validFrom: `${addDays(monday, -1)}T00:00:00+07:00` }
  const created = await api(admin, 'POST', '/announcements', { title: 'Thông báo dài', text: 'Thông báo dài.', level: 'priority', clip: long, ...valid })
  expect(created.status, created.text).toBe(201)
  // Valid until Monday 23:59 station time: heard Monday 17:00, never Tuesday 05:10.
  const ending = await api(admin, 'POST', '/announcements', { title: 'Thông báo hết hạn tối thứ Hai', text: 'Hết hạn.', level: 'normal', clip: short, ...valid, validTo: `${monday}T23:59:00+07:00` })
  expect(ending.status, ending.text).toBe(201)
  expiring = `announcements:${ending.json.doc.id}`
  // A seeded article with a read-out, to be broadcast on Monday only.
  const readOut = (await api(admin, 'GET', '/audio-clips?where[kind][equals]=read-out&limit=1&depth=0')).json.docs[0]
  const articleId = typeof readOut.article === 'object' ? readOut.article.id : readOut.article
  const window = { include: true, from: `${monday}T00:00:00+07:00`, from_tz: 'Asia/Ho_Chi_Minh', to: `${monday}T00:00:00+07:00`, to_tz: 'Asia/Ho_Chi_Minh' }
  const patched = await api(admin, 'PATCH', `/articles/${articleId}`, { broadcast: window, _status: 'published' })
  expect(patched.status, patched.text).toBe(200)
  mondayOnly = `articles:${articleId}`
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('the morning rebroadcast is built for its own slot and air time', () => {
  it("Monday's afternoon programme is longer than Tuesday's 05:10–05:30 slot and carries the expiring items", async () => {
    const run = await runAssemble(['--date', monday, '--slot', 'chieu'])
    expect(run.code, run.output).toBe(0)
    const doc = await programmeDoc(monday, 'chieu')
    expect(doc.status).toBe('ready')
    expect(doc.durationSeconds).toBeGreaterThan(SLOT_SECONDS)
    expect(contentIds(doc.segments)).toEqual(expect.arrayContaining([expiring, mondayOnly]))
  }, 180_000)

  it("assembles Tuesday's 05:10 programme within 1,200 s, same items in the same order, without what expired, drops recorded", async () => {
    const run = await runAssemble(['--date', tuesday, '--slot', 'phat-lai-sang'])
    expect(run.code, run.output).toBe(0)
    expect(run.output).toContain('phat-lai-sang=assembled')
    const source = await programmeDoc(monday, 'chieu')
    const doc = await programmeDoc(tuesday, 'phat-lai-sang')
    expect(doc).toMatchObject({ status: 'ready', file: `programmes/${tuesday}/phat-lai-sang.mp3` })
    expect(doc.durationSeconds).toBeLessThanOrEqual(SLOT_SECONDS)
    // Measured from the file itself, not from the plan.
    const measured = await measureLoudness(path.join(server.workDir, 'media', doc.file))
    expect(measured.durationSeconds).toBeLessThanOrEqual(SLOT_SECONDS)
    expect(Math.abs(measured.integratedLufs - -16)).toBeLessThanOrEqual(1)

    const aired = contentIds(doc.segments)
    const sourceOrder = contentIds(source.segments)
    expect(aired.length).toBeGreaterThan(0)
    expect(aired).toEqual(sourceOrder.filter((id) => aired.includes(id)))
    expect(aired).not.toContain(expiring)
    expect(aired).not.toContain(mondayOnly)

    const dropped = doc.dropped as { source: { collection: string; id: string }; reason: string }[]
    const reasonOf = (key: string) => dropped.find((d) => `${d.source.collection}:${d.source.id}` === key)?.reason
    expect(reasonOf(expiring)).toMatch(/^Thông báo đã hết hiệu lực/)
    expect(reasonOf(mondayOnly)).toMatch(/^Đã hết thời gian phát/)
    expect(dropped.some((d) => d.reason.startsWith('Không đủ thời lượng'))).toBe(true)
    // Every item of the source is either replayed or reported.
    expect(new Set([...aired, ...dropped.map((d) => `${d.source.collection}:${d.source.id}`)])).toEqual(new Set(sourceOrder))
  }, 180_000)

  it("lists Tuesday's own morning programme at 05:10 in the JSON and M3U playlists, never the longer source file", async () => {
    const doc = await programmeDoc(tuesday, 'phat-lai-sang')
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${tuesday}.json`)).json()
    const entry = playlist.entries.find((e: { slot: string }) => e.slot === 'phat-lai-sang')
    expect(entry).toMatchObject({ start: `${tuesday}T05:10:00+07:00`, end: `${tuesday}T05:30:00+07:00`, status: 'ready', url: `/media/programmes/${tuesday}/phat-lai-sang.mp3`, sha256: doc.sha256 })
    expect(entry.durationSeconds).toBeLessThanOrEqual(SLOT_SECONDS)
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${tuesday}.m3u`)).text()
    expect(m3u).toContain(`/media/programmes/${tuesday}/phat-lai-sang.mp3`)
    expect(m3u).not.toContain(`/media/programmes/${monday}/chieu.mp3`)
  })
})
