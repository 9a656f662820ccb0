/**
 * Assembles one day's programmes by hand and prints progress per programme:
 *   npm run assemble -- --date 2026-12-01 [--slot chieu] [--force]
 * --force rebuilds even when the content did not change. Each drop, exclusion and warning is printed
 * with its reason. Exit status: 0 all built (or unchanged), 1 something could not be built,
 * 2 bad arguments, 3 something was being built by another run and was skipped.
 */
import { parseArgs } from 'node:util'
import { measureLoudness } from '../src/audio/probe'
import { renderProgramme } from '../src/audio/render'
import { isValidLocalDate } from '../src/broadcast/localDate'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { newOwnerId } from '../src/radio/locks'
import { recoverInterruptedAssembly } from '../src/radio/recovery'
import { assembleExitCode, EXIT_LOCKED, EXIT_NOT_BUILT } from '../src/radio/assembleExitCode'
import { assembleDate } from '../src/radio/runDay'

const { values } = parseArgs({ options: { date: { type: 'string' }, slot: { type: 'string' }, force: { type: 'boolean', default: false } } })
if (!values.date || !isValidLocalDate(values.date)) {
  console.error('Cách dùng: npm run assemble -- --date YYYY-MM-DD [--slot <đường-dẫn-khung-giờ>] [--force]')
  process.exit(2)
}
loadDotEnv()
const { payload } = await openPayload({ key: 'assemble-cli' })
const log = (line: string) => console.log(`[assemble] ${line}`)
// An assembler killed mid-render leaves partial files, its locks and programmes left `assembling`.
await recoverInterruptedAssembly(payload, new Date(), log)
const results = await assembleDate(
  { payload, render: renderProgramme, measure: measureLoudness, now: () => new Date(), owner: newOwnerId(), log },
  values.date,
  { slot: values.slot, force: values.force },
)
if (results.length === 0) log(`Không có khung giờ nào cần dựng vào ngày ${values.date}${values.slot ? ` (khung ${values.slot})` : ''}.`)
log(`Tổng: ${results.length} chương trình; ${results.map((result) => `${result.slot}=${result.outcome}`).join(', ')}`)
const code = assembleExitCode(results.map((result) => result.outcome))
if (code === EXIT_NOT_BUILT) log('LỖI: có chương trình đến hạn không dựng được (xem các dòng LỖI ở trên).')
if (code === EXIT_LOCKED) log('CHÚ Ý: có chương trình đang được máy dựng khác dựng, lần chạy này đã bỏ qua; hãy kiểm tra lại sau.')
await payload.destroy()
process.exit(code)
