/**
 * Site search: query parsing, stored search keys, matching, ranking, highlighting, excerpts.
 * Pure: no I/O, no clock. Residents type without diacritics ("dong le"), so everything is compared
 * on search keys (lowercase, diacritic-free) from ./slug, while what is shown keeps the original text.
 *
 * Decisions:
 * - A term matches at the START of a word, as a prefix: "le" finds "Lê" and "Lên" but not "Hle";
 *   "an" finds "anh" but not "than". Prefixes let half-typed words work without flooding results
 *   with matches in the middle of unrelated words.
 * - Every term must match (AND). No terms match nothing, so an empty search never lists the archive.
 * - Over-long queries are cut to MAX_QUERY_LENGTH and the search goes on; `problem` stays null while
 *   terms remain. It is 'too-long' only when the cut itself removed every word (the kept head was
 *   punctuation and the discarded tail had words), 'no-words' when nothing searchable was typed,
 *   'empty' when nothing but whitespace was typed. Beyond MAX_TERMS distinct terms, the rest are dropped.
 */
import { removeVietnameseDiacritics, searchKey } from './slug'

export const MAX_QUERY_LENGTH = 100
export const MAX_TERMS = 8

export type ParsedQuery = {
  /** Search keys: lowercase, no diacritics, deduplicated, non-empty, at most MAX_TERMS. */
  terms: string[]
  /** The user's query in NFC, trimmed, whitespace collapsed, cut to MAX_QUERY_LENGTH UTF-16 units. */
  display: string
  problem: null | 'empty' | 'too-long' | 'no-words'
}

export type SearchDoc = {
  id: string | number
  title: string
  publishedAt: Date
  /** searchTextOf([title]) */
  titleKey: string
  /** searchTextOf([title, summary, body]) */
  textKey: string
}

export type Highlighted = { text: string; match: boolean }[]

/**
 * Runs of anything that is not part of a word become one space. Marks (\p{Mn}, \p{Mc}) stay so that
 * scripts whose letters carry non-Vietnamese marks are not split mid-word (Vietnamese marks are
 * already stripped); variation selectors are marks too but only style emoji, so they separate.
 * This removes punctuation and the LIKE wildcards % _ \ along with it.
 */
const NON_WORD_RUN = /(?:[^\p{L}\p{N}\p{Mn}\p{Mc}]|[\uFE00-\uFE0F])+/gu
// Control characters are not \s but would still break the echoed query, so they count as whitespace.
const SPACE_RUN = /[\s\p{Cc}]+/gu

/** Search key with punctuation as word separators: "Đồng Lê: cải-cách!" -> "dong le cai cach". */
function keyOf(text: string): string {
  return searchKey(text).replace(NON_WORD_RUN, ' ').trim()
}

/** Keys caller-supplied terms again so that "Đồng" or "dong le" passed by mistake still work. */
function termKeys(terms: string[]): string[] {
  const keys = terms.flatMap((term) => (typeof term === 'string' ? keyOf(term).split(' ') : []))
  return [...new Set(keys.filter(Boolean))]
}

/** Next gives string | string[] | undefined for a search param; anything else is treated as empty. */
function rawString(raw: unknown): string {
  if (typeof raw === 'string') return raw
  if (Array.isArray(raw)) return raw.find((item): item is string => typeof item === 'string') ?? ''
  return ''
}

/** Never leaves half of a surrogate pair or a mark without its base letter at a cut. */
function safeCut(text: string, index: number): number {
  let i = index
  while (i > 0 && i < text.length && /[\uDC00-\uDFFF\p{M}]/u.test(text[i])) i--
  return i
}

export function parseQuery(raw: unknown): ParsedQuery {
  const full = rawString(raw).normalize('NFC').replace(SPACE_RUN, ' ').trim()
  if (!full) return { terms: [], display: '', problem: 'empty' }

  const cutAt = full.length > MAX_QUERY_LENGTH ? safeCut(full, MAX_QUERY_LENGTH) : full.length
  const display = full.slice(0, cutAt).trimEnd()
  const terms = termKeys([display]).slice(0, MAX_TERMS)
  if (terms.length > 0) return { terms, display, problem: null }

  const cutRemovedWords = cutAt < full.length && keyOf(full.slice(cutAt)) !== ''
  return { terms, display, problem: cutRemovedWords ? 'too-long' : 'no-words' }
}

/** The stored search key of an article: "Đồng Lê" -> "dong le", "CẢI CÁCH" -> "cai cach". */
export function searchTextOf(parts: (string | null | undefined)[]): string {
  return keyOf(parts.filter((part): part is string => typeof part === 'string').join(' '))
}

/** Whether a key (single spaces between words) has a word starting with `term`. */
function hasWordStart(key: string, term: string): boolean {
  return ` ${key}`.includes(` ${term}`)
}

export function matches(doc: Pick<SearchDoc, 'textKey'>, terms: string[]): boolean {
  const keys = termKeys(terms)
  return keys.length > 0 && keys.every((term) => hasWordStart(doc.textKey, term))
}

