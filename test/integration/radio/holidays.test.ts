/**
 * Issue 9, item 7, end to end on a real server and SQLite file: the station calendar is imported
 * with the schedule, changed only by the radio staff, and it silences the station's own slots on a
 * holiday (relays continue) and the 05:10 rebroadcast the morning after (nothing aired to replay),
 * in the playlists devices read, in `npm run assemble`, and on the public schedule page.
 */
import { spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, formatLocalDateVi, localDateParts } from '../../../src/broadcast/localDate'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { ordinaryMonday, stationToday } from '../../support/dates'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../../support/loaServer'
import { api, type Roles, sessionsForEveryRole } from '../../support/rest'

let server: LoaServer
let roles: Roles
const DEFAULT = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))
// A Wednesday two weeks ahead, in a week with no holiday of the default calendar.
const wednesday = addDays(ordinaryMonday(2), 2)
const thursday = addDays(wednesday, 1)
const today = stationToday()
const RELAYS = ['tiep-song-tinh-sang', 'tiep-song-vov-sang', 'tiep-song-tinh-chieu']
const oneOff = (name: string, date: string) => ({ name, calendar: 'solar', ...dayMonthYear(date), lengthDays: 1, stops: 'local' })
function dayMonthYear(date: string) {
  const { year, month, day } = localDateParts(date)
  return { day, month, year }
}

function run(script: string, args: string[]): Promise<{ code: number | null; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], { cwd: ROOT, env: { ...server.env, LOA_LOG_LEVEL: 'error' } })
    let output = ''
    let stdout = ''
    child.stdout.on('data', (chunk) => ((output += chunk), (stdout += chunk)))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output, stdout }))
  })
}

function scheduleFile(name: string, content: unknown): string {
  const file = path.join(server.workDir, `${name}.json`)
  writeFileSync(file, JSON.stringify(content, null, 2))
  return file
}

const playlist = async (date: string) => (await fetch(`${server.baseUrl}/playlists/${date}.json`)).json()
type Entry = { slot: string; kind: string; status: string }
const withoutEmergencies = (entries: Entry[]) => entries.filter((entry) => entry.kind !== 'emergency')

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
}, 240_000)

afterAll(async () => {
  await server?.stop()
})

describe('the station calendar in schedule:import and schedule:export', () => {
  it('imports the default schedule with its six public holidays, and exports them back', async () => {
    const imported = await run('scripts/schedule-import.ts', ['schedules/default.json'])
    expect(imported.code, imported.output).toBe(0)
    expect(imported.output).toContain('Lịch nghỉ lễ: 6 ngày lễ mới, 0 ngày lễ cập nhật.')
    const listed = await api(roles.visitor, 'GET', '/holidays?limit=50&sort=id&depth=0')
    expect(listed.status).toBe(200)
    expect(listed.json.docs.map((doc: { name: string }) => doc.name)).toEqual(DEFAULT.holidays.map((holiday: { name: string }) => holiday.name))
    const exported = await run('scripts/schedule-export.ts', [])
    expect(exported.code, exported.output).toBe(0)
    expect(JSON.parse(exported.stdout).holidays).toEqual(DEFAULT.holidays)
  })

  it('refuses a file with an impossible holiday, naming it and the field, and changes nothing', async () => {
    const before = (await api(roles.visitor, 'GET', '/holidays?limit=50&sort=id&depth=0')).json.docs
    expect(before).toHaveLength(6)
    const bad = { ...DEFAULT, holidays: [...DEFAULT.holidays, { name: 'Ngày không có', calendar: 'solar', day: 31, month: 4 }] }
    const result = await run('scripts/schedule-import.ts', [scheduleFile('ngay-le-sai', bad), '--replace'])
    expect(result.code, result.output).toBe(1)
    expect(result.output).toContain('Ngày lễ 7 "Ngày không có", trường "day": ngày 31 không có trong tháng 4 (từ 1 đến 30).')
    expect(result.output).not.toMatch(/^\s+at /m)
    expect((await api(roles.visitor, 'GET', '/holidays?limit=50&sort=id&depth=0')).json.docs).toEqual(before)
  })

  it('replaces the calendar with --replace: a one-off holiday on a Wednesday, and one today', async () => {
    const file = { ...DEFAULT, holidays: [oneOff('Ngày hội thử nghiệm', wednesday), oneOff('Ngày nghỉ hôm nay', today)] }
    const result = await run('scripts/schedule-import.ts', [scheduleFile('ngay-le-thu', file), '--replace'])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('Lịch nghỉ lễ: 2 ngày lễ mới, 0 ngày lễ cập nhật, xóa Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, Ngày Chiến thắng, Ngày Quốc tế Lao động, Quốc khánh.')
    expect((await api(roles.visitor, 'GET', '/holidays?limit=50&depth=0')).json.totalDocs).toBe(2)
  })
})

