import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RenderSpec } from '../../../src/broadcast/types'
import { measureLoudness, probeAudio } from '../../../src/audio/probe'
import { cleanStalePartials, RenderError, renderJob, renderProgramme } from '../../../src/audio/render'
import { runFfmpeg } from '../../../src/audio/run'
import { generateTone } from '../../../src/audio/testAudio'

const dir = mkdtempSync(path.join(tmpdir(), 'loa-render-'))
const file = (name: string) => path.join(dir, name)

const TARGET_LUFS = -16
const CEILING_DBTP = -1.5
const GAP_SECONDS = 0.8

type Part = { path: string; seconds: number; lufs: number } | { gap: number }

/**
 * The RenderSpec written out by hand, the way src/broadcast/renderSpec.ts describes it: each clip
 * resampled, made mono and gain-matched, silences generated in the graph, one concat, one limiter
 * 1 dB under the true-peak ceiling.
 */
function handSpec(parts: Part[]): RenderSpec {
  const inputs: string[] = []
  const chains: string[] = []
  const pads: string[] = []
  let gaps = 0
  for (const part of parts) {
    if ('gap' in part) {
      chains.push(`aevalsrc=0:d=${part.gap}:s=44100:c=mono[g${gaps}]`)
      pads.push(`[g${gaps++}]`)
      continue
    }
    const i = inputs.push(part.path) - 1
    const gain = (TARGET_LUFS - part.lufs).toFixed(2)
    chains.push(`[${i}:a]aresample=44100,aformat=sample_fmts=fltp:channel_layouts=mono,volume=${gain}dB[s${i}]`)
    pads.push(`[s${i}]`)
  }
  const limit = (10 ** ((CEILING_DBTP - 1) / 20)).toFixed(4)
  chains.push(`${pads.join('')}concat=n=${pads.length}:v=0:a=1[joined]`)
  chains.push(`[joined]alimiter=limit=${limit}:attack=5:release=50:level=false[out]`)
  const expectedSeconds = parts.reduce((sum, p) => sum + ('gap' in p ? p.gap : p.seconds), 0)
  return {
    inputs,
    filterComplex: chains.join(';'),
    outputOptions: ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'],
    expectedSeconds,
  }
}

async function clip(name: string): Promise<Part> {
  const measured = await measureLoudness(file(name))
  return { path: file(name), seconds: measured.durationSeconds, lufs: measured.integratedLufs }
}

let quiet: Part
let loud: Part

beforeAll(async () => {
  await Promise.all([
    // 15 dB under the target, as a phone held too far away records.
    generateTone(file('quiet.mp3'), { seconds: 8, frequency: 170, levelDb: -31, kind: 'speechlike' }),
    // 6 dB over it, stereo at 48 kHz: a hot studio export (its peaks clip, as such files do).
    generateTone(file('loud.mp3'), { seconds: 6, frequency: 230, levelDb: -10, kind: 'speechlike', sampleRate: 48000, channels: 2 }),
    generateTone(file('long.wav'), { seconds: 30, frequency: 440, levelDb: -20, kind: 'sine' }),
  ])
  ;[quiet, loud] = await Promise.all([clip('quiet.mp3'), clip('loud.mp3')])
}, 30_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function leftovers(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => name.endsWith('.partial.mp3'))
}

