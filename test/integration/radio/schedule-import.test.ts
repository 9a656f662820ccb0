import { spawn } from 'node:child_process'
import { createClient } from '@libsql/client'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { ROOT } from '../../support/loaServer'

/**
 * `npm run schedule:import` as a technician runs it, on a temporary SQLite database: every bad file
 * the issue reported ends with a non-zero exit, a Vietnamese line naming the slot and the field, no
 * stack trace, and the schedule in the database exactly as before.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-import-'))
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(workDir, 'loa.db')}`,
  LOA_DATA_DIR: workDir,
  LOA_MEDIA_DIR: path.join(workDir, 'media'),
  LOA_LOG_LEVEL: 'error',
}
const DEFAULT = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))

function run(script: string, args: string[]): Promise<{ code: number | null; output: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, script, ...args], { cwd: ROOT, env })
    let output = ''
    let stdout = ''
    child.stdout.on('data', (chunk) => ((output += chunk), (stdout += chunk)))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => resolve({ code, output, stdout }))
  })
}

/**
 * Every row of the schedule's tables (slots, their days and days off, holidays, the station settings), read
 * straight from the SQLite file: "unchanged" means not one value differs, updatedAt included.
 */
async function scheduleRows(): Promise<Record<string, unknown[]>> {
  const client = createClient({ url: env.DATABASE_URL! })
  try {
    const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'broadcast_slots%' OR name LIKE 'station%' OR name LIKE 'holidays%') ORDER BY name")
    const rows: Record<string, unknown[]> = {}
    for (const { name } of tables.rows) rows[String(name)] = (await client.execute(`SELECT * FROM "${name}" ORDER BY 1`)).rows.map((row) => ({ ...row }))
    return rows
  } finally {
    client.close()
  }
}

function fileWith(name: string, content: unknown): string {
  const file = path.join(workDir, `${name}.json`)
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2))
  return file
}

const withSlot = (slug: string, patch: Record<string, unknown>) => ({
  ...DEFAULT,
  slots: DEFAULT.slots.map((slot: { slug: string }) => (slot.slug === slug ? { ...slot, ...patch } : slot)),
})

let before: unknown

beforeAll(async () => {
  const imported = await run('scripts/schedule-import.ts', ['schedules/default.json'])
  expect(imported.code, imported.output).toBe(0)
  expect(imported.output).toContain('7 khung mới')
  expect(imported.output).toContain('Lịch nghỉ lễ: 6 ngày lễ mới')
  // The default 20-minute morning slot replays a 30-minute afternoon programme: said, not refused.
  expect(imported.output).toContain('Cảnh báo: Khung 1 "phat-lai-sang": khung nguồn "chieu" dài 30 phút, hơn khung phát lại (20 phút).')
  before = await scheduleRows()
  expect((before as Record<string, unknown[]>).broadcast_slots).toHaveLength(7)
  expect((before as Record<string, unknown[]>).holidays).toHaveLength(6)
}, 120_000)

afterAll(() => rmSync(workDir, { recursive: true, force: true }))

