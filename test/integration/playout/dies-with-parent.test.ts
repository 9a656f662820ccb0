import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../../scripts/lib/processes'

/**
 * `kill -9` of Loa's playout process must take Liquidsoap and Icecast with it: a second playout
 * started afterwards would otherwise find the old engine still on air (and its port taken). As
 * root, Icecast runs as the icecast2 user: the switch of user must not drop the parent-death signal.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-playout-kill-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('playout engines die with the playout process', () => {
  it('SIGKILL to the parent ends Liquidsoap and Icecast within 2 s', async () => {
    const root = path.resolve(__dirname, '../../..')
    const child = spawn(process.execPath, [...NODE_FLAGS, 'test/support/scripts/playout-engines.ts', dir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] })
    const pids = await new Promise<{ icecast: number; liquidsoap: number; port: number }>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d) => {
        out += d
        const line = out.split('\n').find((l) => l.startsWith('{'))
        if (line) resolve(JSON.parse(line))
      })
      child.on('exit', (code) => reject(new Error(`helper exited ${code}: ${out}`)))
    })
    expect(alive(pids.icecast) && alive(pids.liquidsoap)).toBe(true)

    child.kill('SIGKILL')
    const deadline = Date.now() + 2000
    while (Date.now() < deadline && (alive(pids.icecast) || alive(pids.liquidsoap))) await new Promise((r) => setTimeout(r, 100))
    expect({ icecast: alive(pids.icecast), liquidsoap: alive(pids.liquidsoap) }).toEqual({ icecast: false, liquidsoap: false })
    const answered = await fetch(`http://127.0.0.1:${pids.port}/status-json.xsl`).then(() => true).catch(() => false)
    expect(answered).toBe(false)
  })
})
