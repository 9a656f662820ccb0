import type { Payload, PayloadRequest } from 'payload'
import type { AudioClip } from '../payload-types'
import { type SpeechEngines, speechEnginesFromEnv } from './engines'
import type { HttpTuning } from './engines/http'
import { textFingerprint } from './spokenHash'
import { normaliseWithCentreSettings } from './spokenText'
import { synthesiseClip } from './synthesiseClip'
import { SpeechError, type SpeechEngine, type SynthesisOptions } from './types'

/**
 * The synthetic voice of an announcement nobody has recorded (issue 12, item 5): a typed storm
 * warning goes on air at once. The announcement hook (src/collections/announcementVoice.ts) and
 * "Phát ngay" (src/collections/announcementRelease.ts) call this.
 */

/**
 * Only emergencies: they interrupt at once, so waiting for someone to record costs minutes that
 * matter. A priority announcement waits for the next programme slot anyway, hours in which a person
 * can record it; giving it a robotic voice unasked would lower what the programmes sound like. The
 * newsroom's read-outs (item 4) are how a centre chooses synthetic voices for everything else.
 */
export function announcementNeedsVoice(level: unknown): boolean {
  return level === 'emergency'
}

/** What a clip says of its voice (audio-clips' server-set `synthetic` group). */
export type ClipVoice = { synthetic?: { engine?: string | null; spokenHash?: string | null } | null }

/** A clip the server synthesised (its `synthetic` group is server-set only); anything else is a human recording. */
export function isSyntheticClip(clip: ClipVoice | null | undefined): boolean {
  return Boolean(clip?.synthetic?.engine)
}

/**
 * What to do about an emergency's voice, given its clip and the fingerprint of its text as it would be
 * spoken now: 'make' one (no clip, or a synthetic one made from another text), or 'keep' what it has.
 * A human recording is always kept. Pure.
 */
export function voiceToMake(clip: ClipVoice | null, spokenHash: string): 'make' | 'keep' {
  if (!clip) return 'make'
  if (!isSyntheticClip(clip)) return 'keep'
  return clip.synthetic?.spokenHash === spokenHash ? 'keep' : 'make'
}

/** How long a provider may take for an emergency before the local voice speaks instead. */
export const EMERGENCY_PROVIDER_TIMEOUT_MS = 20_000
/** The local voice is fast (real-time factor ~0.01); this only stops a hung process from holding the save. */
const LOCAL_TIMEOUT_MS = 120_000
/**
 * A provider that is down is asked twice, a second apart, not four times over 14 s as a read-out
 * would: within the emergency's 20 s the local voice must still have its turn.
 */
export const EMERGENCY_HTTP_TUNING: Partial<HttpTuning> = {
  requestTimeoutMs: 15_000,
  downloadTimeoutMs: 15_000,
  retry: { attempts: 2, baseDelayMs: 1_000, maxDelayMs: 2_000 },
  poll: { initialMs: 1_000, maxIntervalMs: 2_000, timeoutMs: EMERGENCY_PROVIDER_TIMEOUT_MS },
}

/**
 * The engines for an emergency, in order: the configured provider, cut off after `providerTimeoutMs`,
 * then the local espeak-ng voice, which answers when nothing else does (once, when no provider is
 * configured and the preferred engine is the local one).
 */
export function emergencyEngines(engines: Pick<SpeechEngines, 'preferred' | 'local'> = speechEnginesFromEnv(process.env, EMERGENCY_HTTP_TUNING), providerTimeoutMs = EMERGENCY_PROVIDER_TIMEOUT_MS): SpeechEngine[] {
  const local = withTimeout(engines.local, LOCAL_TIMEOUT_MS)
  if (engines.preferred.id === engines.local.id) return [local]
  return [withTimeout(engines.preferred, providerTimeoutMs), local]
}

/**
 * The engine, given up on after `ms`: its request is aborted and a retryable SpeechError is thrown,
 * so the next engine is tried. Raced as well as aborted, in case an engine ignores its signal.
 */
export function withTimeout(engine: SpeechEngine, ms: number): SpeechEngine {
  return {
    id: engine.id,
    voice: engine.voice,
    label: engine.label,
    maxChars: engine.maxChars,
    async synthesise(text: string, outputPath: string, options: SynthesisOptions = {}) {
      const controller = new AbortController()
      const outer = options.signal
      const forward = () => controller.abort(outer?.reason)
      if (outer?.aborted) forward()
      outer?.addEventListener('abort', forward, { once: true })
      let timer: NodeJS.Timeout | undefined
      const timedOut = new Promise<never>((_, reject) => {
        // Rejected before the abort, so the race ends with this error and not the engine's "aborted".
        timer = setTimeout(() => {
          reject(new SpeechError(`${engine.label} không trả lời sau ${Math.ceil(ms / 1000)} giây.`, `${engine.id}: timeout after ${ms} ms`, true))
          controller.abort()
        }, ms)
      })
      try {
        return await Promise.race([engine.synthesise(text, outputPath, { ...options, signal: controller.signal }), timedOut])
      } finally {
        clearTimeout(timer)
        outer?.removeEventListener('abort', forward)
      }
    },
  }
}

/** The text of an announcement as the voice would speak it (the centre's dictionary and settings), and its fingerprint. */
export async function spokenAnnouncementText(payload: Payload, text: string): Promise<{ spoken: string; spokenHash: string }> {
  const { spoken } = await normaliseWithCentreSettings(payload, text)
  return { spoken, spokenHash: textFingerprint(spoken) }
}

/**
 * Speaks `spoken` into a new audio-clips document (kind 'announcement', marked synthetic, measured
 * like any upload). Throws a SpeechError when no engine could speak it. Within a hook, pass the
 * hook's `req`: the clip is then written in the announcement's own transaction, so a failed save
 * leaves no clip behind.
 */
export async function synthesiseAnnouncementVoice(
  payload: Payload,
  input: { title: string; spoken: string; req?: PayloadRequest; engines?: SpeechEngine[] },
): Promise<AudioClip> {
  // The Local API's create puts the synthesised file on the request it is given; the request
  // belongs to the announcement's save (or to "Phát ngay"), which carries no file of its own.
  const previousFile = input.req?.file
  try {
    return await synthesiseClip(payload, {
      spoken: input.spoken,
      title: `${input.title} (giọng máy đọc)`,
      kind: 'announcement',
      engines: input.engines ?? emergencyEngines(),
      req: input.req,
    })
  } finally {
    if (input.req) input.req.file = previousFile
  }
}

/** "chưa có bản ghi âm, không tạo được giọng đọc: …", for the log and for staff. */
export function noVoiceMessage(error: unknown): string {
  const reason = error instanceof SpeechError ? error.message : 'lỗi không xác định.'
  return `Tin khẩn cấp chưa có bản ghi âm, không tạo được giọng đọc: ${reason}`
}

export function errorDetail(error: unknown): string {
  return error instanceof SpeechError ? (error.detail ?? error.message) : error instanceof Error ? error.message : String(error)
}
