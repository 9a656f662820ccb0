/**
 * A ProgrammePlan as one ffmpeg run, described as plain data (src/audio turns it into arguments).
 *
 * One run rather than one per clip: every clip is resampled, made mono and gain-matched, silences
 * are generated in the graph, everything is concatenated and limited once, then encoded once. That
 * keeps a single lossy encode and makes the result reproducible from the plan alone.
 */
import type { ClipRef, ProgrammePlan, ProgrammeSegment, RenderSpec, StationSettings } from './types'

/**
 * alimiter (https://ffmpeg.org/ffmpeg-filters.html#alimiter) limits *sample* peaks; the true
 * (inter-sample) peak of the decoded MP3 can exceed them, and the encoder itself adds overshoot.
 * Aiming 1 dB below the station's true-peak ceiling keeps the broadcast file under it in practice.
 */
export const TRUE_PEAK_MARGIN_DB = 1.0

/** alimiter's `limit` option accepts 0.0625 (−24 dBFS) to 1 (0 dBFS). */
const LIMIT_MIN = 0.0625
const LIMIT_MAX = 1

/**
 * Most a clip is ever raised, in dB. A near-silent clip (-50 LUFS: a recorder left running, a
 * phone in a pocket) is mostly room noise and hiss; matching it to -16 LUFS would add +34 dB and
 * broadcast that hiss at full level, and the limiter cannot tell it from speech. 20 dB still
 * covers a quiet but genuine recording (a phone held too far away measures around -31 LUFS).
 * Cuts are not capped: lowering a loud clip never amplifies noise.
 */
export const MAX_CLIP_GAIN_DB = 20

/**
 * Gain bringing a clip measured at upload to the station's loudness target, in dB, as ffmpeg's
 * volume filter reads it ("15.00"), at most MAX_CLIP_GAIN_DB. Unknown loudness: no gain, better
 * than guessing.
 */
export function clipGainDb(clip: Pick<ClipRef, 'loudnessLufs'>, targetLufs: number): string {
  if (clip.loudnessLufs === null || !Number.isFinite(clip.loudnessLufs)) return '0.00'
  const gain = Math.min(MAX_CLIP_GAIN_DB, Math.round((targetLufs - clip.loudnessLufs) * 100) / 100)
  // Avoid printing "-0.00" for a gain that rounds to zero.
  return (gain === 0 ? 0 : gain).toFixed(2)
}

/** alimiter's linear `limit` for a true-peak ceiling in dBTP, margin included, 4 decimals. */
export function limiterLinear(truePeakDbtp: number): string {
  const linear = 10 ** ((truePeakDbtp - TRUE_PEAK_MARGIN_DB) / 20)
  return Math.min(LIMIT_MAX, Math.max(LIMIT_MIN, linear)).toFixed(4)
}

/** Seconds as ffmpeg reads a duration: plain decimal, at most millisecond precision. */
function durationArg(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000)
}

/**
 * A segment shorter than its clip (the station filler's last repetition) is cut to its planned
 * length, so every later segment starts where the plan says, and fades out over its last seconds.
 * atrim (https://ffmpeg.org/ffmpeg-filters.html#atrim) keeps the first `duration` seconds;
 * asetpts restarts the timestamps at 0 so afade's `st` counts from the segment's own start.
 */
function cutShort(segment: ProgrammeSegment): string {
  if (!segment.clip || toMs(segment.durationSeconds) >= toMs(segment.clip.durationSeconds)) return ''
  const fade = segment.fadeOutSeconds && segment.fadeOutSeconds > 0 ? Math.min(segment.fadeOutSeconds, segment.durationSeconds) : 0
  const trim = `,atrim=duration=${durationArg(segment.durationSeconds)},asetpts=PTS-STARTPTS`
  return fade > 0 ? `${trim},afade=t=out:st=${durationArg(segment.durationSeconds - fade)}:d=${durationArg(fade)}` : trim
}

const toMs = (seconds: number) => Math.round(seconds * 1000)

export function buildRenderSpec(plan: ProgrammePlan, station: StationSettings): RenderSpec {
  const rate = station.output.sampleRate
  const inputs: string[] = []
  const chains: string[] = []
  const pads: string[] = []
  let gapCount = 0

  for (const segment of plan.segments) {
    if (segment.kind === 'gap') {
      if (segment.durationSeconds <= 0) continue
      // aevalsrc: first positional option is `exprs` ("0" = silence); d = duration,
      // s = sample_rate, c = channel_layout. Same rate/layout as the clips, so concat needs no
      // conversion beyond ffmpeg's automatic sample-format negotiation.
      const pad = `[g${gapCount++}]`
      chains.push(`aevalsrc=0:d=${durationArg(segment.durationSeconds)}:s=${rate}:c=mono${pad}`)
      pads.push(pad)
      continue
    }
    if (!segment.clip) {
      // Rendering around it would shift every later segment and break "listen again" offsets.
      throw new Error(
        `Không dựng được chương trình ${plan.slotSlug} ngày ${plan.date}: đoạn "${segment.title}" (${segment.kind}) không có tệp âm thanh`,
      )
    }
    // Each occurrence is its own input, even for the same file (e.g. a jingle twice): an input
    // stream can be consumed by only one filter chain.
    const index = inputs.length
    inputs.push(segment.clip.path)
    const pad = `[s${index}]`
    chains.push(
      `[${index}:a]aresample=${rate},aformat=sample_fmts=fltp:channel_layouts=mono,` +
        `volume=${clipGainDb(segment.clip, station.loudnessTargetLufs)}dB${cutShort(segment)}${pad}`,
    )
    pads.push(pad)
  }

  if (inputs.length === 0) {
    throw new Error(`Không dựng được chương trình ${plan.slotSlug} ngày ${plan.date}: không có đoạn âm thanh nào để phát`)
  }

  chains.push(`${pads.join('')}concat=n=${pads.length}:v=0:a=1[joined]`)
  // level=false: alimiter would otherwise re-normalise its output and undo the loudness matching.
  chains.push(`[joined]alimiter=limit=${limiterLinear(station.truePeakDbtp)}:attack=5:release=50:level=false[out]`)

  return {
    inputs,
    filterComplex: chains.join(';'),
    outputOptions: [
      '-ar',
      String(rate),
      '-ac',
      String(station.output.channels),
      '-c:a',
      'libmp3lame',
      '-b:a',
      `${station.output.bitrateKbps}k`,
    ],
    expectedSeconds: plan.totalSeconds,
  }
}
