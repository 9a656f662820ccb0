/**
 * Feeds for the public site: RSS for articles, a podcast feed for broadcast replays, sitemap.xml
 * and robots.txt. Pure: the rows and the build instant are passed in, so the route handlers own
 * the reads and the clock, and these builders can be tested byte for byte.
 *
 * Feed dates are UTC on purpose: RFC 822 and W3C date-times carry their own offset, readers
 * convert to local time, and UTC never depends on a zone database (so src/lib/viDate is not used).
 */

export type FeedArticle = {
  title: string
  /** Absolute. */
  url: string
  summary: string | null
  publishedAt: Date
  /** Not written: RSS 2.0 items have no "modified" date. Kept so one row type feeds the sitemap too. */
  updatedAt: Date
  category: string | null
  author: string | null
  /** Not written: images are left out of the article feed to keep it plain RSS 2.0. */
  imageUrl?: string | null
}

export type FeedChannel = {
  title: string
  /** Absolute, no trailing slash. */
  siteUrl: string
  feedUrl: string
  description: string
  language: 'vi'
}

export type PodcastEpisode = {
  title: string
  /** Absolute page or programme URL, used for <link> and <guid>; must be unique per episode. */
  url: string
  /** Absolute. */
  audioUrl: string
  bytes: number
  durationSeconds: number
  publishedAt: Date
  description: string
}

export type PodcastChannel = FeedChannel & { author: string; imageUrl?: string | null; category?: string }

