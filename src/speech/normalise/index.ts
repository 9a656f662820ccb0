import type { NormaliseOptions, NormaliseResult } from '../types'

/**
 * Article text → what the loudspeaker should say. Pure: no I/O, no clock.
 * PLACEHOLDER in the skeleton commit (whitespace only); the normaliser helper replaces it.
 */
export function normaliseForSpeech(text: string, _options: NormaliseOptions = {}): NormaliseResult {
  return { spoken: text.replace(/\s+/g, ' ').trim(), flagged: [] }
}
