import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness } from '../../../src/audio/probe'
import type { generateTone } from '../../../src/audio/testAudio'
import { EMERGENCY_REASON } from '../../../src/broadcast/composeProgramme'
import { addDays } from '../../../src/broadcast/localDate'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, ROOT, runScript, runScriptToExit, startLoaServer } from '../../support/loaServer'
import { anonymous, api, login, type Session, staffSession } from '../../support/rest'
import { uploadToneClip } from '../../support/uploads'

/**
 * Issue 9, items 3, 4 and part of 7: a valid emergency is in the day's playlist for devices to
 * interrupt (and logged by the worker); what a programme leaves out is stored, printed and shown
 * to staff only; `assemble` says with its exit code when something was not built; programmes are
 * public from their air time; durations are the decoded length.
 */
let server: LoaServer
let admin: Session
let technician: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-emergency-'))
const today = stationToday()
const past = addDays(today, -3)
const future = addDays(today, 2)
const SLOT = 'kiem-thu-1-phut'
const clips: Record<string, { id: number; filename: string }> = {}
const runAssemble = (args: string[]) => runScriptToExit('scripts/assemble.ts', args, server.env)
const upload = (session: Session, name: string, tone: Parameters<typeof generateTone>[1], fields: Record<string, unknown>, id?: number) => uploadToneClip(session, scratch, name, tone, fields, id)

const programmeDoc = async (date: string) => (await api(admin, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
const hour = 3600_000

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', 'kythuat-khan@test.loa')
  // The days under test are relative to today: a run on a holiday of the default calendar would find them silent.
  const calendar = await api(admin, 'DELETE', '/holidays?where[id][exists]=true')
  expect(calendar.status, calendar.text).toBe(200)
  // A one-minute slot every day: the seed's content cannot fit, so items are dropped.
  const slot = await api(technician, 'POST', '/broadcast-slots', { name: 'Bản tin một phút', slug: SLOT, kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: '03:00', end: '03:01' })
  expect(slot.status, slot.text).toBe(201)
  // The seed's announcements start yesterday; the programme under test is three days back.
  expect((await api(admin, 'PATCH', '/announcements?where[level][not_equals]=emergency', { validFrom: new Date(Date.now() - 30 * 24 * hour).toISOString() })).status).toBe(200)

  clips.emergency = await upload(technician, 'bao.mp3', { seconds: 3, frequency: 220, levelDb: -20, kind: 'speechlike' }, { title: 'Ghi âm tin bão', kind: 'announcement' })
  clips.expired = await upload(technician, 'lu-cu.mp3', { seconds: 2, frequency: 230, levelDb: -20, kind: 'speechlike' }, { title: 'Ghi âm tin lũ cũ', kind: 'announcement' })
  clips.quiet = await upload(technician, 'nho.mp3', { seconds: 4, frequency: 200, levelDb: -58, kind: 'speechlike' }, { title: 'Ghi âm quá nhỏ', kind: 'announcement' })
  const now = Date.now()
  const announcements = [
    { title: 'Bão số 9 đổ bộ', text: 'Bà con không ra khơi, gia cố nhà cửa.', level: 'emergency', clip: clips.emergency.id, validFrom: new Date(now - hour).toISOString(), validTo: new Date(now + 6 * hour).toISOString() },
    { title: 'Lũ đã qua', text: 'Nội dung cũ, hết hiệu lực.', level: 'emergency', clip: clips.expired.id, validFrom: new Date(now - 48 * hour).toISOString(), validTo: new Date(now - 24 * hour).toISOString() },
    { title: 'Thông báo ghi âm quá nhỏ', text: 'Nội dung.', level: 'priority', clip: clips.quiet.id, validFrom: new Date(now - 30 * 24 * hour).toISOString() },
  ]
  for (const data of announcements) {
    const created = await api(technician, 'POST', '/announcements', data)
    expect(created.status, created.text).toBe(201)
  }
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('emergency announcements in the day’s playlist', () => {
  it('carries a valid emergency first, flagged to interrupt, in JSON and M3U; not an expired one', async () => {
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${today}.json`)).json()
    const emergencies = playlist.entries.filter((entry: { kind: string }) => entry.kind === 'emergency')
    expect(emergencies).toHaveLength(1)
    expect(playlist.entries[0]).toMatchObject({ kind: 'emergency', interrupt: true, status: 'ready', title: 'KHẨN CẤP: Bão số 9 đổ bộ', url: `${server.baseUrl}/media/audio/${clips.emergency.filename}` })
    // The playlist carries what devices need, not the announcement's text.
    expect(JSON.stringify(playlist)).not.toContain('gia cố nhà cửa')
    expect(JSON.stringify(playlist)).not.toContain('Lũ đã qua')
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${today}.m3u`)).text()
    const lines = m3u.split('\n')
    const flag = lines.indexOf('#EXT-X-LOA-INTERRUPT:YES')
    expect(flag, m3u).toBeGreaterThan(0)
    expect(lines[flag + 3]).toContain('KHẨN CẤP: Bão số 9 đổ bộ')
    expect(lines[flag + 4]).toBe(`${server.baseUrl}/media/audio/${clips.emergency.filename}`)
  })

  it('lets devices fetch the valid emergency’s recording, but not an expired one’s, nor announcement texts', async () => {
    expect((await fetch(`${server.baseUrl}/media/audio/${clips.emergency.filename}`, { headers: { Range: 'bytes=0-99' } })).status).toBe(206)
    expect((await fetch(`${server.baseUrl}/media/audio/${clips.expired.filename}`)).status).toBe(404)
    expect((await fetch(`${server.baseUrl}/media/audio/${clips.quiet.filename}`)).status).toBe(404)
    const visitor = anonymous(server.baseUrl)
    expect([401, 403]).toContain((await api(visitor, 'GET', '/announcements')).status)
  })

  it('has the worker log each valid emergency as waiting to air', async () => {
    const worker: ChildProcess = spawn(process.execPath, [...NODE_FLAGS, 'src/worker/index.ts'], { cwd: ROOT, env: server.env })
    let output = ''
    worker.stdout?.on('data', (chunk) => (output += chunk))
    worker.stderr?.on('data', (chunk) => (output += chunk))
    const exited = new Promise((resolve) => worker.on('exit', resolve))
    try {
      const deadline = Date.now() + 60_000
      while (!output.includes('KHẨN CẤP "Bão số 9 đổ bộ"') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
      expect(output).toMatch(/KHẨN CẤP "Bão số 9 đổ bộ" \(hiệu lực đến [^)]+\): Tin khẩn cấp đang chờ phát/)
      expect(output).not.toContain('Lũ đã qua')
    } finally {
      worker.kill('SIGTERM')
      await exited
    }
  }, 90_000)
})

