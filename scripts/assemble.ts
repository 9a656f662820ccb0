/**
 * Assembles one day's programmes by hand and prints progress per programme:
 *   npm run assemble -- --date 2026-12-01 [--slot chieu] [--force]
 * --force rebuilds even when the content did not change.
 */
import { parseArgs } from 'node:util'
import { measureLoudness } from '../src/audio/probe'
import { renderProgramme } from '../src/audio/render'
import { isValidLocalDate } from '../src/broadcast/localDate'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { newOwnerId } from '../src/radio/locks'
import { recoverInterruptedAssembly } from '../src/radio/recovery'
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
const failed = results.filter((result) => result.outcome === 'failed' || result.outcome === 'empty')
log(`Tổng: ${results.length} chương trình; ${results.map((result) => `${result.slot}=${result.outcome}`).join(', ')}`)
await payload.destroy()
process.exit(failed.length > 0 ? 1 : 0)
