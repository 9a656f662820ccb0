import { stat } from 'node:fs/promises'
import ffmpeg from 'fluent-ffmpeg'
import { resolveFfmpegBinaries } from './binaries'
import { storedAudioExtension } from './formats'
import { runFfmpeg } from './run'

export type AudioProbe = {
  durationSeconds: number
  sampleRate: number
  channels: number
  codec: string
  formatName: string
  bitRate: number | null
}

export type AudioLoudness = { integratedLufs: number; truePeakDbtp: number; durationSeconds: number }

export type AudioProbeErrorCode =
  | 'not-found'
  | 'empty'
  | 'too-large'
  | 'undecodable'
  | 'unsupported-format'
  | 'no-audio'
  | 'no-duration'
  | 'truncated'
  | 'decode-errors'

/** `message` is shown to the editor as is (Vietnamese); `detail` is English, for the server log. */
export class AudioProbeError extends Error {
  readonly code: AudioProbeErrorCode
  readonly detail: string
  constructor(code: AudioProbeErrorCode, message: string, detail: string) {
    super(message)
    this.name = 'AudioProbeError'
    this.code = code
    this.detail = detail
  }
}

const ACCEPTED = 'Hãy tải lên tệp MP3, WAV, OGG, M4A hoặc FLAC.'

const MB = 1024 * 1024
const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 })

/**
 * Containers that may state no length at all: a browser's MediaRecorder writes WebM as it records
 * (to a stream it cannot seek back into), so Chromium's recordings have no Duration element and
 * ffprobe says "N/A". Their length is what decodes (decodeAndMeasure). Any other container without
 * a length is refused as before.
 */
const LIVE_WRITTEN_FORMATS = new Set(['matroska,webm'])

/** Reads the container with ffprobe (via fluent-ffmpeg); decodes nothing, so it is fast. */
export async function probeAudio(file: string): Promise<AudioProbe> {
  const probe = await probeContainer(file)
  if (probe.durationSeconds === null) throw noDuration(file, probe.formatName)
  return { ...probe, durationSeconds: probe.durationSeconds }
}

/** ffprobe's answer, with durationSeconds null only for a live-written container that states none. */
async function probeContainer(file: string): Promise<Omit<AudioProbe, 'durationSeconds'> & { durationSeconds: number | null }> {
  const size = await fileSize(file)
  if (size === 0) throw new AudioProbeError('empty', 'Tệp rỗng (0 byte). Hãy chọn lại tệp âm thanh.', `${file}: zero bytes`)

  const data = await ffprobe(file)
  const formatName = String(data.format.format_name ?? '')
  // Only containers on the list in ./formats (matched whole), which also names the stored file.
  if (storedAudioExtension(formatName) === null) {
    throw new AudioProbeError(
      'unsupported-format',
      `Tệp không phải âm thanh hợp lệ (không nhận ra định dạng). ${ACCEPTED}`,
      `${file}: container format "${formatName || 'unknown'}" is not on the accepted list`,
    )
  }
  const audio = data.streams.find((s) => s.codec_type === 'audio')
  if (!audio) {
    const kinds = data.streams.map((s) => s.codec_type).join(', ') || 'none'
    throw new AudioProbeError(
      'no-audio',
      `Tệp không có tiếng (không có luồng âm thanh, có thể là video không tiếng). ${ACCEPTED}`,
      `${file}: no audio stream (streams: ${kinds}; format ${data.format.format_name})`,
    )
  }
  // Container duration first (it covers the whole file); a stream's own is the fallback. ffprobe
  // prints "N/A" for unknown values, which fluent-ffmpeg leaves as a string.
  const durationSeconds = positive(data.format.duration) ?? positive(audio.duration)
  if (durationSeconds === null && !LIVE_WRITTEN_FORMATS.has(formatName)) {
    throw noDuration(file, formatName, `format ${data.format.duration}, stream ${audio.duration}`)
  }
  return {
    durationSeconds,
    sampleRate: positive(audio.sample_rate) ?? 0,
    channels: positive(audio.channels) ?? 0,
    codec: String(audio.codec_name ?? 'unknown'),
    formatName,
    bitRate: positive(data.format.bit_rate) ?? positive(audio.bit_rate),
  }
}

