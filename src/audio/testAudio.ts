import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { runFfmpeg } from './run'

export type ToneKind = 'sine' | 'speechlike' | 'noise'

export type ToneOptions = {
  seconds: number
  /** Hz; for 'speechlike' the voice's fundamental (150–250 sounds like speech). Ignored for noise. */
  frequency: number
  /**
   * Target level, dB: the RMS level in dBFS (a full-scale sine is -3 dBFS RMS), which for these
   * signals is also their integrated loudness in LUFS to within about 1 LU (see LEVEL_OFFSET).
   */
  levelDb: number
  kind: ToneKind
  sampleRate?: number
  channels?: 1 | 2
}

/**
 * The sources, each at a fixed base level; `volume` then moves it to levelDb. Expressions are
 * quoted because their commas would otherwise split the filter graph.
 *  - sine: amplitude √2 · 10^(-20/20), i.e. -20 dBFS RMS.
 *  - speechlike: a voice-like harmonic tone (fundamental plus 2nd and 3rd harmonics, with a slow
 *    pitch wobble) shaped by a 4 Hz syllable envelope, in 2.4 s phrases with 0.6 s pauses. It has
 *    speech's crest factor and gaps, so loudness gating and the limiter see something realistic.
 *  - noise: pink noise, which has speech-like spectral balance but no pauses.
 */
function sourceFor(kind: ToneKind, frequency: number, sampleRate: number, seconds: number): string {
  const common = `s=${sampleRate}:d=${seconds}`
  switch (kind) {
    case 'sine':
      return `aevalsrc='0.1414*sin(2*PI*${frequency}*t)':${common}`
    case 'speechlike': {
      const wobble = 'sin(2*PI*0.8*t)'
      const voice =
        `(sin(2*PI*${frequency}*t+3*${wobble})` +
        `+0.5*sin(2*PI*${2 * frequency}*t+6*${wobble})` +
        `+0.25*sin(2*PI*${3 * frequency}*t+9*${wobble}))`
      const envelope = 'pow(sin(PI*4*t),2)*lt(mod(t,3),2.4)*(0.7+0.3*sin(2*PI*0.37*t))'
      return `aevalsrc='0.2*${voice}*${envelope}':${common}`
    }
    case 'noise':
      return `anoisesrc=color=pink:amplitude=0.25:seed=7:r=${sampleRate}:d=${seconds}`
  }
}

/**
 * Integrated loudness of each source at its base level (mono, measured from WAV with ebur128 on ffmpeg
 * 5.1), so volume = levelDb - LEVEL_OFFSET lands on target. MP3 encoding reads ~0.5 LU lower.
 */
const LEVEL_OFFSET: Record<ToneKind, number> = { sine: -20, speechlike: -24.2, noise: -26.7 }

/** Writes a test signal; the extension picks the container (.wav PCM 16-bit, .mp3 at 128 kbps, …). */
export async function generateTone(file: string, options: ToneOptions): Promise<string> {
  const sampleRate = options.sampleRate ?? 44100
  const channels = options.channels ?? 1
  const gain = options.levelDb - LEVEL_OFFSET[options.kind]
  const ext = path.extname(file).toLowerCase()
  const codec =
    ext === '.mp3' ? ['-c:a', 'libmp3lame', '-b:a', '128k'] : ext === '.wav' ? ['-c:a', 'pcm_s16le'] : []
  // Stereo gets the same signal in both channels at -3 dB each (pan), so loudness stays at
  // levelDb whatever the channel count, the way a mono voice recorded to stereo behaves.
  const layout = channels === 2 ? ',pan=stereo|c0=0.7071*c0|c1=0.7071*c0' : ''
  await mkdir(path.dirname(path.resolve(file)), { recursive: true })
  const run = await runFfmpeg({
    inputs: [{ source: sourceFor(options.kind, options.frequency, sampleRate, options.seconds), options: ['-f', 'lavfi'] }],
    outputOptions: [
      '-af',
      `volume=${gain.toFixed(2)}dB${layout}`,
      '-t',
      String(options.seconds),
      '-ar',
      String(sampleRate),
      '-ac',
      String(channels),
      ...codec,
      '-map_metadata',
      '-1',
    ],
    output: file,
  })
  if (run.code !== 0) throw new Error(`generateTone ${file} failed: ${run.tail.slice(-5).join(' | ')}`)
  return file
}
