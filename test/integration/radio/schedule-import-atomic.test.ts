import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { exportSchedule as ExportSchedule, importSchedule as ImportSchedule } from '../../../src/radio/scheduleFile'
import { ROOT } from '../../support/loaServer'

/**
 * The write half of schedule:import is one transaction: a failure after some slots were deleted,
 * updated and created leaves the database exactly as it was. Run in-process on a temporary SQLite
 * file so the failure can be injected between two writes.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-import-tx-'))
const DEFAULT = JSON.parse(readFileSync(path.join(ROOT, 'schedules/default.json'), 'utf8'))
let payload: Payload
let importSchedule: typeof ImportSchedule
let exportSchedule: typeof ExportSchedule

beforeAll(async () => {
  // Read by the adapter when the config is first imported, so set before any import of it.
  process.env.DATABASE_URL = `file:${path.join(workDir, 'loa.db')}`
  process.env.LOA_SQLITE_TRANSACTIONS = '1'
  process.env.LOA_LOG_LEVEL = 'error'
  const { openPayload } = await import('../../../src/boot/openPayload')
  ;({ importSchedule, exportSchedule } = await import('../../../src/radio/scheduleFile'))
  payload = (await openPayload({ key: 'schedule-import-atomic' })).payload
  const first = await importSchedule(payload, DEFAULT)
  expect(first).toMatchObject({ ok: true, created: 7, atomic: true })
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

describe('schedule:import writes in one transaction', () => {
  it('a failure half-way through the writes (after a delete, updates and a create) leaves the database unchanged', async () => {
    const before = await exportSchedule(payload)
    const changed = {
      station: { name: 'Đài thử nghiệm', timeZone: 'Asia/Bangkok' },
      slots: [
        ...DEFAULT.slots.filter((slot: { slug: string }) => slot.slug !== 'cuoi-tuan').map((slot: { slug: string; name: string }) => ({ ...slot, name: `${slot.name} (mới)` })),
        { slug: 'dem', name: 'Chương trình đêm', kind: 'local', days: [1], start: '21:00', end: '21:30' },
      ],
    }
    const steps: string[] = []
    const result = await importSchedule(payload, changed, {
      replace: true,
      onWrite: (step) => {
        steps.push(step)
        if (step === 'tạo dem') throw new Error('mất điện giữa chừng')
      },
    })
    // It really was half-way: one delete and six updates had been written when it failed.
    expect(steps).toEqual(['xóa cuoi-tuan', ...DEFAULT.slots.filter((s: { slug: string }) => s.slug !== 'cuoi-tuan').map((s: { slug: string }) => `cập nhật ${s.slug}`), 'tạo dem'])
    expect(result).toEqual({ ok: false, problems: ['Lỗi khi ghi lịch (mất điện giữa chừng); mọi thay đổi đã được hoàn tác, lịch giữ nguyên như trước.'], warnings: expect.any(Array) })
    expect(await exportSchedule(payload)).toEqual(before)
    expect((await payload.count({ collection: 'broadcast-slots', overrideAccess: true })).totalDocs).toBe(7)

    // The same file without the failure lands whole.
    const again = await importSchedule(payload, changed, { replace: true })
    expect(again).toMatchObject({ ok: true, created: 1, updated: 6, removed: ['cuoi-tuan'], atomic: true })
    const after = await exportSchedule(payload)
    expect(after.station).toEqual(changed.station)
    expect(after.slots.map((slot) => slot.slug).sort()).toEqual(changed.slots.map((slot) => slot.slug).sort())
  })

  it('rolls the station calendar back too when the writes fail after its holidays were deleted and changed', async () => {
    const before = await exportSchedule(payload)
    expect(before.holidays).toHaveLength(6)
    const changed = {
      slots: DEFAULT.slots,
      holidays: [{ ...DEFAULT.holidays[1], lengthDays: 7 }, { name: 'Nghỉ bù Quốc khánh', calendar: 'solar', day: 4, month: 9, year: 2028 }],
    }
    const steps: string[] = []
    const result = await importSchedule(payload, changed, {
      replace: true,
      onWrite: (step) => {
        steps.push(step)
        if (step === 'tạo ngày lễ Nghỉ bù Quốc khánh') throw new Error('mất điện giữa chừng')
      },
    })
    expect(steps.filter((step) => step.includes('ngày lễ'))).toEqual([
      ...['Tết Dương lịch', 'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Ngày Quốc tế Lao động', 'Quốc khánh'].map((name) => `xóa ngày lễ ${name}`),
      'cập nhật ngày lễ Tết Nguyên đán',
      'tạo ngày lễ Nghỉ bù Quốc khánh',
    ])
    expect(result.ok).toBe(false)
    expect(await exportSchedule(payload)).toEqual(before)

    const again = await importSchedule(payload, changed, { replace: true })
    expect(again).toMatchObject({ ok: true, holidays: { created: 1, updated: 1, removed: ['Tết Dương lịch', 'Giỗ Tổ Hùng Vương', 'Ngày Chiến thắng', 'Ngày Quốc tế Lao động', 'Quốc khánh'] } })
    expect((await exportSchedule(payload)).holidays).toEqual([
      { name: 'Tết Nguyên đán', calendar: 'lunar', day: 30, month: 12, lengthDays: 7, stops: 'local' },
      { name: 'Nghỉ bù Quốc khánh', calendar: 'solar', day: 4, month: 9, year: 2028, lengthDays: 1, stops: 'local' },
    ])
  })
})
