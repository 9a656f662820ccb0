/**
 * Imports a weekly schedule and its holidays: npm run schedule:import -- schedules/default.json [--replace]
 * The whole file is checked first (every field, every reference, the time zone, overlaps) and then
 * written in one database transaction: either all of it lands or none of it. Every error is a
 * Vietnamese line naming the slot and the field; nothing ends in a stack trace.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { Payload } from 'payload'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { importSchedule } from '../src/radio/scheduleFile'

const USAGE = 'Cách dùng: npm run schedule:import -- schedules/<tệp>.json [--replace]'
const message = (error: unknown) => (error instanceof Error ? error.message : String(error))

function readFile(): { file: unknown; replace: boolean } {
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false } } })
  } catch (error) {
    console.error(`${USAGE}\n(${message(error)})`)
    process.exit(2)
  }
  if (parsed.positionals.length !== 1) {
    console.error(USAGE)
    process.exit(2)
  }
  const name = parsed.positionals[0]
  let text: string
  try {
    text = readFileSync(name, 'utf8')
  } catch (error) {
    console.error(`Không đọc được tệp ${name}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'không có tệp này' : message(error)}.`)
    process.exit(2)
  }
  try {
    return { file: JSON.parse(text), replace: Boolean(parsed.values.replace) }
  } catch (error) {
    console.error(`Tệp ${name} không phải JSON hợp lệ (${message(error)}). Lưu ý: JSON không cho viết "+1", dấu phẩy thừa hay chú thích.`)
    process.exit(2)
  }
}

const { file, replace } = readFile()
loadDotEnv()
// Must be set before the Payload config is loaded: it turns on SQLite transactions for this process.
process.env.LOA_SQLITE_TRANSACTIONS = '1'
let payload: Payload | undefined
let code = 0
try {
  payload = (await openPayload({ key: 'schedule-import' })).payload
  const result = await importSchedule(payload, file, { replace })
  for (const warning of result.warnings) console.warn(`Cảnh báo: ${warning}`)
  if (!result.ok) {
    console.error(`Không nhập lịch vì tệp có ${result.problems.length} lỗi (chưa ghi gì vào cơ sở dữ liệu):`)
    for (const problem of result.problems) console.error(`  - ${problem}`)
    code = 1
  } else {
    console.log(`Đã nhập lịch: ${result.created} khung mới, ${result.updated} khung cập nhật${result.removed.length ? `, xóa ${result.removed.join(', ')}` : ''}.`)
    if (result.kept.length) console.log(`Giữ nguyên các khung không có trong tệp: ${result.kept.join(', ')} (dùng --replace để xóa).`)
    const holidays = result.holidays
    if (holidays) {
      console.log(`Lịch nghỉ lễ: ${holidays.created} ngày lễ mới, ${holidays.updated} ngày lễ cập nhật${holidays.removed.length ? `, xóa ${holidays.removed.join(', ')}` : ''}.`)
      if (holidays.kept.length) console.log(`Giữ nguyên các ngày lễ không có trong tệp: ${holidays.kept.join(', ')} (dùng --replace để xóa).`)
    } else console.log('Tệp không có mục "holidays": lịch nghỉ lễ giữ nguyên.')
    if (!result.atomic) console.warn('Cảnh báo: cơ sở dữ liệu này không hỗ trợ giao dịch (MongoDB không có replica set); lịch được ghi từng khung một.')
  }
} catch (error) {
  console.error(`Không nhập được lịch: ${message(error)}`)
  code = 1
}
await payload?.destroy().catch(() => undefined)
process.exit(code)
