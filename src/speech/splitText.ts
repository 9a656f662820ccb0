/**
 * Splits a spoken text into parts no longer than a provider's per-request limit. Pure: no I/O.
 *
 * Parts end at sentence ends (". ! ? …" and line breaks) so each request is whole sentences and the
 * joined audio has its pauses where a reader would pause. Sentences are packed greedily, in order,
 * until the next one would not fit. A sentence longer than the limit is cut at its commas or
 * semicolons, and a clause still too long at spaces. A word is never cut: a single "word" longer
 * than the limit (a very long URL, say) is the only case that yields a part over the limit, since
 * cutting it would make the engine read two nonsense halves; the normaliser spells or drops those.
 *
 * Lengths are counted in UTF-16 code units (String.length), which for Vietnamese in NFC is one per
 * letter; providers count characters, and precomposed Vietnamese letters are all in the BMP.
 */
export function splitText(text: string, maxChars: number): string[] {
  if (!Number.isInteger(maxChars) || maxChars < 1) throw new RangeError(`maxChars must be a positive integer (got ${maxChars})`)
  const clean = text.replace(/[ \t]+/g, ' ').trim()
  if (!clean) return []
  if (clean.length <= maxChars) return [clean]
  return pack(pieces(clean, maxChars), maxChars)
}

/** Sentences (with their closing punctuation), each already cut down to the limit where it can be. */
function pieces(text: string, maxChars: number): string[] {
  const out: string[] = []
  for (const sentence of splitKeeping(text, SENTENCE_END)) {
    if (sentence.length <= maxChars) {
      out.push(sentence)
      continue
    }
    // Too long a sentence: its clauses, packed, then a clause still too long: its words, packed.
    for (const clause of pack(splitKeeping(sentence, CLAUSE_END), maxChars)) {
      if (clause.length <= maxChars) out.push(clause)
      else out.push(...pack(clause.split(' ').filter(Boolean), maxChars))
    }
  }
  return out
}

/**
 * A sentence ends at . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
 * followed by whitespace, or at a line break. "1.800" and "61/2018/NĐ-CP" do not end sentences:
 * no space follows the dot.
 */
const SENTENCE_END = /(?<=[.!?…]+["'”’)\]»]*)\s+|\s*\n\s*/u
const CLAUSE_END = /(?<=[,;:])\s+/u

function splitKeeping(text: string, boundary: RegExp): string[] {
  return text
    .split(boundary)
    .map((part) => part.trim())
    .filter(Boolean)
}

/** Joins consecutive pieces with a space while the result fits. */
function pack(items: string[], maxChars: number): string[] {
  const parts: string[] = []
  let current = ''
  for (const item of items) {
    if (!current) current = item
    else if (current.length + 1 + item.length <= maxChars) current += ` ${item}`
    else {
      parts.push(current)
      current = item
    }
  }
  if (current) parts.push(current)
  return parts
}
