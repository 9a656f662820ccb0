import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../../src/audio/testAudio'
import { localParts } from '../../../src/lib/viDate'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, ROOT, runScript, startLoaServer } from '../../support/loaServer'
import { api, login, type Session, staffSession } from '../../support/rest'

let server: LoaServer
let admin: Session
let technician: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-upload-'))

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', 'kythuat@test.loa')
})

afterAll(async () => {
  await server?.stop()
})

async function upload(session: Session, file: string, fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), path.basename(file))
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${session.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${session.token}` }, body: form })
  return { status: response.status, json: (await response.json()) as any }
}

const storedAudioFiles = () => {
  try {
    return readdirSync(path.join(server.workDir, 'media', 'audio'))
  } catch {
    return []
  }
}

describe('audio library', () => {
  it('measures and keeps a real recording', async () => {
    const file = await generateTone(path.join(scratch, 'doc-tin.mp3'), { seconds: 6, frequency: 180, levelDb: -28, kind: 'speechlike' })
    const { status, json } = await upload(technician, file, { title: 'Bài đọc thử', kind: 'read-out' })
    expect(status, JSON.stringify(json)).toBe(201)
    expect(json.doc.durationSeconds).toBeCloseTo(6, 0)
    expect(json.doc.sampleRate).toBe(44100)
    expect(json.doc.channels).toBe(1)
    expect(json.doc.loudnessLufs).toBeGreaterThan(-30)
    expect(json.doc.loudnessLufs).toBeLessThan(-26)
  })

  it.each([
    ['a text file renamed .mp3', 'thong-bao.mp3', 'Kính gửi bà con, đây là văn bản chứ không phải âm thanh.\n'.repeat(40)],
    ['an empty file', 'rong.mp3', ''],
  ])('refuses %s with a Vietnamese message and stores nothing', async (_label, name, content) => {
    const file = path.join(scratch, name)
    writeFileSync(file, content)
    const before = (await api(technician, 'GET', '/audio-clips?limit=0')).json.totalDocs
    const filesBefore = storedAudioFiles().length
    const { status, json } = await upload(technician, file, { title: `Tệp hỏng ${name}`, kind: 'announcement' })
    expect(status).toBe(400)
    const message = json.errors?.[0]?.message ?? ''
    expect(message).toMatch(/tệp|âm thanh/i)
    expect(message).not.toMatch(/ffprobe|Invalid data|stream/i)
    expect((await api(technician, 'GET', '/audio-clips?limit=0')).json.totalDocs).toBe(before)
    expect(storedAudioFiles().length).toBe(filesBefore)
  })
})

describe('weekly schedule', () => {
  it('round-trips schedules/default.json through schedule:import and schedule:export, and refuses a broken file whole', async () => {
    const imported = await runScript('scripts/schedule-import.ts', ['schedules/default.json'], server.env)
    expect(imported).toContain('7 khung mới')
    // A warning, not an error: the 20-minute morning rebroadcast of the 30-minute afternoon programme.
    expect(imported).toContain('Cảnh báo: Khung 1 "phat-lai-sang": khung nguồn "chieu" dài 30 phút, hơn khung phát lại (20 phút).')
    const exported = JSON.parse(await runScript('scripts/schedule-export.ts', [], { ...server.env, LOA_LOG_LEVEL: 'error' }))
    const original = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))
    const bySlug = (slots: { slug: string; days: number[] }[]) =>
      slots.map((slot) => ({ ...slot, days: [...slot.days].sort() })).sort((a, b) => a.slug.localeCompare(b.slug))
    expect(bySlug(exported.slots)).toEqual(bySlug(original.slots))
    expect(exported.station).toEqual(original.station)
    // Tuesday to Saturday, 05:10-05:30: the rebroadcast of the previous afternoon.
    expect(exported.slots[0]).toMatchObject({ slug: 'phat-lai-sang', start: '05:10', end: '05:30', days: [2, 3, 4, 5, 6], rebroadcast: { sourceSlug: 'chieu', dayOffset: -1 } })

    const broken = path.join(scratch, 'hong.json')
    writeFileSync(broken, JSON.stringify({ slots: [...original.slots, { ...original.slots[4], slug: 'chieu-2', start: '17:15', end: '17:45' }] }))
    await expect(runScript('scripts/schedule-import.ts', [broken], server.env)).rejects.toThrow(/trùng/)
    const after = (await api(technician, 'GET', '/broadcast-slots?limit=0')).json.totalDocs
    expect(after).toBe(original.slots.length)
    // Leave the grid empty again for the tests below.
    for (const slot of (await api(admin, 'GET', '/broadcast-slots?limit=100&depth=0')).json.docs) {
      expect((await api(technician, 'DELETE', `/broadcast-slots/${slot.id}`)).status).toBe(200)
    }
  })

  it('refuses a slot that overlaps another on a shared day, naming both', async () => {
    const first = await api(technician, 'POST', '/broadcast-slots', { name: 'Bản tin sáng', kind: 'local', days: ['1', '3'], start: '06:00', end: '06:30' })
    expect(first.status, first.text).toBe(201)
    const clash = await api(technician, 'POST', '/broadcast-slots', { name: 'Chuyên mục nông nghiệp', kind: 'local', days: ['3', '5'], start: '06:15', end: '06:45' })
    expect(clash.status).toBe(400)
    expect(clash.text).toContain('trùng')
    expect(clash.text).toContain('Bản tin sáng')
    const touching = await api(technician, 'POST', '/broadcast-slots', { name: 'Chuyên mục nông nghiệp', kind: 'local', days: ['3', '5'], start: '06:30', end: '06:45' })
    expect(touching.status, touching.text).toBe(201)
    const editor = await staffSession(admin, 'editor', 'bientap@test.loa')
    expect((await api(editor, 'POST', '/broadcast-slots', { name: 'Không được', kind: 'local', days: ['2'], start: '09:00', end: '09:10' })).status).toBe(403)
    // Gone again, so the worker test below (a slot 20 minutes from whenever it runs) never clashes with them.
    for (const made of [first, touching]) expect((await api(technician, 'DELETE', `/broadcast-slots/${made.json.doc.id}`)).status).toBe(200)
  })
})

describe('the worker process', () => {
  it('assembles a slot within its lead time (station time zone), rebuilds it when content changes, and stops cleanly', async () => {
    const intro = await upload(technician, await generateTone(path.join(scratch, 'intro.mp3'), { seconds: 4, frequency: 523, levelDb: -12, kind: 'sine' }), { title: 'Nhạc hiệu', kind: 'intro' })
    expect((await api(technician, 'POST', '/globals/station', { intro: intro.json.doc.id })).status).toBe(200)
    const soon = localParts(new Date(Date.now() + 20 * 60_000), 'Asia/Ho_Chi_Minh')
    const later = localParts(new Date(Date.now() + 25 * 60_000), 'Asia/Ho_Chi_Minh')
    const hhmm = (p: { hour: number; minute: number }) => `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
    // A slot that starts in 20 minutes: inside the default 60-minute lead time, so due now.
    const slot = await api(technician, 'POST', '/broadcast-slots', { name: 'Bản tin kiểm thử', slug: 'kiem-thu', kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: hhmm(soon), end: hhmm(later) })
    expect(slot.status, slot.text).toBe(201)
    const worker = spawn(process.execPath, [...NODE_FLAGS, 'src/worker/index.ts'], { cwd: ROOT, env: { ...server.env, TZ: 'America/New_York', LOA_ASSEMBLE_CRON: '*/2 * * * * *' } })
    let output = ''
    worker.stdout.on('data', (chunk) => (output += chunk))
    worker.stderr.on('data', (chunk) => (output += chunk))
    const exited = new Promise<number | null>((resolve) => worker.on('exit', resolve))
    const deadline = Date.now() + 90_000
    let status = ''
    while (Date.now() < deadline) {
      const found = await api(technician, 'GET', `/programmes?where[slotSlug][equals]=kiem-thu&where[date][equals]=${stationToday(new Date(Date.now() + 20 * 60_000))}&depth=0`)
      status = found.json.docs[0]?.status ?? ''
      if (status === 'ready') break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(status, output).toBe('ready')
    expect(output).toContain('Asia/Ho_Chi_Minh')
    const programmeQuery = `/programmes?where[slotSlug][equals]=kiem-thu&where[date][equals]=${stationToday(new Date(Date.now() + 20 * 60_000))}&depth=0`
    const first = (await api(technician, 'GET', programmeQuery)).json.docs[0]

    // New content before the slot airs: a priority announcement. The worker rebuilds the programme.
    const recording = await upload(technician, await generateTone(path.join(scratch, 'khan.mp3'), { seconds: 3, frequency: 200, levelDb: -20, kind: 'speechlike' }), { title: 'Ghi âm thông báo ưu tiên', kind: 'announcement' })
    const announcement = await api(technician, 'POST', '/announcements', { title: 'Thông báo ưu tiên', text: 'Nội dung', level: 'priority', clip: recording.json.doc.id })
    expect(announcement.status, announcement.text).toBe(201)
    let rebuilt = first
    while (Date.now() < deadline + 30_000) {
      rebuilt = (await api(technician, 'GET', programmeQuery)).json.docs[0]
      if (rebuilt.status === 'ready' && rebuilt.sha256 !== first.sha256) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    expect(rebuilt.sha256, output).not.toBe(first.sha256)
    expect(rebuilt.segments.map((segment: { kind: string }) => segment.kind)).toEqual(['intro', 'gap', 'announcement'])
    worker.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 150_000)
})
