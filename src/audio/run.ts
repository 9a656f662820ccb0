import type { ChildProcess } from 'node:child_process'
import ffmpeg from 'fluent-ffmpeg'
import { resolveFfmpegBinaries } from './binaries'
import { ffmpegLauncher } from './launcher'

/**
 * One ffmpeg run as plain data. Callers outside src/audio (tests, the bench) describe runs this way,
 * so fluent-ffmpeg stays an implementation detail of this folder and can be swapped.
 * Options are passed verbatim: `inputs[].options` go before that input's `-i`, `outputOptions`
 * before `output`. `-y` is added by fluent-ffmpeg for file outputs; do not repeat it.
 */
export type FfmpegJob = {
  inputs: { source: string; options?: string[] }[]
  /** A -filter_complex graph and the one output pad mapped to the output file. */
  complexFilter?: { graph: string; map: string }
  outputOptions: string[]
  output: string
}

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
 * gives machine-readable progress on stdout. (It does not stop an orphan: Node ignores SIGPIPE and
 * its children inherit that, and ffmpeg carries on when a progress write fails; measured 10 of 10
 * orphans after kill -9. launcher.ts is what ends ffmpeg with its parent.) -loglevel level+info prefixes each stderr
 * line with its level, so errors are recognised without guessing at message wording.
 * -nostats stays: fluent-ffmpeg's own 'progress' event parses those stats lines, but registering
 * it also makes fluent-ffmpeg run ffprobe on the first input (for a percentage we do not use).
 */
export const COMMON_ARGS = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'level+info', '-progress', 'pipe:1']

const LEVEL_PREFIX = /\[(panic|fatal|error|warning|info|verbose|debug|trace)\] ?/

/**
 * The fluent-ffmpeg command for `job`, not started. Exported so tests can compare
 * `_getArguments()` with the documented argument lists.
 *
 * fluent-ffmpeg has no public setter for global options, so COMMON_ARGS are the first input's
 * options: that puts them first on the command line, as before the port. ffmpeg applies global
 * options wherever they appear, so the input/output they are attached to does not matter.
 * Options are added with several arguments at once because fluent-ffmpeg splits a single string
 * containing one space into two arguments (a value such as "title=Bản tin" would break).
 */
export function ffmpegCommand(job: FfmpegJob): ffmpeg.FfmpegCommand {
  const binaries = resolveFfmpegBinaries()
  // fluent-ffmpeg 2.1.3 keeps these paths in module state despite the per-command API; setting
  // them on every command from resolveFfmpegBinaries keeps that one function the single source.
  // The launcher is ffmpeg itself, or a wrapper that makes it die with this process (see launcher.ts).
  const command = ffmpeg().setFfmpegPath(ffmpegLauncher(binaries.ffmpeg).launcher).setFfprobePath(binaries.ffprobe)
  job.inputs.forEach((input, index) => {
    command.input(input.source)
    addVerbatim((...args) => command.inputOptions(...args), [...(index === 0 ? COMMON_ARGS : []), ...(input.options ?? [])])
  })
  if (job.complexFilter) command.complexFilter(job.complexFilter.graph, job.complexFilter.map)
  command.output(job.output)
  // A graph of generated sources only has no input to carry COMMON_ARGS: the output does.
  const leading = job.inputs.length === 0 ? COMMON_ARGS : []
  addVerbatim((...args) => command.outputOptions(...args), [...leading, ...job.outputOptions])
  return command
}

function addVerbatim(add: (...args: string[]) => unknown, args: string[]): void {
  if (args.length === 0) return
  // Passed alone, an argument with exactly one space is split in two by fluent-ffmpeg.
  if (args.length === 1 && args[0].split(' ').length === 2) throw new Error(`ffmpeg option "${args[0]}" would be split at its space`)
  add(...args)
}

/** Runs `job` through fluent-ffmpeg. Never rejects for exit codes, only when ffmpeg cannot start. */
export function runFfmpeg(job: FfmpegJob, options: FfmpegRunOptions = {}): Promise<FfmpegRunResult> {
  const tailLines = options.tailLines ?? 40
  if (options.signal?.aborted) {
    return Promise.resolve({ code: null, signal: null, aborted: true, tail: [], errors: [], errorCount: 0, outSeconds: null })
  }
  const command = ffmpegCommand(job)
  return new Promise((resolve, reject) => {
    const tail: string[] = []
    const errors: string[] = []
    let errorCount = 0
    let outSeconds: number | null = null
    let aborted = false
    let child: ChildProcess | null = null

    // Before 'start' there is no process yet (fluent-ffmpeg first checks formats and encoders);
    // the flag makes the 'start' handler kill it the moment it exists.
    const onAbort = () => {
      aborted = true
      if (child) command.kill('SIGKILL')
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })

    command.on('start', () => {
      // fluent-ffmpeg sets ffmpegProc just before emitting 'start' (not in its type definitions).
      child = (command as unknown as { ffmpegProc?: ChildProcess }).ffmpegProc ?? null
      if (child?.pid !== undefined) options.onSpawn?.(child.pid)
      // -progress writes to stdout, which fluent-ffmpeg only keeps as a 100-line ring: read it live.
      if (child?.stdout) {
        splitLines(child.stdout, (line) => {
          const seconds = parseOutTime(line)
          if (seconds === null) return
          outSeconds = seconds
          options.onProgress?.(seconds)
        })
      }
      if (aborted) command.kill('SIGKILL')
    })

    // stderr can be megabytes for long files; only a ring of lines and the errors are kept.
    command.on('stderr', (raw: string) => {
      const level = LEVEL_PREFIX.exec(raw)?.[1]
      const line = raw.replace(LEVEL_PREFIX, '')
      if (level === 'error' || level === 'fatal' || level === 'panic') {
        errorCount++
        if (errors.length < 20) errors.push(line)
      }
      tail.push(line)
      if (tail.length > tailLines) tail.shift()
    })

    // fluent-ffmpeg reports an exit code or signal as an 'error'; the caller decides what a
    // failure means, so both events resolve with the process's own exit status.
    const finish = () => {
      options.signal?.removeEventListener('abort', onAbort)
      resolve({ code: child?.exitCode ?? null, signal: child?.signalCode ?? null, aborted, tail, errors, errorCount, outSeconds })
    }
    command.on('end', finish)
    command.on('error', (error: Error) => {
      if (child && (child.exitCode !== null || child.signalCode !== null)) return finish()
      options.signal?.removeEventListener('abort', onAbort)
      reject(new Error(`cannot start ffmpeg (${resolveFfmpegBinaries().ffmpeg}): ${error.message}`))
    })
    command.run()
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
