import { spawn } from 'node:child_process'
import { resolveFfmpegBinaries } from './binaries'

export type FfmpegRunOptions = {
  /** Seconds of output written so far, from `-progress pipe:1`. */
  onProgress?: (seconds: number) => void
  /** Called once the process exists, e.g. to watch its memory in /proc/<pid>/status. */
  onSpawn?: (pid: number) => void
  /** Kills ffmpeg (SIGKILL: its output is thrown away, so a clean trailer is not wanted). */
  signal?: AbortSignal
  /** How many of the last stderr lines to keep for error reports. */
  tailLines?: number
}

export type FfmpegRunResult = {
  code: number | null
  signal: NodeJS.Signals | null
  aborted: boolean
  /** Last stderr lines, level prefixes removed. */
  tail: string[]
  /** Lines ffmpeg logged at error/fatal level (first 20), level prefixes removed. */
  errors: string[]
  errorCount: number
  /** Last out_time reported by -progress, seconds; null when it never reported one. */
  outSeconds: number | null
}

/**
 * Arguments every run gets. -nostdin: ffmpeg must never wait for a key press. -progress pipe:1
 * gives machine-readable progress on stdout (and, as a side effect, ffmpeg dies of a broken pipe
 * if Node crashes, instead of running on as an orphan). -loglevel level+info prefixes each stderr
 * line with its level, so errors are recognised without guessing at message wording.
 */
export const COMMON_ARGS = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'level+info', '-progress', 'pipe:1']

const LEVEL_PREFIX = /\[(panic|fatal|error|warning|info|verbose|debug|trace)\] ?/

/** Runs ffmpeg with `args` (COMMON_ARGS are the caller's to include). Never rejects for exit codes. */
export function runFfmpeg(args: string[], options: FfmpegRunOptions = {}): Promise<FfmpegRunResult> {
  const { ffmpeg } = resolveFfmpegBinaries()
  const tailLines = options.tailLines ?? 40
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      resolve({ code: null, signal: null, aborted: true, tail: [], errors: [], errorCount: 0, outSeconds: null })
      return
    }
    const child = spawn(ffmpeg, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true })
    const tail: string[] = []
    const errors: string[] = []
    let errorCount = 0
    let outSeconds: number | null = null
    let aborted = false

    const onAbort = () => {
      aborted = true
      child.kill('SIGKILL')
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    child.once('spawn', () => {
      if (child.pid !== undefined) options.onSpawn?.(child.pid)
    })

    // stderr can be megabytes for long files; only a ring of lines and the errors are kept.
    splitLines(child.stderr, (raw) => {
      const level = LEVEL_PREFIX.exec(raw)?.[1]
      const line = raw.replace(LEVEL_PREFIX, '')
      if (level === 'error' || level === 'fatal' || level === 'panic') {
        errorCount++
        if (errors.length < 20) errors.push(line)
      }
      tail.push(line)
      if (tail.length > tailLines) tail.shift()
    })
    splitLines(child.stdout, (line) => {
      const seconds = parseOutTime(line)
      if (seconds === null) return
      outSeconds = seconds
      options.onProgress?.(seconds)
    })

    child.once('error', (error) => {
      options.signal?.removeEventListener('abort', onAbort)
      reject(new Error(`cannot start ffmpeg (${ffmpeg}): ${error.message}`))
    })
    child.once('close', (code, signal) => {
      options.signal?.removeEventListener('abort', onAbort)
      resolve({ code, signal, aborted, tail, errors, errorCount, outSeconds })
    })
  })
}

/**
 * `out_time=HH:MM:SS.micro` is read: it means the same in every ffmpeg version, while
 * out_time_ms is microseconds despite its name and out_time_us only exists in newer builds.
 * Before the first packet ffmpeg prints N/A or a huge negative value; both are ignored.
 */
export function parseOutTime(line: string): number | null {
  const match = /^out_time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)\s*$/.exec(line)
  if (!match) return null
  return Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3])
}

function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    const parts = pending.split(/\r\n|\r|\n/)
    pending = parts.pop() ?? ''
    for (const part of parts) onLine(part)
  })
  stream.on('end', () => {
    if (pending) onLine(pending)
  })
}
