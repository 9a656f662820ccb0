/**
 * The shapes shared by the speech normaliser (src/speech/normalise), the engines (src/speech/engines)
 * and the read-out service (src/speech/readOutService). No I/O here.
 */

/** One dictionary entry: an abbreviation and how it is read. More than one reading: flagged, never guessed. */
export interface DictionaryEntry {
  /** As written in the text, e.g. "UBND", "VH-TT&TT". Matched as a whole word, case-sensitively. */
  term: string
  /** How it is spoken, e.g. ["ủy ban nhân dân"]. Two or more: the editor chooses (flagged). */
  readings: string[]
}

/** Why a word of the spoken text needs the editor's eye. */
export type FlagReason =
  /** An abbreviation with more than one reading in the dictionary (e.g. "TT": thông tư, trung tâm, thị trấn). */
  | 'ambiguous'
  /** An all-capitals word the dictionary does not know: the engine would spell it or read it as English. */
  | 'unknown-abbreviation'

export interface FlaggedWord {
  /** The word as it stands in `spoken` (left unread there so the editor can replace it). */
  word: string
  /** Offsets into `spoken` (UTF-16, end exclusive), for highlighting. */
  start: number
  end: number
  reason: FlagReason
  /** The dictionary's readings to choose from (empty for unknown words). */
  readings: string[]
}

export interface NormaliseResult {
  spoken: string
  flagged: FlaggedWord[]
}

/** How web addresses, e-mail addresses are treated: left out of the speech, or spelled out. */
export type { LinkReading } from '../broadcast/stationSettings'
import type { LinkReading } from '../broadcast/stationSettings'

export interface NormaliseOptions {
  /** The centre's dictionary (collection speech-dictionary); the built-in list when absent. */
  dictionary?: DictionaryEntry[]
  /** Default 'skip'. */
  links?: LinkReading
}

/** The engines Loa can speak with. */
export type SpeechEngineId = 'espeak-ng' | 'fpt' | 'viettel' | 'zalo'

export interface SynthesisProgress {
  /** Parts done and in all (a long text is split for providers; the local engine has one part). */
  done: number
  total: number
  /** What is happening, in Vietnamese, for the progress indicator. */
  stage: string
}

export interface SynthesisOptions {
  signal?: AbortSignal
  onProgress?: (progress: SynthesisProgress) => void
}

export interface SynthesisResult {
  engine: SpeechEngineId
  voice: string
  /** The file written: exactly the `outputPath` asked for; its container is whatever the engine gives (WAV, MP3). */
  path: string
}

/** One speech engine behind one small interface (src/speech/engines). */
export interface SpeechEngine {
  readonly id: SpeechEngineId
  /** The voice used, as the provider names it (espeak-ng: "vi"). */
  readonly voice: string
  /** Its name for staff, in Vietnamese (e.g. "Giọng máy cục bộ (espeak-ng)"). */
  readonly label: string
  /** The longest text sent in one request; longer texts are split at sentence ends and joined. */
  readonly maxChars: number
  /** Speaks `text` into a new file at `outputPath` (written atomically: temp then rename). */
  synthesise(text: string, outputPath: string, options?: SynthesisOptions): Promise<SynthesisResult>
}

/** A speech failure to show staff: `message` is Vietnamese; `detail` is for the log. */
export class SpeechError extends Error {
  constructor(
    message: string,
    readonly detail?: string,
    /** True when asking again later may work (rate limit, timeout, provider down). */
    readonly retryable = false,
  ) {
    super(message)
    this.name = 'SpeechError'
  }
}
