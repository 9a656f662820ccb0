import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../../scripts/lib/processes'
import { ROOT } from '../../support/loaServer'

/**
 * `npm run assemble` killed with SIGKILL mid-render, five times: no ffmpeg may keep running (it
 * rendered on in 10 of 10 kills before the fix, so five kills catch its return), and the next run removes the hidden partial file, the
 * dead run's lock, and puts the programme stuck in `assembling` back so it is built.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-kill-'))
const mediaDir = path.join(workDir, 'media')
const DATE = '2027-03-02'
const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', DATABASE_URL: `file:${path.join(workDir, 'loa.db')}`, LOA_DATA_DIR: workDir, LOA_MEDIA_DIR: mediaDir, LOA_LOG_LEVEL: 'error' }
let payload: Payload

/** Live ffmpeg processes working on this test's files (a killed one may linger as a zombie: not counted). */
function liveFfmpeg(): number[] {
  const found: number[] = []
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'ffmpeg') continue
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(workDir)) continue
      if (/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))) continue
      found.push(Number(pid))
    } catch {
      // exited while we looked
    }
  }
  return found
}

const partials = () => {
  try {
    return readdirSync(path.join(mediaDir, 'programmes', DATE)).filter((name) => name.endsWith('.partial.mp3'))
  } catch {
    return []
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function startAssemble() {
  const child = spawn(process.execPath, [...NODE_FLAGS, 'scripts/assemble.ts', '--date', DATE, '--slot', 'nhac', '--force'], { cwd: ROOT, env })
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, output: () => output, exited }
}

const programme = async () => (await payload.find({ collection: 'programmes', where: { slotSlug: { equals: 'nhac' } }, limit: 1, overrideAccess: true })).docs[0]
const locks = async () => (await payload.find({ collection: 'assembly-locks', limit: 0, overrideAccess: true })).totalDocs

beforeAll(async () => {
  Object.assign(process.env, { DATABASE_URL: env.DATABASE_URL, LOA_DATA_DIR: workDir, LOA_MEDIA_DIR: mediaDir, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../../src/boot/openPayload')
  const { generateTone } = await import('../../../src/audio/testAudio')
  payload = (await openPayload({ key: 'killed-assembler' })).payload
  // Four minutes of music: a render long enough to be caught in the middle.
  const file = await generateTone(path.join(workDir, 'nhac.mp3'), { seconds: 240, frequency: 330, levelDb: -20, kind: 'sine' })
  const clip = await payload.create({ collection: 'audio-clips', data: { title: 'Nhạc thử', kind: 'music' }, filePath: file, overrideAccess: true })
  await payload.create({ collection: 'broadcast-slots', data: { name: 'Nhạc', slug: 'nhac', kind: 'music', days: ['0', '1', '2', '3', '4', '5', '6'], start: '10:00', end: '10:30', music: { clips: [clip.id] } }, overrideAccess: true })
}, 120_000)

afterAll(async () => {
  for (const pid of liveFfmpeg()) process.kill(pid, 'SIGKILL')
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

describe('an assembler killed with SIGKILL mid-render', () => {
  it('leaves no ffmpeg running (5 kills), and the next run cleans partials and locks and rebuilds the programme', async () => {
    const orphans: number[] = []
    for (let kill = 1; kill <= 5; kill++) {
      const run = startAssemble()
      // Wait for ffmpeg to be rendering this programme (its partial file exists), at most 60 s on a busy machine.
      const deadline = Date.now() + 60_000
      while (Date.now() < deadline && (liveFfmpeg().length === 0 || partials().length === 0)) await sleep(50)
      expect(liveFfmpeg().length, run.output()).toBeGreaterThan(0)
      run.child.kill('SIGKILL')
      await run.exited
      await sleep(1000)
      orphans.push(liveFfmpeg().length)
      if (kill > 1) {
        // The run just killed first cleaned up after the one before it.
        expect(run.output()).toContain('Đã xóa 1 tệp dựng dở')
        expect(run.output()).toContain(`Đưa 1 chương trình bị dừng giữa chừng về trạng thái chờ dựng: ${DATE}/nhac`)
      }
      // What a killed run leaves: one partial file, its lock, the programme `assembling`.
      expect(partials()).toHaveLength(1)
      expect(await locks()).toBe(1)
      expect((await programme()).status).toBe('assembling')
    }
    expect(orphans).toEqual([0, 0, 0, 0, 0])

    const final = startAssemble()
    expect(await final.exited, final.output()).toBe(0)
    expect(final.output()).toContain('Đã xóa 1 tệp dựng dở')
    expect(final.output()).toContain('Đã gỡ 1 khóa dựng cũ')
    expect(partials()).toEqual([])
    expect(await locks()).toBe(0)
    expect(await programme()).toMatchObject({ status: 'ready', file: `programmes/${DATE}/nhac.mp3` })
    expect(liveFfmpeg()).toEqual([])
  }, 600_000)
})
