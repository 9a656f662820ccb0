import { spawnSync } from 'node:child_process'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { type LoaServer, ROOT } from './loaServer'

/** Creates a programme as the worker would (Local API), on the test server's database; returns its id. */
export function createProgrammeAsWorker(server: LoaServer, data: Record<string, unknown>): string | number {
  const run = spawnSync(process.execPath, [...NODE_FLAGS, 'test/support/scripts/createProgramme.ts', JSON.stringify(data)], { cwd: ROOT, env: server.env, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`createProgramme failed: ${run.stdout}\n${run.stderr}`)
  const line = run.stdout.trim().split('\n').find((candidate) => candidate.startsWith('{"id"'))
  if (!line) throw new Error(`createProgramme printed no id: ${run.stdout}`)
  return JSON.parse(line).id
}