describe('renderProgramme', () => {
  it('assembles quiet and loud clips with gaps into a -16 LUFS mono MP3 under the true-peak ceiling', async () => {
    if (!('lufs' in quiet) || !('lufs' in loud)) throw new Error('fixtures')
    expect(quiet.lufs).toBeGreaterThan(-33)
    expect(quiet.lufs).toBeLessThan(-29)
    expect(loud.lufs).toBeGreaterThan(-12)
    expect(loud.lufs).toBeLessThan(-8)

    const spec = handSpec([quiet, { gap: GAP_SECONDS }, loud, { gap: GAP_SECONDS }, quiet])
    const outputPath = file('programmes/2026-12-01/sang.mp3')
    const progress: number[] = []
    const result = await renderProgramme(spec, outputPath, { onProgress: (s) => progress.push(s) })

    expect(result.outputPath).toBe(outputPath)
    const probe = await probeAudio(outputPath)
    expect(probe).toMatchObject({ codec: 'mp3', formatName: 'mp3', channels: 1, sampleRate: 44100 })
    expect(probe.bitRate).toBeGreaterThan(100_000)

    // 8 + 0.8 + 6 + 0.8 + 8 s. The container figure (what renderProgramme returns) includes the
    // MP3 encoder delay and padding (~30 ms); the decoded length is exact.
    expect(spec.expectedSeconds).toBeCloseTo(23.6, 2)
    expect(Math.abs(result.durationSeconds - spec.expectedSeconds)).toBeLessThanOrEqual(0.05)
    const measured = await measureLoudness(outputPath)
    expect(Math.abs(measured.durationSeconds - spec.expectedSeconds)).toBeLessThanOrEqual(0.05)

    expect(Math.abs(measured.integratedLufs - TARGET_LUFS)).toBeLessThanOrEqual(1)
    expect(measured.truePeakDbtp).toBeLessThanOrEqual(CEILING_DBTP)

    const bytes = await readFile(outputPath)
    expect(result.bytes).toBe(bytes.length)
    expect(result.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
    expect(progress.length).toBeGreaterThan(0)
    expect(progress.at(-1)).toBeGreaterThan(20)
    expect(await leftovers(path.dirname(outputPath))).toEqual([])
  })

  it('an abort mid-run kills ffmpeg and leaves neither the output nor a partial file', async () => {
    // 20 × 30 s = 10 minutes of output: long enough to be caught mid-run.
    const long = { path: file('long.wav'), seconds: 30, lufs: -20 }
    const spec = handSpec(Array.from({ length: 20 }, () => long))
    const outDir = file('aborted')
    const outputPath = path.join(outDir, 'chieu.mp3')
    const controller = new AbortController()
    let pid = 0
    let abortedAt = 0
    const error = await renderProgramme(spec, outputPath, {
      signal: controller.signal,
      onSpawn: (p) => (pid = p),
      onProgress: (seconds) => {
        if (seconds > 0 && !abortedAt) {
          abortedAt = seconds
          controller.abort()
        }
      },
    }).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(RenderError)
    expect((error as RenderError).aborted).toBe(true)
    expect(abortedAt).toBeGreaterThan(0)
    expect(abortedAt).toBeLessThan(600)
    expect(await readdir(outDir)).toEqual([])
    expect(pid).toBeGreaterThan(0)
    expect(() => process.kill(pid, 0)).toThrow()
  })

  it('an abort before ffmpeg exists (fluent-ffmpeg is still preparing) kills it as soon as it starts', async () => {
    const long = { path: file('long.wav'), seconds: 30, lufs: -20 }
    const output = file('aborted-early.mp3')
    const controller = new AbortController()
    let pid = 0
    const pending = runFfmpeg(renderJob(handSpec([long, long]), output), { signal: controller.signal, onSpawn: (p) => (pid = p) })
    // fluent-ffmpeg checks formats and encoders asynchronously first: nothing is spawned yet.
    expect(pid).toBe(0)
    controller.abort()
    const result = await pending
    expect(result.aborted).toBe(true)
    expect(result.code).toBeNull()
    expect(result.signal).toBe('SIGKILL')
    expect(pid).toBeGreaterThan(0)
    expect(() => process.kill(pid, 0)).toThrow()
  })

  it('a failing render (missing input) rejects with the ffmpeg log tail and leaves an old file untouched', async () => {
    const outDir = file('failing')
    await mkdir(outDir, { recursive: true })
    const outputPath = path.join(outDir, 'toi.mp3')
    await writeFile(outputPath, 'previous programme')
    const spec = handSpec([{ path: file('khong-co.mp3'), seconds: 5, lufs: -16 }, { gap: 0.8 }])

    const error = await renderProgramme(spec, outputPath).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(RenderError)
    const failure = error as RenderError
    expect(failure.aborted).toBe(false)
    expect(failure.message).toMatch(/Dựng chương trình thất bại/)
    expect(failure.logTail).toContain('khong-co.mp3')
    expect(failure.logTail).toMatch(/No such file or directory/)
    expect(await readFile(outputPath, 'utf8')).toBe('previous programme')
    expect(await leftovers(outDir)).toEqual([])
  })

  it('an already-aborted signal starts nothing', async () => {
    const outputPath = file('never/x.mp3')
    const error = await renderProgramme(handSpec([quiet]), outputPath, { signal: AbortSignal.abort() }).catch((e: unknown) => e)
    expect((error as RenderError).aborted).toBe(true)
    await expect(readdir(path.dirname(outputPath))).rejects.toThrow()
  })
})

describe('cleanStalePartials', () => {
  it('removes old leftover partial files, and fresh ones whose process is gone, in date folders too', async () => {
    const folder = file('stale')
    const day = path.join(folder, '2027-03-02')
    await mkdir(day, { recursive: true })
    // A pid that certainly existed and has exited (reuse within the test is not a concern).
    const deadPid = spawnSync('true').pid
    const old = path.join(folder, `.sang.mp3.${process.pid}.deadbeef.partial.mp3`)
    const fresh = path.join(folder, `.chieu.mp3.${process.pid}.cafebabe.partial.mp3`)
    const orphaned = path.join(day, `.trua.mp3.${deadPid}.0badf00d.partial.mp3`)
    const programme = path.join(folder, 'sang.mp3')
    for (const name of [old, fresh, orphaned, programme]) await writeFile(name, 'x')
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000)
    await utimes(old, twoHoursAgo, twoHoursAgo)
    await utimes(programme, twoHoursAgo, twoHoursAgo)

    expect((await cleanStalePartials(folder, 3600_000)).sort()).toEqual([orphaned, old].sort())
    expect((await readdir(folder)).sort()).toEqual([`.chieu.mp3.${process.pid}.cafebabe.partial.mp3`, '2027-03-02', 'sang.mp3'])
    expect(await readdir(day)).toEqual([])
    expect(await cleanStalePartials(file('does-not-exist'))).toEqual([])
  })
})
