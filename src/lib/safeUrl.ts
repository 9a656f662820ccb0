/**
 * Which URLs Loa stores and serves. Pure: no I/O.
 *
 * Browsers are lenient with hrefs: they drop tabs and line breaks anywhere ("java\tscript:"), strip
 * leading control characters and spaces, and ignore the scheme's case. `new URL()` does the same,
 * so every check here looks at the RAW string and refuses anything a browser would have to clean up.
 */

/** C0 control characters, DEL, and the Unicode line/paragraph separators some players split on. */
const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/
const WHITESPACE = /\s/
/** A scheme as browsers read it: the text before the first ':' when no '/', '?' or '#' comes first. */
const SCHEME_PREFIX = /^([^/?#]*):/
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

/**
 * A link in an article body or a source line: http(s), mailto, tel, a relative path ("/tin-tuc/…",
 * "bai-viet", "?q=", "//host/…") or an anchor ("#muc-2"). Refused: any other scheme (javascript:,
 * data:, vbscript:, file:…), and any control character or inner whitespace, which is how scheme
 * checks are usually dodged ("java\tscript:", " javascript:", "&#106;avascript:" has no valid scheme).
 */
export function isSafeLinkUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  // Checked as written and once more with HTML character references decoded, for any consumer that
  // decodes them (a feed reader, a copy into HTML source): "&#106;avascript:" must not pass.
  return isSafeRawLink(value) && isSafeRawLink(decodeCharacterReferences(value))
}

const NAMED_REFERENCES: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', num: '#', amp: '&', quest: '?' }

/** Decodes numeric references ("&#106;", "&#x6A") and the few named ones that matter in a scheme. */
function decodeCharacterReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, name: string) => {
    const lower = name.toLowerCase()
    if (lower.startsWith('#x')) return String.fromCodePoint(Math.min(Number.parseInt(lower.slice(2), 16), 0x10ffff))
    if (lower.startsWith('#')) return String.fromCodePoint(Math.min(Number.parseInt(lower.slice(1), 10), 0x10ffff))
    return NAMED_REFERENCES[lower] ?? whole
  })
}

function isSafeRawLink(value: string): boolean {
  const url = value.trim()
  if (url === '' || CONTROL_OR_SEPARATOR.test(url) || WHITESPACE.test(url)) return false
  const scheme = SCHEME_PREFIX.exec(url)?.[1]
  if (scheme === undefined) return true // relative path, query or anchor
  return LINK_SCHEMES.has(scheme.toLowerCase())
}

/**
 * An absolute http:// or https:// address with a host (a relay stream written into M3U playlists, an
 * article's source link), with nothing a line-based format could read as a second line: no
 * whitespace or control character anywhere.
 */
export function isSafeHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false
  if (CONTROL_OR_SEPARATOR.test(value) || WHITESPACE.test(value)) return false
  if (!/^https?:\/\/[^/?#]/i.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== ''
  } catch {
    return false
  }
}

export const UNSAFE_LINK_MESSAGE =
  'Liên kết chỉ được là địa chỉ http://, https://, mailto:, tel:, đường dẫn trong trang hoặc #mục; không được chứa khoảng trắng hay ký tự điều khiển.'

type LexicalNode = { type?: unknown; fields?: { url?: unknown; linkType?: unknown }; url?: unknown; children?: unknown }

/** Link and autolink nodes keep their URL in `fields.url` (Payload) or `url` (plain Lexical). */
function linkUrlOf(node: LexicalNode): unknown {
  if (node.type !== 'link' && node.type !== 'autolink') return undefined
  if (node.fields?.linkType === 'internal') return undefined // rendered from the linked document
  return node.fields && 'url' in node.fields ? node.fields.url : node.url
}

/** Every link URL in a Lexical document (Payload's richText value) that isSafeLinkUrl refuses. */
export function unsafeLinksIn(content: unknown): string[] {
  const found: string[] = []
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 200) return
    const url = linkUrlOf(node as LexicalNode)
    if (url !== undefined && url !== null && url !== '' && !isSafeLinkUrl(url)) found.push(String(url))
    const children = (node as LexicalNode).children
    if (Array.isArray(children)) for (const child of children) visit(child, depth + 1)
  }
  visit((content as { root?: unknown } | null)?.root, 0)
  return found
}

/**
 * A copy of a Lexical document whose unsafe link URLs are replaced by "#", for rendering data saved
 * before links were checked: the text stays, the link goes nowhere.
 */
export function withSafeLinks<T>(content: T): T {
  const clean = (node: unknown, depth: number): unknown => {
    if (!node || typeof node !== 'object' || depth > 200) return node
    const current = node as LexicalNode & Record<string, unknown>
    let copy: Record<string, unknown> = current
    const url = linkUrlOf(current)
    if (url !== undefined && url !== null && url !== '' && !isSafeLinkUrl(url)) {
      copy = current.fields && 'url' in current.fields ? { ...current, fields: { ...current.fields, url: '#' } } : { ...current, url: '#' }
    }
    if (Array.isArray(current.children)) copy = { ...copy, children: current.children.map((child) => clean(child, depth + 1)) }
    return copy
  }
  if (!content || typeof content !== 'object' || !('root' in content)) return content
  return { ...content, root: clean((content as { root: unknown }).root, 0) } as T
}
