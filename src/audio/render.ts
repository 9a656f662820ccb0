import { createHash, randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { RenderSpec } from '../broadcast/types'
import { AudioProbeError, probeAudio } from './probe'
import { COMMON_ARGS, type FfmpegJob, runFfmpeg } from './run'

export type RenderResult = { outputPath: string; durationSeconds: number; sha256: string; bytes: number; logTail: string }

export type RenderOptions = {
  /** Seconds of programme encoded so far. */
  onProgress?: (seconds: number) => void
  /** Aborting kills ffmpeg and removes the partial file. */
  signal?: AbortSignal
  /** The ffmpeg pid, for callers that watch memory (the bench). */
  onSpawn?: (pid: number) => void
}

/** `message` is Vietnamese, for the technician's screen; `detail` and `logTail` are for the log. */
export class RenderError extends Error {
  readonly detail: string
  readonly logTail: string
  readonly aborted: boolean
  constructor(message: string, detail: string, logTail: string, aborted = false) {
    super(message)
    this.name = 'RenderError'
    this.detail = detail
    this.logTail = logTail
    this.aborted = aborted
  }
}

const PARTIAL_SUFFIX = '.partial.mp3'

/**
 * The exact ffmpeg argument list for one render. Pure, so tests can pin it; a test also checks
 * that the fluent-ffmpeg command built from renderJob() runs exactly this list.
 * -map_metadata -1: otherwise ffmpeg copies the first input's tags (the intro's title, say) into
 * the programme file. -y: the temp name is fresh, but ffmpeg would otherwise ask (and -nostdin
 * turns that question into a failure). It sits right after the inputs because that is where
 * fluent-ffmpeg adds it for file outputs; ffmpeg reads it as a global option wherever it appears.
 */
export function buildFfmpegArgs(spec: RenderSpec, tempPath: string): string[] {
  return [
    ...COMMON_ARGS,
    ...spec.inputs.flatMap((input) => ['-i', input]),
    '-y',
    '-filter_complex',
    spec.filterComplex,
    '-map',
    '[out]',
    '-map_metadata',
    '-1',
    ...spec.outputOptions,
    tempPath,
  ]
}

/** The same render as a job for runFfmpeg (ffmpegCommand adds COMMON_ARGS, fluent-ffmpeg adds -y). */
export function renderJob(spec: RenderSpec, tempPath: string): FfmpegJob {
  return {
    inputs: spec.inputs.map((source) => ({ source })),
    complexFilter: { graph: spec.filterComplex, map: '[out]' },
    outputOptions: ['-map_metadata', '-1', ...spec.outputOptions],
    output: tempPath,
  }
}

/** `.<name>.<pid>.<random>.partial.mp3` beside the target: same filesystem, so rename is atomic. */
export function partialPathFor(outputPath: string): string {
  const dir = path.dirname(outputPath)
  const name = path.basename(outputPath)
  return path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`)
}

/**
 * Renders `spec` in one ffmpeg run into a hidden temp file, checks it, then fsyncs and renames it
 * onto outputPath. Whatever happens (ffmpeg error, abort, unreadable result), outputPath is either
 * untouched or the complete new file, and the temp file is removed; only a crash of this process
 * can leave a temp file, which cleanStalePartials removes on the next run.
 */
export async function renderProgramme(spec: RenderSpec, outputPath: string, options: RenderOptions = {}): Promise<RenderResult> {
  if (spec.inputs.length === 0 && !spec.filterComplex.trim()) {
    throw new RenderError('Chương trình trống, không có gì để dựng.', 'empty RenderSpec', '')
  }
  if (options.signal?.aborted) throw abortedError('')

  const target = path.resolve(outputPath)
  await mkdir(path.dirname(target), { recursive: true })
  const temp = partialPathFor(target)
  try {
    const run = await runFfmpeg(renderJob(spec, temp), options)
    const logTail = run.tail.join('\n')
    if (run.aborted) throw abortedError(logTail)
    if (run.code !== 0) {
      throw new RenderError(
        'Dựng chương trình thất bại (ffmpeg báo lỗi). Xem nhật ký để biết chi tiết.',
        `ffmpeg exited with ${run.code ?? run.signal}: ${run.errors.slice(0, 3).join(' | ')}`,
        logTail,
      )
    }
    await fsyncFile(temp)
    const { size: bytes } = await stat(temp)
    let durationSeconds: number
    try {
      durationSeconds = (await probeAudio(temp)).durationSeconds
    } catch (error) {
      const detail = error instanceof AudioProbeError ? error.detail : String(error)
      throw new RenderError('Tệp chương trình vừa dựng không đọc được.', `rendered file unreadable: ${detail}`, logTail)
    }
    const sha256 = await sha256File(temp)
    // Last chance to honour an abort: after the rename the new file is published.
    if (options.signal?.aborted) throw abortedError(logTail)
    await rename(temp, target)
    await fsyncDir(path.dirname(target))
    return { outputPath: target, durationSeconds, sha256, bytes, logTail }
  } catch (error) {
    await rm(temp, { force: true })
    if (error instanceof RenderError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new RenderError('Dựng chương trình thất bại.', message, '')
  }
}

/** The pid written into a partial's name by partialPathFor, or null for a name it did not make. */
export function partialOwnerPid(name: string): number | null {
  const match = /\.(\d+)\.[0-9a-f]{8}\.partial\.mp3$/.exec(name)
  return match ? Number(match[1]) : null
}

function processIsGone(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Removes `.*.partial.mp3` files left behind when a process died mid-render, in `dir` and its
 * subfolders (programmes/<date>/). A partial is stale at once when the process named
 * in it no longer exists, else once it is older than `olderThanMs`: that age guard keeps a render
 * running in another live process (a second worker, a manual run) from losing its temp file.
 * Returns the removed paths.
 */
export async function cleanStalePartials(dir: string, olderThanMs = 60 * 60 * 1000): Promise<string[]> {
  let entries: import('node:fs').Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const removed: string[] = []
  const cutoff = Date.now() - olderThanMs
  for (const entry of entries) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory() && !entry.name.startsWith('.')) {
      removed.push(...(await cleanStalePartials(file, olderThanMs).catch(() => [])))
      continue
    }
    if (!entry.isFile() || !entry.name.startsWith('.') || !entry.name.endsWith(PARTIAL_SUFFIX)) continue
    try {
      const pid = partialOwnerPid(entry.name)
      const ownerGone = pid !== null && pid !== process.pid && processIsGone(pid)
      if (!ownerGone && (await stat(file)).mtimeMs > cutoff) continue
      await rm(file, { force: true })
      removed.push(file)
    } catch {
      // vanished meanwhile (another cleaner): nothing to do
    }
  }
  return removed
}

/** Streams the file through the hash: programmes can be long, memory stays flat. */
export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

function abortedError(logTail: string): RenderError {
  return new RenderError('Đã huỷ việc dựng chương trình.', 'render aborted', logTail, true)
}

/** ffmpeg closes the file but does not fsync it; without this a power cut after the rename could
 * leave a complete-looking name pointing at missing data. */
async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Persists the rename itself. Not possible on every platform (Windows), hence best effort. */
async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // directory fsync unsupported here; the file data itself is already synced
  }
}
