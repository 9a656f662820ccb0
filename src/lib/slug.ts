/**
 * Vietnamese-aware slugs and search keys. Pure: no I/O.
 *
 * Vietnamese letters decompose under NFD into a base letter plus combining marks, except đ/Đ,
 * which is its own letter and must be mapped by hand.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g

/** Removes diacritics: "Đồng Lê" -> "Dong Le". Case is kept. */
export function removeVietnameseDiacritics(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC')
}

/** Lower-case, diacritic-free form used to compare text the way residents type it ("dong le" matches "Đồng Lê"). */
export function searchKey(text: string): string {
  return removeVietnameseDiacritics(text).toLowerCase().replace(/\s+/g, ' ').trim()
}

export const MAX_SLUG_LENGTH = 96

/**
 * "Cải cách hành chính: Đồng Lê đẩy mạnh…" -> "cai-cach-hanh-chinh-dong-le-day-manh…".
 * Long titles are cut at a word boundary so URLs stay readable.
 */
export function slugify(text: string, maxLength = MAX_SLUG_LENGTH): string {
  const words = removeVietnameseDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean)
  let slug = ''
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word
    if (next.length > maxLength) break
    slug = next
  }
  // A single word longer than the limit is cut rather than dropped.
  if (!slug && words.length > 0) slug = words[0].slice(0, maxLength)
  return slug
}

/** "bai-viet" taken by others -> "bai-viet-2", "bai-viet-3"… */
export function withSuffix(slug: string, attempt: number): string {
  if (attempt <= 1) return slug
  const suffix = `-${attempt}`
  return `${slug.slice(0, MAX_SLUG_LENGTH - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * The slug to store: the editor's own when it has letters or digits, else one made from the title
 * (or name), else `fallback` ("bai-viet"), so a title like "!!!" or "…" never leaves a document
 * without a public address (a null slug linked to the bare section path).
 */
export function slugFor(given: unknown, source: unknown, fallback: string): string {
  return slugify(typeof given === 'string' ? given : '') || slugify(typeof source === 'string' ? source : '') || fallback
}
