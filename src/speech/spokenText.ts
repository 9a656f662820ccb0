import type { Payload } from 'payload'
import { normaliseForSpeech } from './normalise'
import type { NormaliseResult } from './types'

/**
 * The normaliser with the centre's own settings: its dictionary (collection speech-dictionary) and
 * how it reads links (station settings). What every server-side caller uses: the read-out of an
 * article, the emergency flow, POST /api/speech/normalise.
 * SKELETON: built-in rules only; the normaliser helper wires in the dictionary and the link setting.
 */
export async function normaliseWithCentreSettings(_payload: Payload, text: string): Promise<NormaliseResult> {
  return normaliseForSpeech(text)
}
