import type { Payload } from 'payload'
import { loadNormaliseOptions } from './dictionary'
import { normaliseForSpeech } from './normalise'
import type { NormaliseResult } from './types'

/**
 * The normaliser with the centre's own settings: its dictionary (collection speech-dictionary, read
 * on every call so edits apply at once) and how it reads links (station setting speech.readLinks).
 * What every server-side caller uses: the read-out of an article, the emergency flow,
 * POST /api/speech/normalise.
 */
export async function normaliseWithCentreSettings(payload: Payload, text: string): Promise<NormaliseResult> {
  return normaliseForSpeech(text, await loadNormaliseOptions(payload))
}