export type SitemapEntry = {
  url: string
  lastModified?: Date | null
  changeFrequency?: 'hourly' | 'daily' | 'weekly' | 'monthly'
  priority?: number
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>'
const NS_ATOM = 'http://www.w3.org/2005/Atom'
const NS_DC = 'http://purl.org/dc/elements/1.1/'
const NS_ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd'
const NS_SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** Apple only accepts its own English category names; a town station's replays fit "News". */
const DEFAULT_PODCAST_CATEGORY = 'News'

/** The sitemap protocol's cap per file; past it the caller must split into a sitemap index. */
const SITEMAP_MAX_URLS = 50_000

// Outside the XML 1.0 Char production: C0 controls other than \t \n \r, lone surrogates (the `u`
// flag makes [\uD800-\uDFFF] match only unpaired halves) and U+FFFE/U+FFFF. They cannot be
// escaped (&#1; is itself ill-formed) and one of them makes strict readers reject the whole feed,
// so they are dropped. Text pasted from Word or Zalo brings them in more often than one expects.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/**
 * Escapes the five XML specials so the result is safe in text and in quoted attributes. Everything
 * else, Vietnamese included, is left as is: the documents are UTF-8, and numeric references would
 * only make them larger and harder to read.
 */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML_CHARS, '').replace(/[&<>"']/g, (char) => ENTITIES[char])
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

const pad2 = (value: number) => String(value).padStart(2, '0')

// An Invalid Date would otherwise print "NaN" into the feed; failing loudly points at the bad row.
function assertValidDate(date: Date, what: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${what}: invalid date`)
}

/**
 * "Fri, 27 Nov 2026 14:30:00 +0000". Built by hand rather than from toUTCString(), whose format is
 * only loosely specified; four-digit year and numeric zone as the RSS 2.0 profile recommends.
 */
export function rfc822(date: Date): string {
  assertValidDate(date, 'rfc822')
  const time = `${pad2(date.getUTCHours())}:${pad2(date.getUTCMinutes())}:${pad2(date.getUTCSeconds())}`
  const year = String(date.getUTCFullYear()).padStart(4, '0')
  return `${DAYS[date.getUTCDay()]}, ${pad2(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${year} ${time} +0000`
}

/** W3C date-time in UTC, whole seconds: "2026-11-27T14:30:00Z" (milliseconds only add noise). */
function w3cDateTime(date: Date, what: string): string {
  assertValidDate(date, what)
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * "HH:MM:SS" for itunes:duration, rounded to the nearest second (ffprobe reports fractions).
 * Hours are not capped at 99: a day-long relay still gets a truthful value.
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`formatDuration: ${seconds} is not a duration`)
  const total = Math.round(seconds)
  return `${pad2(Math.floor(total / 3600))}:${pad2(Math.floor((total % 3600) / 60))}:${pad2(total % 60)}`
}

type Attrs = Record<string, string | number>
/** A leaf element (one string, never split) or the lines of a nested block. */
type Child = string | string[]

function attributes(attrs: Attrs): string {
  return Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')
}

function leaf(name: string, text: string, attrs: Attrs = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
}

function empty(name: string, attrs: Attrs): string {
  return `<${name}${attributes(attrs)}/>`
}

// Indentation is added per line of markup only; a text node containing newlines (a summary with
// paragraphs) is one array entry and keeps its content untouched.
function block(name: string, attrs: Attrs, children: Child[]): string[] {
  const inner = children.flatMap((child) => (typeof child === 'string' ? [child] : child)).map((line) => `  ${line}`)
  return [`<${name}${attributes(attrs)}>`, ...inner, `</${name}>`]
}

function document(lines: string[]): string {
  return `${XML_DECLARATION}\n${lines.join('\n')}\n`
}

/** Optional text: null, empty and whitespace-only all mean "leave the element out". */
function present(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== ''
}

function channelHead(channel: FeedChannel, builtAt: Date): string[] {
  return [
    leaf('title', channel.title),
    leaf('link', channel.siteUrl),
    leaf('description', channel.description),
    leaf('language', channel.language),
    leaf('lastBuildDate', rfc822(builtAt)),
    // rel=self lets readers and validators know the canonical feed address.
    empty('atom:link', { href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' }),
  ]
}

/** RSS 2.0 for articles, in the order given (the caller's query decides newest-first). */
export function buildRss(channel: FeedChannel, articles: FeedArticle[], builtAt: Date): string {
  const items = articles.map((article) => {
    const fields = [
      leaf('title', article.title),
      leaf('link', article.url),
      leaf('guid', article.url, { isPermaLink: 'true' }),
      leaf('pubDate', rfc822(article.publishedAt)),
    ]
    if (present(article.summary)) fields.push(leaf('description', article.summary.trim()))
    if (present(article.category)) fields.push(leaf('category', article.category.trim()))
    // dc:creator, not <author>: RSS 2.0's <author> must be an e-mail address.
    if (present(article.author)) fields.push(leaf('dc:creator', article.author.trim()))
    return block('item', {}, fields)
  })
  const channelLines = block('channel', {}, [...channelHead(channel, builtAt), ...items])
  return document(block('rss', { version: '2.0', 'xmlns:atom': NS_ATOM, 'xmlns:dc': NS_DC }, [channelLines]))
}

/** Podcast RSS for replays of broadcasts, with the iTunes tags Apple and most apps read. */
export function buildPodcast(channel: PodcastChannel, episodes: PodcastEpisode[], builtAt: Date): string {
  const head = [
    ...channelHead(channel, builtAt),
    leaf('itunes:author', channel.author),
    leaf('itunes:explicit', 'false'),
    empty('itunes:category', { text: present(channel.category) ? channel.category.trim() : DEFAULT_PODCAST_CATEGORY }),
  ]
  if (present(channel.imageUrl)) head.push(empty('itunes:image', { href: channel.imageUrl }))

  const items = episodes.map((episode) => {
    // The enclosure length must be a byte count; a wrong one breaks resumed downloads in some apps.
    if (!Number.isSafeInteger(episode.bytes) || episode.bytes < 0) {
      throw new RangeError(`buildPodcast: ${episode.bytes} is not a byte count (${episode.audioUrl})`)
    }
    return block('item', {}, [
      leaf('title', episode.title),
      leaf('link', episode.url),
      leaf('guid', episode.url, { isPermaLink: 'true' }),
      leaf('pubDate', rfc822(episode.publishedAt)),
      leaf('description', episode.description),
      empty('enclosure', { url: episode.audioUrl, length: episode.bytes, type: 'audio/mpeg' }),
      leaf('itunes:duration', formatDuration(episode.durationSeconds)),
      leaf('itunes:episodeType', 'full'),
    ])
  })
  const channelLines = block('channel', {}, [...head, ...items])
  return document(block('rss', { version: '2.0', 'xmlns:atom': NS_ATOM, 'xmlns:itunes': NS_ITUNES }, [channelLines]))
}

/** "0.0" … "1.0". Out-of-range values are a caller bug, not something to clamp silently. */
function formatPriority(priority: number): string {
  if (!Number.isFinite(priority) || priority < 0 || priority > 1) {
    throw new RangeError(`buildSitemap: priority ${priority} is outside 0.0–1.0`)
  }
  return priority.toFixed(1)
}

/** sitemap.xml per sitemaps.org 0.9; optional fields are written only when given. */
export function buildSitemap(entries: SitemapEntry[]): string {
  if (entries.length > SITEMAP_MAX_URLS) {
    throw new RangeError(`buildSitemap: ${entries.length} URLs exceed ${SITEMAP_MAX_URLS}; split into a sitemap index`)
  }
  const urls = entries.map((entry) => {
    const fields = [leaf('loc', entry.url)]
    if (entry.lastModified) fields.push(leaf('lastmod', w3cDateTime(entry.lastModified, `lastmod of ${entry.url}`)))
    if (entry.changeFrequency) fields.push(leaf('changefreq', entry.changeFrequency))
    if (entry.priority != null) fields.push(leaf('priority', formatPriority(entry.priority)))
    return block('url', {}, fields)
  })
  return document(block('urlset', { xmlns: NS_SITEMAP }, urls))
}

/**
 * robots.txt for all crawlers. Whitespace inside a path is removed so a stray newline cannot inject
 * a rule; with no paths left, a bare "Disallow:" keeps the record valid and allows everything.
 */
export function buildRobots(siteUrl: string, disallow: string[]): string {
  const paths = disallow.map((path) => path.replace(/\s+/g, '')).filter((path) => path !== '')
  const rules = paths.length > 0 ? paths.map((path) => `Disallow: ${path}`) : ['Disallow:']
  const base = siteUrl.replace(/\/+$/, '')
  return ['User-agent: *', ...rules, `Sitemap: ${base}/sitemap.xml`, ''].join('\n')
}
