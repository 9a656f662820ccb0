import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { runFfmpeg } from './run'

export type JoinOptions = {
  signal?: AbortSignal
  /** Output sample rate; speech from the providers is 16–24 kHz, 44.1 kHz matches the programmes. */
  sampleRate?: number
}

/** `message` is Vietnamese; `detail` is for the log. */
export class AudioJoinError extends Error {
  constructor(
    message: string,
    readonly detail: string,
    readonly aborted = false,
  ) {
    super(message)
    this.name = 'AudioJoinError'
  }
}

/**
 * Joins audio files end to end into one MP3 (mono, 128 kbps) at `outputPath`, in the order given.
 * Used for a long text a provider spoke in several parts.
 *
 * One ffmpeg run with the concat filter: each part is decoded (whatever its container: providers
 * answer MP3 or WAV), brought to one sample rate and mono, then concatenated and encoded. ffmpeg
 * streams from the files, so memory does not grow with length. The concat demuxer with `-c copy`
 * would be cheaper but glues MP3 frames with their encoder padding and breaks when parts differ in
 * sample rate. The result is written to a hidden temp file beside the target, fsynced and renamed,
 * so `outputPath` is either absent/untouched or complete; `-f mp3` because callers may choose any
 * name (synthesiseClip uses `.audio`).
 */
export async function joinAudioFiles(parts: string[], outputPath: string, options: JoinOptions = {}): Promise<string> {
  if (parts.length === 0) throw new AudioJoinError('Không có phần âm thanh nào để ghép.', 'joinAudioFiles: no parts')
  const sampleRate = options.sampleRate ?? 44100
  const temp = path.join(path.dirname(outputPath), `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.partial.mp3`)
  const prepare = parts.map((_, i) => `[${i}:a:0]aresample=${sampleRate},aformat=sample_fmts=fltp:channel_layouts=mono[p${i}]`)
  const graph = `${prepare.join(';')};${parts.map((_, i) => `[p${i}]`).join('')}concat=n=${parts.length}:v=0:a=1[out]`
  try {
    const run = await runFfmpeg(
      {
        inputs: parts.map((source) => ({ source })),
        complexFilter: { graph, map: '[out]' },
        outputOptions: ['-map_metadata', '-1', '-c:a', 'libmp3lame', '-b:a', '128k', '-ac', '1', '-ar', String(sampleRate), '-f', 'mp3'],
        output: temp,
      },
      { signal: options.signal },
    )
    if (run.aborted) throw new AudioJoinError('Đã hủy ghép âm thanh.', 'joinAudioFiles aborted', true)
    if (run.code !== 0) {
      throw new AudioJoinError('Không ghép được các phần âm thanh thành một tệp.', `ffmpeg exited with ${run.code ?? run.signal}: ${run.tail.slice(-5).join(' | ')}`)
    }
    const handle = await open(temp, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, outputPath)
    return outputPath
  } finally {
    await rm(temp, { force: true })
  }
}
