/** Prints the schedule as JSON (npm run schedule:export > schedules/tuan-nay.json), or writes it with --out. */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'
import { exportSchedule } from '../src/radio/scheduleFile'

const { values } = parseArgs({ options: { out: { type: 'string' } } })
loadDotEnv()
process.env.LOA_LOG_LEVEL ??= 'error'
const { payload } = await openPayload({ key: 'schedule-export' })
const text = `${JSON.stringify(await exportSchedule(payload), null, 2)}\n`
await payload.destroy()
if (values.out) {
  writeFileSync(values.out, text)
  console.error(`Đã ghi lịch vào ${values.out}`)
} else process.stdout.write(text)
process.exit(0)