describe('schedule:import refuses a bad file whole', () => {
  it.each([
    ['--replace with one bad slot', [...DEFAULT.slots.filter((s: { slug: string }) => s.slug !== 'cuoi-tuan'), { ...DEFAULT.slots[3], slug: 'trua-2', start: '25:00', end: '25:15' }], ['--replace'], 'Khung 7 "trua-2", trường "start": giờ bắt đầu "25:00" không hợp lệ'],
    ['an unknown station time zone', { ...withSlot('trua', { start: '11:05', end: '11:20' }), station: { ...DEFAULT.station, timeZone: 'Mars/Olympus' } }, [], 'Mục "station", trường "timeZone": múi giờ "Mars/Olympus" không tồn tại'],
    ['a slug typo that would add an overlapping slot', withSlot('chieu', { slug: 'chiue' }), [], 'Khung 5 "chiue" và khung "chieu" đang có trong cơ sở dữ liệu'],
    ['a rebroadcast source that does not exist', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu-toi', dayOffset: -1 } }), [], 'Khung 1 "phat-lai-sang", trường "rebroadcast.sourceSlug": không có khung giờ "chieu-toi" để phát lại.'],
    ['a relay as a rebroadcast source', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'tiep-song-tinh-chieu', dayOffset: -1 } }), [], 'Khung 1 "phat-lai-sang", trường "rebroadcast.sourceSlug": khung "tiep-song-tinh-chieu" là khung tiếp sóng'],
    ['dayOffset +1', withSlot('phat-lai-sang', { rebroadcast: { sourceSlug: 'chieu', dayOffset: 1 } }), [], 'Khung 1 "phat-lai-sang", trường "rebroadcast.dayOffset": độ lệch ngày 1 không hợp lệ'],
    ['an unknown kind', withSlot('trua', { kind: 'podcast' }), [], 'Khung 4 "trua", trường "kind": loại "podcast" không có'],
    ['an empty name', withSlot('trua', { name: '' }), [], 'Khung 4 "trua", trường "name": tên chương trình không được để trống.'],
    ['--replace with a holiday on 31 April', { ...DEFAULT, holidays: [DEFAULT.holidays[0], { ...DEFAULT.holidays[3], day: 31 }] }, ['--replace'], 'Ngày lễ 2 "Ngày Chiến thắng", trường "day": ngày 31 không có trong tháng 4'],
    ['a lunar holiday on the 31st', { ...DEFAULT, holidays: [...DEFAULT.holidays, { name: 'Rằm', calendar: 'lunar', day: 31, month: 1 }] }, [], 'Ngày lễ 7 "Rằm", trường "day": ngày âm lịch 31 không hợp lệ'],
  ])('%s: exit 1, a Vietnamese line naming slot and field, no stack trace, database unchanged', async (label, content, args, expected) => {
    const slots = Array.isArray(content) ? { ...DEFAULT, slots: content } : content
    const result = await run('scripts/schedule-import.ts', [fileWith(label.replace(/\W+/g, '-'), slots), ...args])
    expect(result.code, result.output).toBe(1)
    expect(result.output).toContain('Không nhập lịch vì tệp có')
    expect(result.output).toContain(expected)
    expect(result.output).not.toMatch(/^\s+at /m)
    expect(result.output).not.toMatch(/Error:|ValidationError|node:internal/)
    expect(await scheduleRows()).toEqual(before)
  })

  it('"dayOffset": +1 is not JSON: exit 2 with a Vietnamese line, no stack trace', async () => {
    const text = JSON.stringify(DEFAULT, null, 2).replace('"dayOffset": -1', '"dayOffset": +1')
    const result = await run('scripts/schedule-import.ts', [fileWith('plus-one', text)])
    expect(result.code).toBe(2)
    expect(result.output).toContain('không phải JSON hợp lệ')
    expect(result.output).not.toMatch(/^\s+at /m)
  })

  it('a good change still imports: a slot moved into the time another leaves, in one go', async () => {
    // Noon bulletin and afternoon programme swap days' worth of times: every half-way state overlaps.
    const swapped = withSlot('trua', { start: '17:00', end: '17:30' })
    swapped.slots = swapped.slots.map((slot: { slug: string }) => (slot.slug === 'chieu' ? { ...slot, start: '11:00', end: '11:15' } : slot))
    const result = await run('scripts/schedule-import.ts', [fileWith('swap', swapped)])
    expect(result.code, result.output).toBe(0)
    expect(result.output).toContain('0 khung mới, 7 khung cập nhật')
    const after = await scheduleRows()
    expect(after.broadcast_slots.find((slot) => (slot as { slug: string }).slug === 'trua')).toMatchObject({ start: '17:00', end: '17:30' })
  })
})