function noDuration(file: string, formatName: string, detail = 'stated by neither the container nor the stream'): AudioProbeError {
  return new AudioProbeError(
    'no-duration',
    `Không đọc được thời lượng của tệp âm thanh, hoặc tệp dài 0 giây. ${ACCEPTED}`,
    `${file}: duration unreadable or zero (${formatName}: ${detail})`,
  )
}

/** Probes first: the decoded length is checked against what the container states (truncation). */
export async function measureLoudness(file: string): Promise<AudioLoudness> {
  return decodeAndMeasure(file, await probeContainer(file))
}

/**
 * What the upload hook runs: the size check first (cheap, and the file may be huge), then the
 * container probe, then a full decode that measures loudness and proves the file plays to the end.
 */
export async function validateAudioUpload(
  file: string,
  options: { maxBytes: number },
): Promise<{ probe: AudioProbe; loudness: AudioLoudness }> {
  const size = await fileSize(file)
  if (size > options.maxBytes) {
    throw new AudioProbeError(
      'too-large',
      `Tệp quá lớn (${viNumber.format(size / MB)} MB). Giới hạn là ${viNumber.format(options.maxBytes / MB)} MB.`,
      `${file}: ${size} bytes exceeds the limit of ${options.maxBytes}`,
    )
  }
  const probe = await probeContainer(file)
  const loudness = await decodeAndMeasure(file, probe)
  // A live-written WebM (a browser recording) is as long as what decoded.
  return { probe: { ...probe, durationSeconds: probe.durationSeconds ?? loudness.durationSeconds }, loudness }
}

/**
 * One decode of the first audio stream through ebur128 (framelog=verbose keeps its 10-per-second
 * lines out of the info log; the Summary is still printed). Refuses the file when ffmpeg fails,
 * logs decoding errors (a damaged middle), or decodes clearly less than the container states.
 *
 * Why the duration comparison: ffmpeg decodes a truncated MP3 without a single error (the cut
 * last frame is dropped silently). The Xing/LAME header written by encoders still states the
 * full length, so ffprobe says 10 s while only 3 s decode. Limits, documented rather than hidden:
 * a header-less CBR MP3, a WAV (ffmpeg clamps the RIFF size to the file) or an Ogg file cut short
 * reports the cut length and is accepted as a shorter, valid recording; a cut M4A usually lacks its
 * moov atom and fails the probe.
 */