/**
 * Matching docs, best first: all terms in the title, then more terms in the title, then newer.
 * Ties keep input order. An invalid publishedAt sorts as oldest instead of poisoning the sort.
 */
export function rankResults<T extends SearchDoc>(docs: T[], terms: string[]): T[] {
  const keys = termKeys(terms)
  if (keys.length === 0) return []
  const scored = docs
    .filter((doc) => keys.every((term) => hasWordStart(doc.textKey, term)))
    .map((doc, index) => {
      const inTitle = keys.filter((term) => hasWordStart(doc.titleKey, term)).length
      const time = doc.publishedAt instanceof Date ? doc.publishedAt.getTime() : NaN
      return { doc, index, inTitle, all: inTitle === keys.length, time: Number.isNaN(time) ? -Infinity : time }
    })
  scored.sort(
    (a, b) =>
      Number(b.all) - Number(a.all) ||
      b.inTitle - a.inTitle ||
      (b.time === a.time ? 0 : b.time > a.time ? 1 : -1) ||
      a.index - b.index,
  )
  return scored.map((entry) => entry.doc)
}

/**
 * Marks which code points of the ORIGINAL text belong to a term match. Each code point is keyed on
 * its own, and every unit of the keyed string remembers the code point it came from, so positions map
 * back exactly even where keying changes length: a decomposed mark keys to '' and "Đ" to "d".
 */
function matchedChars(text: string, terms: string[]): { chars: string[]; matched: boolean[] } {
  const chars = Array.from(text)
  const keys = termKeys(terms)
  const matched = chars.map(() => false)
  if (keys.length === 0) return { chars, matched }

  let keyed = ''
  const origin: number[] = []
  const charKeys = chars.map((char, i) => {
    const key = removeVietnameseDiacritics(char).toLowerCase().replace(NON_WORD_RUN, ' ')
    keyed += key
    for (let unit = 0; unit < key.length; unit++) origin.push(i)
    return key
  })

  for (const term of keys) {
    for (let at = keyed.indexOf(term); at !== -1; at = keyed.indexOf(term, at + 1)) {
      if (at > 0 && keyed[at - 1] !== ' ') continue
      for (let unit = at; unit < at + term.length; unit++) matched[origin[unit]] = true
    }
  }
  // A combining mark (keyed to '') belongs to the letter before it: "Lê" in NFD is L, e, U+0302.
  for (let i = 1; i < chars.length; i++) if (charKeys[i] === '') matched[i] = matched[i - 1]
  return { chars, matched }
}

/** Splits the original text into runs; a run is matched when its key is a term at a word start. */
export function highlight(text: string, terms: string[]): Highlighted {
  if (typeof text !== 'string' || text === '') return []
  const { chars, matched } = matchedChars(text, terms)
  const runs: Highlighted = []
  chars.forEach((char, i) => {
    const last = runs[runs.length - 1]
    if (last && last.match === matched[i]) last.text += char
    else runs.push({ text: char, match: matched[i] })
  })
  return runs
}

const ELLIPSIS = '…'

/**
 * A window of at most maxLength characters (ellipses included) around the first match, with about a
 * third of the room before it for context. Cuts fall on spaces so words stay whole, except when a
 * single word is longer than the window. Without a match the text's start is shown.
 */
export function excerpt(text: string, terms: string[], maxLength = 220): string {
  const flat = typeof text === 'string' ? text.replace(SPACE_RUN, ' ').trim() : ''
  const limit = Math.max(1, Math.floor(maxLength))
  if (flat.length <= limit) return flat
  if (limit < 3) return flat.slice(0, safeCut(flat, limit)) // no room for context and ellipses

  // Offset of the first match in UTF-16 units, from the highlighted runs.
  let matchStart = 0
  let matchEnd = 0
  let offset = 0
  for (const run of highlight(flat, terms)) {
    if (run.match) {
      matchStart = offset
      matchEnd = offset + run.text.length
      break
    }
    offset += run.text.length
  }

  const budget = Math.max(1, limit - 2) // room left for an ellipsis at each end
  let start = Math.max(0, matchStart - Math.floor(budget / 3))
  let end = Math.min(flat.length, start + budget)
  start = Math.max(0, end - budget)

  if (start > 0 && flat[start - 1] !== ' ') {
    const space = flat.indexOf(' ', start)
    start = space !== -1 && space < matchStart ? space + 1 : matchStart
  }
  if (end < flat.length && flat[end] !== ' ') {
    const space = flat.lastIndexOf(' ', end)
    end = space > start && space >= matchEnd ? space : safeCut(flat, end)
  }
  if (end <= start) end = Math.min(flat.length, start + budget) // pathological: keep something

  const body = flat.slice(start, end).trim()
  return `${start > 0 ? ELLIPSIS : ''}${body}${end < flat.length ? ELLIPSIS : ''}`
}