describe('what a programme leaves out', () => {
  it('is printed by assemble with each reason, stored on the programme for staff, hidden from residents', async () => {
    const { code, output } = await runAssemble(['--date', past, '--slot', SLOT])
    expect(code, output).toBe(0)
    expect(output).toMatch(new RegExp(`${past} ${SLOT}: bỏ "[^"]+": Không đủ thời lượng: cần [\\d,]+ giây, còn [\\d,]+ giây`))
    expect(output).toContain(`${past} ${SLOT}: không đưa vào "Bão số 9 đổ bộ": ${EMERGENCY_REASON}`)
    expect(output).toMatch(/cảnh báo: "Ghi âm quá nhỏ" quá nhỏ \(−[\d,]+ LUFS\): chỉ được tăng tối đa \+20 dB/)
    const doc = await programmeDoc(past)
    expect(doc.status).toBe('ready')
    expect(doc.dropped.length).toBeGreaterThan(0)
    expect(doc.excluded).toEqual(expect.arrayContaining([{ title: 'Bão số 9 đổ bộ', source: { collection: 'announcements', id: expect.any(String) }, reason: EMERGENCY_REASON }]))
    expect(doc.warnings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'gain-cap', clipId: String(clips.quiet.id) })]))
    // Residents may hear the aired programme, but not read what was left out of it.
    const visitor = anonymous(server.baseUrl)
    const seen = await api(visitor, 'GET', `/programmes/${doc.id}?depth=0`)
    expect(seen.status).toBe(200)
    for (const field of ['excluded', 'dropped', 'warnings']) expect(seen.json[field], field).toBeUndefined()
    expect(seen.text).not.toContain('Bão số 9')
  })

  it('lists the decoded length of the file, not the container’s estimate', async () => {
    const doc = await programmeDoc(past)
    const decoded = (await measureLoudness(path.join(server.workDir, 'media', doc.file))).durationSeconds
    expect(Math.abs(doc.durationSeconds - decoded)).toBeLessThan(0.002)
  })

  it('exits with code 3 and says so when another run holds the programme', async () => {
    const date = addDays(today, -4)
    await runScript('test/support/scripts/holdLock.ts', [`${date}/${SLOT}`, String(process.pid)], server.env)
    const { code, output } = await runAssemble(['--date', date, '--slot', SLOT])
    expect(output).toContain('máy dựng khác đang dựng chương trình này')
    expect(output).toContain('CHÚ Ý')
    expect(code, output).toBe(3)
  })
})

describe('programmes are public from their air time', () => {
  it('keeps a programme built ahead out of the podcast, listen again and the API until it airs', async () => {
    const built = await runAssemble(['--date', future, '--slot', SLOT])
    expect(built.code, built.output).toBe(0)
    const ahead = await programmeDoc(future)
    expect(ahead.status).toBe('ready')
    const visitor = anonymous(server.baseUrl)
    expect((await api(visitor, 'GET', `/programmes/${ahead.id}?depth=0`)).status).toBe(404)
    expect((await api(visitor, 'GET', `/programmes?where[date][equals]=${future}`)).json.totalDocs).toBe(0)
    const podcast = await (await fetch(`${server.baseUrl}/podcast.xml`)).text()
    expect(podcast).not.toContain(`/media/programmes/${future}/`)
    expect(podcast).toContain(`/media/programmes/${past}/${SLOT}.mp3`)
    expect(await (await fetch(`${server.baseUrl}/nghe-lai?ngay=${future}`)).text()).not.toContain(`/media/programmes/${future}/`)
    expect(await (await fetch(`${server.baseUrl}/nghe-lai`)).text()).not.toContain(`/media/programmes/${future}/`)
    // Staff see it, and playout devices still get it in that day's playlist to fetch ahead.
    expect((await api(technician, 'GET', `/programmes/${ahead.id}?depth=0`)).status).toBe(200)
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${future}.json`)).json()
    expect(playlist.entries.find((entry: { slot: string }) => entry.slot === SLOT)).toMatchObject({ status: 'ready', url: `${server.baseUrl}/media/programmes/${future}/${SLOT}.mp3` })
  })
})