async function decodeAndMeasure(file: string, probe: Pick<AudioProbe, 'formatName'> & { durationSeconds: number | null }): Promise<AudioLoudness> {
  // Output "-" with the null muxer writes nothing (fluent-ffmpeg adds a harmless -y for it).
  const run = await runFfmpeg(
    {
      inputs: [{ source: file }],
      outputOptions: ['-map', '0:a:0', '-af', 'ebur128=peak=true:framelog=verbose', '-f', 'null'],
      output: '-',
    },
    { tailLines: 60 },
  )
  const log = run.tail.join('\n')
  if (run.code !== 0) {
    throw new AudioProbeError(
      'undecodable',
      `Tệp không phải âm thanh hợp lệ (không giải mã được). ${ACCEPTED}`,
      `${file}: ffmpeg exited with ${run.code ?? run.signal}: ${lastLines(run.tail, 5)}`,
    )
  }
  if (run.errorCount > 0) {
    throw new AudioProbeError(
      'decode-errors',
      `Tệp âm thanh bị hỏng (${run.errorCount} lỗi khi giải mã). Hãy xuất lại tệp từ bản gốc rồi tải lên.`,
      `${file}: ${run.errorCount} decoding errors, first: ${run.errors.slice(0, 3).join(' | ')}`,
    )
  }
  const decoded = run.outSeconds ?? 0
  // A live-written WebM states no length to compare with (like a cut Ogg file, a cut recording is
  // accepted as a shorter one); it must still decode to something.
  if (decoded <= 0 && probe.durationSeconds === null) throw noDuration(file, probe.formatName, 'nothing decoded')
  const stated = probe.durationSeconds ?? decoded
  // Encoder delay and padding make MP3 container durations ~30 ms longer than what decodes;
  // a real cut loses seconds, so the tolerance is generous.
  const tolerance = Math.max(0.5, stated * 0.02)
  if (decoded <= 0 || stated - decoded > tolerance) {
    throw new AudioProbeError(
      'truncated',
      `Tệp âm thanh bị cắt cụt hoặc tải lên chưa hết (chỉ giải mã được ${viNumber.format(decoded)} trên ` +
        `${viNumber.format(stated)} giây). Hãy tải lại tệp gốc.`,
      `${file}: decoded ${decoded.toFixed(3)} s of ${stated.toFixed(3)} s stated by the container`,
    )
  }
  const summary = parseEbur128Summary(log)
  if (!summary) {
    throw new AudioProbeError(
      'undecodable',
      `Tệp không phải âm thanh hợp lệ (không đo được âm lượng). ${ACCEPTED}`,
      `${file}: no ebur128 summary in ffmpeg output: ${lastLines(run.tail, 5)}`,
    )
  }
  // -70 LUFS is ebur128's floor: every block fell under the absolute gate (silence, or hiss at
  // most). It is "not measurable", not a level; a gain computed from it would add ~54 dB of noise.
  const integratedLufs = summary.integratedLufs <= -70 ? -Infinity : summary.integratedLufs
  return { integratedLufs, truePeakDbtp: summary.truePeakDbtp, durationSeconds: decoded }
}

/**
 * Reads "I: -16.0 LUFS" and, under "True peak:", "Peak: -1.2 dBFS" from the Summary block.
 * Digital silence gives "-inf" (returned as -Infinity; the caller stores null) and I = -70.0.
 * Values are returned as printed; decodeAndMeasure decides what -70 means.
 */
export function parseEbur128Summary(log: string): { integratedLufs: number; truePeakDbtp: number } | null {
  const start = log.lastIndexOf('Summary:')
  if (start < 0) return null
  const summary = log.slice(start)
  const integrated = /\bI:\s*(-?inf|-?\d+(?:\.\d+)?)\s*LUFS/.exec(summary)
  const peakSection = summary.slice(Math.max(0, summary.indexOf('True peak:')))
  const peak = summary.includes('True peak:') ? /Peak:\s*(-?inf|-?\d+(?:\.\d+)?)\s*dBFS/.exec(peakSection) : null
  if (!integrated || !peak) return null
  return { integratedLufs: toNumber(integrated[1]), truePeakDbtp: toNumber(peak[1]) }
}

function toNumber(text: string): number {
  if (text === '-inf') return -Infinity
  if (text === 'inf') return Infinity
  return Number(text)
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new AudioProbeError('not-found', 'Không tìm thấy tệp âm thanh trên máy chủ.', `${file}: ${code ?? error}`)
  }
}

function ffprobe(file: string): Promise<ffmpeg.FfprobeData> {
  const { ffprobe: ffprobePath } = resolveFfmpegBinaries()
  return new Promise((resolve, reject) => {
    // fluent-ffmpeg 2.1.3 stores this path module-wide even when set on a command; every command
    // sets it from resolveFfmpegBinaries, so they all agree (see ffmpegCommand in ./run).
    ffmpeg(file)
      .setFfprobePath(ffprobePath)
      .ffprobe((error: Error | null, data: ffmpeg.FfprobeData) => {
        if (!error) return resolve(data)
        reject(
          new AudioProbeError(
            'undecodable',
            `Tệp không phải âm thanh hợp lệ (không giải mã được). ${ACCEPTED}`,
            `${file}: ffprobe failed: ${error.message.trim().split('\n').slice(-3).join(' | ')}`,
          ),
        )
      })
  })
}

function positive(value: unknown): number | null {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) && n > 0 ? n : null
}

function lastLines(lines: string[], count: number): string {
  return lines
    .filter((line) => line.trim())
    .slice(-count)
    .join(' | ')
}
