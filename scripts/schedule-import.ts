/**
 * Imports a weekly schedule: npm run schedule:import -- schedules/default.json [--replace]
 * The whole file is checked first; nothing is written when any slot is wrong or two slots overlap.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { importSchedule, type ScheduleFile } from '../src/radio/scheduleFile'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false } } })
if (positionals.length !== 1) {
  console.error('Cách dùng: npm run schedule:import -- schedules/<tệp>.json [--replace]')
  process.exit(2)
}
let file: ScheduleFile
try {
  file = JSON.parse(readFileSync(positionals[0], 'utf8'))
} catch (error) {
  console.error(`Không đọc được ${positionals[0]}: ${error instanceof Error ? error.message : error}`)
  process.exit(2)
}
loadDotEnv()
const { payload } = await openPayload({ key: 'schedule-import' })
const result = await importSchedule(payload, file, { replace: values.replace })
await payload.destroy()
if (!result.ok) {
  console.error(`Không nhập lịch vì tệp có ${result.problems.length} lỗi:`)
  for (const problem of result.problems) console.error(`  - ${problem}`)
  process.exit(1)
}
console.log(`Đã nhập lịch: ${result.created} khung mới, ${result.updated} khung cập nhật${result.removed.length ? `, xóa ${result.removed.join(', ')}` : ''}.`)
for (const warning of result.warnings) console.log(`Lưu ý: ${warning}`)
if (result.kept.length) console.log(`Giữ nguyên các khung không có trong tệp: ${result.kept.join(', ')} (dùng --replace để xóa).`)
process.exit(0)
