import type { FlaggedWord } from './types'

/** A flagged word as a whole word (not inside a longer one), Vietnamese letters included. */
export function wholeWordPattern(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu')
}

/**
 * Flagged words still present in an edited text, at their new offsets (the ones the editor left).
 * Pure: the admin panel highlights with it, the preview endpoint answers with it.
 */
export function relocateFlags<F extends FlaggedWord>(flags: F[], text: string): F[] {
  const relocated: F[] = []
  const seen = new Set<string>()
  for (const flag of flags) {
    if (seen.has(flag.word)) continue
    seen.add(flag.word)
    for (const match of text.matchAll(wholeWordPattern(flag.word))) relocated.push({ ...flag, start: match.index, end: match.index + flag.word.length })
  }
  return relocated.sort((a, b) => a.start - b.start)
}