describe('a holiday on the air', () => {
  it('the holiday’s playlist has the relays only, and says why the rest is silent', async () => {
    const json = await playlist(wednesday)
    expect(json.holiday).toEqual({ name: 'Ngày hội thử nghiệm', stops: 'local' })
    expect(withoutEmergencies(json.entries).map((entry) => `${entry.slot} ${entry.status}`)).toEqual(RELAYS.map((slot) => `${slot} relay`))
    expect(json.skipped.map((entry: { slot: string; reason: string }) => `${entry.slot}: ${entry.reason}`)).toEqual(
      ['phat-lai-sang', 'trua', 'chieu'].map((slot) => `${slot}: Nghỉ lễ: Ngày hội thử nghiệm`),
    )
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${wednesday}.m3u`)).text()
    expect(m3u).toContain('# NGHỈ LỄ: Ngày hội thử nghiệm')
    expect(m3u).toContain('https://stream.example.vn/qbtv/radio-sang')
  })

  it('the next morning has no 05:10 entry (no fallback to an older programme), and the rest of Thursday airs', async () => {
    const json = await playlist(thursday)
    expect(json.holiday).toBeUndefined()
    const slots = withoutEmergencies(json.entries).map((entry) => entry.slot)
    expect(slots).toEqual(['tiep-song-tinh-sang', 'tiep-song-vov-sang', 'trua', 'chieu', 'tiep-song-tinh-chieu'])
    expect(json.skipped).toEqual([
      expect.objectContaining({
        slot: 'phat-lai-sang',
        start: `${thursday}T05:10:00+07:00`,
        reason: `Không phát lại: khung "Chương trình phát thanh địa phương buổi chiều" không phát ngày ${formatLocalDateVi(wednesday)} (nghỉ lễ: Ngày hội thử nghiệm)`,
      }),
    ])
  })

  it('`npm run assemble` builds no 05:10 programme for that morning, and says why', async () => {
    const result = await run('scripts/assemble.ts', ['--date', thursday, '--slot', 'phat-lai-sang'])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain(`Không dựng ${thursday} 05:10 phat-lai-sang: Không phát lại:`)
    expect(result.output).toContain(`Không có khung giờ nào cần dựng vào ngày ${thursday} (khung phat-lai-sang).`)
    const programmes = await api(roles.admin, 'GET', `/programmes?where[date][equals]=${thursday}&where[slotSlug][equals]=phat-lai-sang&depth=0`)
    expect(programmes.json.totalDocs).toBe(0)
  })

  it('the public schedule page says "Nghỉ lễ" for today and lists the coming holiday', async () => {
    let html = ''
    // The import ran in another process: the page cache follows through the content fingerprint.
    for (let attempt = 0; attempt < 20 && !html.includes('Nghỉ lễ: Ngày nghỉ hôm nay'); attempt++) {
      html = await (await fetch(`${server.baseUrl}/lich-phat-song`)).text()
      if (!html.includes('Nghỉ lễ: Ngày nghỉ hôm nay')) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(html).toContain('Nghỉ lễ: Ngày nghỉ hôm nay')
    expect(html).toContain('các chương trình của đài tạm nghỉ; vẫn tiếp sóng đài cấp trên')
    expect(html).toContain('Ngày nghỉ lễ sắp tới')
    expect(html).toContain(`: ${formatLocalDateVi(wednesday)}`)
    const home = await (await fetch(`${server.baseUrl}/`)).text()
    expect(home).toContain('Nghỉ lễ: Ngày nghỉ hôm nay')
  })
})

describe('who may change the station calendar', () => {
  const holiday = { name: 'Ngày hội làng', calendar: 'lunar', day: 15, month: 1, lengthDays: 1, stops: 'local' }

  it('lets everyone read it, and only the radio staff (admin, technician) create, change or delete a holiday', async () => {
    const { admin, editor, approver, technician, visitor } = roles
    const existing = (await api(visitor, 'GET', '/holidays?limit=1&depth=0')).json.docs[0]
    for (const session of [visitor, editor, approver]) {
      expect((await api(session, 'GET', `/holidays/${existing.id}?depth=0`)).status).toBe(200)
      expect([401, 403]).toContain((await api(session, 'POST', '/holidays', holiday)).status)
      expect([401, 403]).toContain((await api(session, 'PATCH', `/holidays/${existing.id}`, { name: 'Đổi tên' })).status)
      expect([401, 403]).toContain((await api(session, 'DELETE', `/holidays/${existing.id}`)).status)
    }
    expect((await api(visitor, 'GET', `/holidays/${existing.id}?depth=0`)).json.name).toBe(existing.name)
    const created = await api(technician, 'POST', '/holidays', holiday)
    expect(created.status, created.text).toBe(201)
    expect((await api(technician, 'PATCH', `/holidays/${created.json.doc.id}`, { lengthDays: 2 })).status).toBe(200)
    expect((await api(admin, 'DELETE', `/holidays/${created.json.doc.id}`)).status).toBe(200)
  })

  it('refuses an impossible date with a Vietnamese message', async () => {
    const refused = await api(roles.technician, 'POST', '/holidays', { ...holiday, calendar: 'solar', day: 31, month: 4 })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Ngày 31 không có trong tháng 4 (từ 1 đến 30).')
  })
})
