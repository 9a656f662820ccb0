import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { resolveFfmpegBinaries } from '../../src/audio/binaries'

/**
 * Listening to the air in on-air tests: wait for the Icecast mount, record it as a listener hears it,
 * and read tones out of the recording. Each item on air is a tone of its own pitch (or a sweep whose
 * pitch tells the position), so the joins between items can be timed from the recording.
 *
 * Recording time → wall clock: each decoded chunk arrives no earlier than it aired, so the origin of
 * the recording is the minimum over chunks of (arrival − position). Transport delays only make a
 * measured instant later, never earlier, so the bounds the tests check are conservative.
 */

/** Recordings are mono PCM at this rate: enough for tones up to 4 kHz. */
export const RATE = 8000
/** Analysis window: 400 samples = 50 ms. */
export const WINDOW = 400

/** Resolves once Icecast reports a source on the mount (Liquidsoap connected), else throws. */
export async function mountIsLive(listenUrl: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const status = await fetch(listenUrl.replace(/\/[^/]+$/, '/status-json.xsl')).then((r) => r.json() as Promise<{ icestats?: { source?: unknown } }>)
    if (status.icestats?.source) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error('the mount never went live')
}

export type Recording = { samples: Int16Array; originMs: number }

/**
 * Records the mount for `seconds` of wall-clock time, as mono PCM at RATE, with the wall-clock origin
 * of its first sample. By the clock, not by the audio's length: Icecast sends a listener a burst of
 * what it has buffered (up to 4 s at 128 kbit/s) and an engine catching up after a stall sends
 * faster than real time, so `seconds` of audio can end seconds before the instant a test waits for.
 */
export function recordMount(url: string, seconds: number): Promise<Recording> {
  return new Promise((resolve, reject) => {
    const { ffmpeg } = resolveFfmpegBinaries()
    const child = spawn(ffmpeg, ['-nostdin', '-loglevel', 'error', '-i', url, '-t', String(seconds + 30), '-f', 's16le', '-ac', '1', '-ar', String(RATE), 'pipe:1'])
    const chunks: Buffer[] = []
    let bytes = 0
    let originMs = Infinity
    child.stdout.on('data', (chunk: Buffer) => {
      const arrival = Date.now()
      chunks.push(chunk)
      bytes += chunk.length
      originMs = Math.min(originMs, arrival - (bytes / 2 / RATE) * 1000)
    })
    let errors = ''
    child.stderr.on('data', (d) => (errors += d))
    child.on('error', reject)
    const stopAt = setTimeout(() => child.kill('SIGINT'), Math.max(0, seconds * 1000))
    const killAt = setTimeout(() => child.kill('SIGKILL'), Math.max(0, seconds * 1000) + 5000)
    child.on('exit', () => {
      clearTimeout(stopAt)
      clearTimeout(killAt)
      // Only whole samples: a kill can cut the pipe between the two bytes of one.
      const all = Buffer.concat(chunks)
      const whole = all.subarray(0, all.length - (all.length % 2))
      if (whole.length === 0) reject(new Error(`ffmpeg recording failed: ${errors}`))
      else resolve({ samples: new Int16Array(whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.length)), originMs })
    })
  })
}

/** Mean frequency over samples [from, to) from zero crossings, or null when silent (RMS under 1 %). */
export function hzBetween(samples: Int16Array, from: number, to: number): number | null {
  const start = Math.max(0, from)
  const stop = Math.min(to, samples.length)
  let crossings = 0
  let energy = 0
  for (let i = start; i < stop; i++) {
    energy += samples[i] * samples[i]
    if (i > start && (samples[i - 1] < 0) !== (samples[i] < 0)) crossings++
  }
  const n = to - from
  if (n <= 0 || Math.sqrt(energy / n) / 32768 < 0.01) return null
  return (crossings / 2) * (RATE / n)
}

/** Per WINDOW: the tone's frequency, or null when silent. */
export function toneWindows(samples: Int16Array): (number | null)[] {
  const out: (number | null)[] = []
  for (let w = 0; (w + 1) * WINDOW <= samples.length; w++) out.push(hzBetween(samples, w * WINDOW, (w + 1) * WINDOW))
  return out
}

/** True when `hz` is within `tolerance` (a share of `expected`) of the expected pitch. */
export const nearHz = (hz: number | null, expected: number, tolerance = 0.12) => hz !== null && Math.abs(hz - expected) <= expected * tolerance

/** Wall-clock ms of window `w`'s start in a recording whose first sample aired at `originMs`. */
export const windowStartMs = (originMs: number, w: number) => originMs + (w * WINDOW * 1000) / RATE

/**
 * A sweep whose pitch tells the position: `from` Hz at 0 s, rising `perSecond` Hz each second, so
 * the recording shows where in a file the air is, not only which file.
 */
export type Sweep = { from: number; perSecond: number; seconds: number }

export function writeSweep(file: string, sweep: Sweep): string {
  mkdirSync(path.dirname(file), { recursive: true })
  const { ffmpeg } = resolveFfmpegBinaries()
  // Phase 2π(f0·t + k·t²/2): instantaneous frequency f0 + k·t.
  const expr = `0.25*sin(2*PI*(${sweep.from}*t+${sweep.perSecond / 2}*t*t))`
  execFileSync(ffmpeg, ['-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `aevalsrc=${expr}:s=44100:d=${sweep.seconds}`, '-c:a', 'libmp3lame', '-b:a', '128k', file])
  return file
}

/** The position in a sweep, seconds, that a measured pitch stands for. */
export const sweepPosition = (sweep: Sweep, hz: number) => (hz - sweep.from) / sweep.perSecond
