/**
 * One worker tick at a chosen moment: assembleDue.ts <ISO instant> [plan]. Builds what the worker
 * would build at that moment (lead windows, rebuild marks) with the real renderer, or with `plan`
 * runs the worker's daily planning instead; prints the worker's log lines.
 */
import { measureLoudness } from '../../../src/audio/probe'
import { renderProgramme } from '../../../src/audio/render'
import { openPayload } from '../../../src/boot/openPayload'
import { newOwnerId } from '../../../src/radio/locks'
import { assembleDue, planDays } from '../../../src/radio/runDay'

const at = new Date(process.argv[2] ?? '')
if (Number.isNaN(at.getTime())) throw new Error('usage: assembleDue.ts <ISO instant> [plan]')
const { payload } = await openPayload({ key: 'test-assemble-due' })
const deps = { payload, render: renderProgramme, measure: measureLoudness, now: () => at, owner: newOwnerId(), log: (line: string) => console.log(`[worker] ${line}`) }
if (process.argv[3] === 'plan') await planDays(deps)
else console.log(JSON.stringify({ results: await assembleDue(deps) }))
await payload.destroy()
process.exit(0)
