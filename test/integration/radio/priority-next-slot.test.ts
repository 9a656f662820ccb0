import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../../src/audio/testAudio'
import { addDays, localDateParts } from '../../../src/broadcast/localDate'
import { instantFromLocal } from '../../../src/lib/viDate'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, runScript, startLoaServer } from '../../support/loaServer'
import { api, login, type Session, staffSession } from '../../support/rest'

/**
 * Issue 10, item 4: a priority announcement ("ưu tiên") goes at the start of the next slot that
 * airs. The morning below: a local programme 06:00–06:05, the provincial relay 06:05–06:15, a local
 * programme 06:15–06:20, both programmes already built by the worker at 05:30 with a normal notice.
 * A priority announcement approved at 05:50 opens the 06:00 programme (rebuilt before it airs and
 * listed with its new file); one approved at 06:06, while the relay airs, opens the 06:15 programme
 * and leaves the 06:00 one (aired) as it was. The worker's ticks run at chosen instants
 * (test/support/scripts/assembleDue.ts) with the real renderer and SQLite.
 */
let server: LoaServer
let technician: Session
let approver: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-priority-'))
const TZ = 'Asia/Ho_Chi_Minh'
const day = addDays(stationToday(), 2)
const at = (hour: number, minute: number) => new Date(instantFromLocal({ ...localDateParts(day), hour, minute }, TZ))
const ids: Record<string, string> = {}

async function recording(name: string, seconds: number, hz: number) {
  const file = await generateTone(path.join(scratch, `${name}.mp3`), { seconds, frequency: hz, levelDb: -20, kind: 'speechlike' })
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), `${name}.mp3`)
  form.append('_payload', JSON.stringify({ title: `Ghi âm ${name}`, kind: 'announcement' }))
  const response = await fetch(`${technician.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${technician.token}` }, body: form })
  const json = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(json)).toBe(201)
  return json.doc.id
}

/** An announcement as the approver puts it on the radio, valid from an hour before `from`. */
async function announce(title: string, level: 'normal' | 'priority', clip: number, from: Date) {
  const created = await api(approver, 'POST', '/announcements', { title, text: `${title}.`, level, clip, validFrom: new Date(from.getTime() - 3600_000).toISOString() })
  expect(created.status, created.text).toBe(201)
  return String(created.json.doc.id)
}

const tick = (instant: Date) => runScript('test/support/scripts/assembleDue.ts', [instant.toISOString()], server.env)
const programme = async (slug: string) => (await api(technician, 'GET', `/programmes?where[date][equals]=${day}&where[slotSlug][equals]=${slug}&depth=0`)).json.docs[0]
/** The announcements a programme airs, in order. */
const content = (doc: { segments: { kind: string; source?: { id: string } }[] }) => doc.segments.filter((s) => s.kind === 'announcement').map((s) => String(s.source!.id))
const playlistEntry = async (slug: string) => (await (await fetch(`${server.baseUrl}/playlists/${day}.json`)).json()).entries.find((entry: { slot: string }) => entry.slot === slug)

beforeAll(async () => {
  server = await startLoaServer()
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', 'kythuat-uutien@test.loa')
  approver = await staffSession(admin, 'approver', 'lanhdao-uutien@test.loa')
  const every = ['0', '1', '2', '3', '4', '5', '6']
  for (const slot of [
    { name: 'Bản tin sáng sớm', slug: 'uu-tien-sang', kind: 'local', start: '06:00', end: '06:05' },
    { name: 'Tiếp sóng Đài tỉnh', slug: 'uu-tien-tiep-song', kind: 'relay', start: '06:05', end: '06:15', relay: { url: 'http://127.0.0.1:9/tinh.mp3' } },
    { name: 'Bản tin sáng', slug: 'uu-tien-trua', kind: 'local', start: '06:15', end: '06:20' },
  ]) {
    const created = await api(technician, 'POST', '/broadcast-slots', { ...slot, days: every })
    expect(created.status, created.text).toBe(201)
  }
  ids.normal = await announce('Lịch tiêm phòng cho đàn gia súc', 'normal', await recording('tiem-phong', 6, 180), at(5, 0))
  const output = await tick(at(5, 30))
  for (const slug of ['uu-tien-sang', 'uu-tien-trua']) {
    const doc = await programme(slug)
    expect(doc?.status, output).toBe('ready')
    expect(content(doc)).toEqual([ids.normal])
  }
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('a priority announcement goes at the start of the next slot that airs', () => {
  it('approved after the next local programme was built: that programme is rebuilt before it airs and opens with it', async () => {
    const before = await programme('uu-tien-sang')
    ids.first = await announce('Thông báo ưu tiên: cắt điện', 'priority', await recording('cat-dien', 4, 220), at(5, 50))
    const output = await tick(at(5, 50))
    const after = await programme('uu-tien-sang')
    expect(after.status, output).toBe('ready')
    expect(content(after)).toEqual([ids.first, ids.normal])
    expect(after.sha256).not.toBe(before.sha256)
    // The playlist the playout reads names the rebuilt file, so 06:00 airs it.
    expect(await playlistEntry('uu-tien-sang')).toMatchObject({ status: 'ready', sha256: after.sha256 })
  })

  it('approved while the relay is the next slot (or on air): it opens the next local programme after the relay; the aired one is left alone', async () => {
    const aired = await programme('uu-tien-sang')
    ids.second = await announce('Thông báo ưu tiên: lịch nghỉ học', 'priority', await recording('nghi-hoc', 4, 240), at(6, 6))
    const output = await tick(at(6, 6))
    const next = await programme('uu-tien-trua')
    expect(next.status, output).toBe('ready')
    // Priority items first (both still valid), then the normal notice.
    expect(content(next).slice(0, 2).sort()).toEqual([ids.first, ids.second].sort())
    expect(content(next)[2]).toBe(ids.normal)
    expect(await playlistEntry('uu-tien-trua')).toMatchObject({ status: 'ready', sha256: next.sha256 })
    const stillAired = await programme('uu-tien-sang')
    expect(stillAired.sha256).toBe(aired.sha256)
    expect(content(stillAired)).toEqual([ids.first, ids.normal])
  })
})
