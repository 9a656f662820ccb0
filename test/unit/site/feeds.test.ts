import { describe, expect, it } from 'vitest'
import { all, DECLARATION, one, parseXml, type XmlNode } from '../../support/xml'
import {
  buildPodcast,
  buildRobots,
  buildRss,
  buildSitemap,
  escapeXml,
  formatDuration,
  rfc822,
  type FeedArticle,
  type FeedChannel,
  type PodcastEpisode,
} from '../../../src/site/feeds'

// ---------------------------------------------------------------------------------------------
// A minimal XML well-formedness checker (Node has no DOMParser). It accepts exactly what the
// builders emit: the UTF-8 declaration, elements, double- or single-quoted attributes, text with
// the predefined and numeric entities. It rejects unbalanced or misnested tags, a second root,
// text outside the root, duplicate attributes, bare & or <, undeclared namespace prefixes and
// characters XML 1.0 forbids. Comments, CDATA and processing instructions are not supported.
// ---------------------------------------------------------------------------------------------
const names = (node: XmlNode) => node.children.map((child) => child.name)

describe('the test XML checker', () => {
  it.each([
    ['no declaration', '<a/>'],
    ['unclosed', `${DECLARATION}<a><b></b>`],
    ['misnested', `${DECLARATION}<a><b></a></b>`],
    ['two roots', `${DECLARATION}<a/><b/>`],
    ['text outside root', `${DECLARATION}<a/>x`],
    ['bare ampersand', `${DECLARATION}<a>x & y</a>`],
    ['unknown entity', `${DECLARATION}<a>&nbsp;</a>`],
    ['unquoted attribute', `${DECLARATION}<a b=c/>`],
    ['duplicate attribute', `${DECLARATION}<a b="1" b="2"/>`],
    ['undeclared prefix', `${DECLARATION}<a><dc:creator>x</dc:creator></a>`],
    ['control character', `${DECLARATION}<a>\u0007</a>`],
  ])('rejects %s', (_label, xml) => {
    expect(() => parseXml(xml)).toThrow()
  })

  it('accepts and decodes a small document', () => {
    const doc = parseXml(`${DECLARATION}\n<a xmlns:x="u" k='1 &amp; 2'><x:b>Đ &lt;3 &#x41;&#66;</x:b></a>\n`)
    expect(doc.attrs.k).toBe('1 & 2')
    expect(one(doc, 'x:b').text).toBe('Đ <3 AB')
  })
})

// ---------------------------------------------------------------------------------------------

describe('escapeXml', () => {
  it.each([
    ['', ''],
    ['plain', 'plain'],
    [`a & b < c > d " e ' f`, 'a &amp; b &lt; c &gt; d &quot; e &apos; f'],
    ['&amp;', '&amp;amp;'], // escapes exactly once: callers pass raw text, never pre-escaped
    ['Thông báo lịch cắt điện – xã Đông Hưng', 'Thông báo lịch cắt điện – xã Đông Hưng'],
    ['“Tết” Ất Tỵ 🎉', '“Tết” Ất Tỵ 🎉'], // astral pair kept whole
    ['ĐƯỜNG <Ấp 3> & Ủy ban', 'ĐƯỜNG &lt;Ấp 3&gt; &amp; Ủy ban'],
    ['a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg', 'abcdefg'],
    ['tab\there\nline\r\nend', 'tab\there\nline\r\nend'], // the three allowed controls stay
    ['x\uFFFEy\uFFFFz', 'xyz'],
    ['lone \uD800 high, lone \uDC00 low', 'lone  high, lone  low'],
    ['\u007F\u0085 kept (legal in XML 1.0)', '\u007F\u0085 kept (legal in XML 1.0)'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeXml(input)).toBe(expected)
  })
})

describe('rfc822', () => {
  it.each([
    ['2026-11-27T14:30:00Z', 'Fri, 27 Nov 2026 14:30:00 +0000'],
    ['2026-11-27T21:30:00+07:00', 'Fri, 27 Nov 2026 14:30:00 +0000'], // Vietnam time shown in UTC
    ['2026-11-28T00:05:00+07:00', 'Fri, 27 Nov 2026 17:05:00 +0000'], // local Saturday, UTC Friday
    ['2026-12-01T00:00:00Z', 'Tue, 01 Dec 2026 00:00:00 +0000'],
    ['2027-01-03T09:08:07Z', 'Sun, 03 Jan 2027 09:08:07 +0000'],
    ['2028-02-29T23:59:59Z', 'Tue, 29 Feb 2028 23:59:59 +0000'],
    ['2026-05-16T06:00:00.999Z', 'Sat, 16 May 2026 06:00:00 +0000'], // milliseconds truncated
    ['1999-12-31T23:59:59Z', 'Fri, 31 Dec 1999 23:59:59 +0000'],
  ])('%s -> %s', (iso, expected) => {
    expect(rfc822(new Date(iso))).toBe(expected)
  })

  it('agrees with toUTCString on every weekday and month', () => {
    for (let day = 0; day < 800; day += 13) {
      const date = new Date(Date.UTC(2026, 0, 1 + day, day % 24, day % 60, (day * 7) % 60))
      expect(rfc822(date)).toBe(date.toUTCString().replace('GMT', '+0000'))
    }
  })

  it('rejects an invalid date instead of printing NaN', () => {
    expect(() => rfc822(new Date('not a date'))).toThrow(RangeError)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '00:00:00'],
    [0.4, '00:00:00'],
    [59.6, '00:01:00'],
    [1805.4, '00:30:05'],
    [1805.5, '00:30:06'],
    [3599.5, '01:00:00'],
    [3661, '01:01:01'],
    [86_399, '23:59:59'],
    [360_000, '100:00:00'],
  ])('%s s -> %s', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (seconds) => {
    expect(() => formatDuration(seconds)).toThrow(RangeError)
  })
})

// ---------------------------------------------------------------------------------------------

const channel: FeedChannel = {
  title: 'Tin tức xã Đông Hưng',
  siteUrl: 'https://donghung.example.vn',
  feedUrl: 'https://donghung.example.vn/rss.xml',
  description: 'Tin tức & thông báo của Trung tâm VH-TT-TT',
  language: 'vi',
}
const builtAt = new Date('2026-11-27T15:00:00Z')

const articles: FeedArticle[] = [
  {
    title: 'Lịch cắt điện <ngày 28/11> & 29/11',
    url: 'https://donghung.example.vn/tin/lich-cat-dien?ref=rss&utm=1',
    summary: 'Điện lực thông báo\u0007 tạm ngừng cấp điện.\nĐoạn hai.',
    publishedAt: new Date('2026-11-27T14:30:00Z'),
    updatedAt: new Date('2026-11-27T14:45:00Z'),
    category: 'Thông báo',
    author: 'Nguyễn Văn Ất',
    imageUrl: 'https://donghung.example.vn/media/dien.jpg',
  },
  {
    title: 'Hội thi văn nghệ',
    url: 'https://donghung.example.vn/tin/hoi-thi',
    summary: null,
    publishedAt: new Date('2026-11-20T01:00:00Z'),
    updatedAt: new Date('2026-11-20T01:00:00Z'),
    category: null,
    author: '  ',
  },
]

describe('buildRss', () => {
  const xml = buildRss(channel, articles, builtAt)
  const rss = parseXml(xml)
  const ch = one(rss, 'channel')
  const items = all(ch, 'item')

  it('is a well-formed RSS 2.0 document with the namespaces it uses', () => {
    expect(xml.startsWith(`${DECLARATION}\n<rss `)).toBe(true)
    expect(rss.name).toBe('rss')
    expect(rss.attrs).toEqual({ version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' })
  })

  it.each([
    ['title', 'Tin tức xã Đông Hưng'],
    ['link', 'https://donghung.example.vn'],
    ['description', 'Tin tức & thông báo của Trung tâm VH-TT-TT'],
    ['language', 'vi'],
    ['lastBuildDate', 'Fri, 27 Nov 2026 15:00:00 +0000'],
  ])('channel <%s> is %j', (name, text) => {
    expect(one(ch, name).text).toBe(text)
  })

  it('links to itself with atom:link rel=self', () => {
    expect(one(ch, 'atom:link').attrs).toEqual({ href: channel.feedUrl, rel: 'self', type: 'application/rss+xml' })
  })

  it('writes every article, in the given order, with all fields when present', () => {
    expect(items).toHaveLength(2)
    const [first] = items
    expect(names(first)).toEqual(['title', 'link', 'guid', 'pubDate', 'description', 'category', 'dc:creator'])
    expect(one(first, 'title').text).toBe('Lịch cắt điện <ngày 28/11> & 29/11')
    expect(one(first, 'link').text).toBe(articles[0].url)
    expect(one(first, 'guid').text).toBe(articles[0].url)
    expect(one(first, 'guid').attrs).toEqual({ isPermaLink: 'true' })
    expect(one(first, 'pubDate').text).toBe('Fri, 27 Nov 2026 14:30:00 +0000')
    expect(one(first, 'description').text).toBe('Điện lực thông báo tạm ngừng cấp điện.\nĐoạn hai.')
    expect(one(first, 'category').text).toBe('Thông báo')
    expect(one(first, 'dc:creator').text).toBe('Nguyễn Văn Ất')
  })

  it('leaves out description, category and creator when missing or blank', () => {
    expect(names(items[1])).toEqual(['title', 'link', 'guid', 'pubDate'])
  })

  it('keeps Vietnamese as UTF-8 and escapes only XML specials', () => {
    expect(xml).toContain('<title>Lịch cắt điện &lt;ngày 28/11&gt; &amp; 29/11</title>')
    expect(xml).toContain('?ref=rss&amp;utm=1')
    expect(xml).not.toMatch(/&#\d+;|&#x/i)
  })

  it('has no image elements and no updatedAt', () => {
    expect(xml).not.toMatch(/enclosure|media:|<image|dien\.jpg|14:45/)
  })

  it('is still a valid channel with no articles', () => {
    const empty = parseXml(buildRss(channel, [], builtAt))
    expect(all(empty, 'item')).toHaveLength(0)
    expect(one(one(empty, 'channel'), 'language').text).toBe('vi')
  })

  it('is deterministic: same input, same bytes', () => {
    expect(buildRss(channel, articles, builtAt)).toBe(xml)
  })
})

const podcastChannel = {
  ...channel,
  title: 'Nghe lại Đài truyền thanh Đông Hưng',
  feedUrl: 'https://donghung.example.vn/podcast.xml',
  author: 'Đài truyền thanh xã Đông Hưng',
  imageUrl: 'https://donghung.example.vn/media/podcast.jpg?v=2&s=3000',
  category: 'Government',
}

const episodes: PodcastEpisode[] = [
  {
    title: 'Bản tin sáng 27/11',
    url: 'https://donghung.example.vn/nghe-lai/2026-11-27-sang',
    audioUrl: 'https://donghung.example.vn/media/2026-11-27-sang.mp3',
    bytes: 28_901_234,
    durationSeconds: 1805.4,
    publishedAt: new Date('2026-11-27T00:00:00Z'),
    description: 'Tin trong xã & thông báo tiêm chủng',
  },
  {
    title: 'Bản tin chiều 26/11',
    url: 'https://donghung.example.vn/nghe-lai/2026-11-26-chieu',
    audioUrl: 'https://donghung.example.vn/media/2026-11-26-chieu.mp3',
    bytes: 0,
    durationSeconds: 0,
    publishedAt: new Date('2026-11-26T10:00:00Z'),
    description: '',
  },
]

describe('buildPodcast', () => {
  const xml = buildPodcast(podcastChannel, episodes, builtAt)
  const rss = parseXml(xml)
  const ch = one(rss, 'channel')
  const items = all(ch, 'item')

  it('is well-formed RSS 2.0 with the iTunes namespace', () => {
    expect(rss.attrs).toEqual({
      version: '2.0',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
      'xmlns:itunes': 'http://www.itunes.com/dtds/podcast-1.0.dtd',
    })
    expect(one(ch, 'language').text).toBe('vi')
    expect(one(ch, 'atom:link').attrs).toEqual({ href: podcastChannel.feedUrl, rel: 'self', type: 'application/rss+xml' })
  })

  it.each([
    ['itunes:author', 'text', 'Đài truyền thanh xã Đông Hưng'],
    ['itunes:explicit', 'text', 'false'],
    ['itunes:category', 'text attribute', 'Government'],
    ['itunes:image', 'href attribute', 'https://donghung.example.vn/media/podcast.jpg?v=2&s=3000'],
  ])('channel <%s> %s is %j', (name, where, value) => {
    const node = one(ch, name)
    const actual = where === 'text' ? node.text : node.attrs[where.split(' ')[0]]
    expect(actual).toBe(value)
  })

  it('writes each episode with enclosure, guid, pubDate, duration and episode type', () => {
    expect(items).toHaveLength(2)
    const [first, second] = items
    expect(names(first)).toEqual(['title', 'link', 'guid', 'pubDate', 'description', 'enclosure', 'itunes:duration', 'itunes:episodeType'])
    expect(one(first, 'enclosure').attrs).toEqual({ url: episodes[0].audioUrl, length: '28901234', type: 'audio/mpeg' })
    expect(one(first, 'guid').text).toBe(episodes[0].url)
    expect(one(first, 'pubDate').text).toBe('Fri, 27 Nov 2026 00:00:00 +0000')
    expect(one(first, 'itunes:duration').text).toBe('00:30:05')
    expect(one(first, 'itunes:episodeType').text).toBe('full')
    expect(one(second, 'enclosure').attrs.length).toBe('0')
    expect(one(second, 'itunes:duration').text).toBe('00:00:00')
  })

  it('defaults the category and omits itunes:image without an image', () => {
    const bare = one(parseXml(buildPodcast({ ...podcastChannel, imageUrl: null, category: undefined }, [], builtAt)), 'channel')
    expect(one(bare, 'itunes:category').attrs).toEqual({ text: 'News' })
    expect(names(bare)).not.toContain('itunes:image')
  })

  it.each([-1, 1.5, Number.NaN])('rejects an enclosure length of %s', (bytes) => {
    expect(() => buildPodcast(podcastChannel, [{ ...episodes[0], bytes }], builtAt)).toThrow(RangeError)
  })
})

describe('buildSitemap', () => {
  it('writes the exact document for a small site', () => {
    expect(
      buildSitemap([
        { url: 'https://donghung.example.vn/', lastModified: new Date('2026-11-27T14:30:00.123Z'), changeFrequency: 'hourly', priority: 1 },
        { url: 'https://donghung.example.vn/tin?trang=2&loai=1', lastModified: null },
      ]),
    ).toBe(
      [
        DECLARATION,
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url>',
        '    <loc>https://donghung.example.vn/</loc>',
        '    <lastmod>2026-11-27T14:30:00Z</lastmod>',
        '    <changefreq>hourly</changefreq>',
        '    <priority>1.0</priority>',
        '  </url>',
        '  <url>',
        '    <loc>https://donghung.example.vn/tin?trang=2&amp;loai=1</loc>',
        '  </url>',
        '</urlset>',
        '',
      ].join('\n'),
    )
  })

  it.each([
    [0, '0.0'],
    [0.5, '0.5'],
    [0.8, '0.8'],
    [0.64, '0.6'],
    [1, '1.0'],
  ])('priority %s -> %s', (priority, expected) => {
    const doc = parseXml(buildSitemap([{ url: 'https://x.example/a', priority }]))
    expect(one(one(doc, 'url'), 'priority').text).toBe(expected)
  })

  it.each([-0.1, 1.1, Number.NaN])('rejects priority %s', (priority) => {
    expect(() => buildSitemap([{ url: 'https://x.example/a', priority }])).toThrow(RangeError)
  })

  it('keeps Vietnamese paths and counts every entry', () => {
    const entries = ['tin/đường-mới', 'nghe-lại', 'a'].map((p) => ({ url: `https://x.example/${p}`, changeFrequency: 'daily' as const }))
    const xml = buildSitemap(entries)
    const doc = parseXml(xml)
    expect(all(doc, 'url')).toHaveLength(3)
    expect(all(doc, 'lastmod')).toHaveLength(0)
    expect(xml).toContain('<loc>https://x.example/tin/đường-mới</loc>')
    expect(parseXml(buildSitemap([])).children).toHaveLength(0)
  })

  it('refuses more URLs than one sitemap may hold', () => {
    const entry = { url: 'https://x.example/' }
    expect(() => buildSitemap(Array.from({ length: 50_001 }, () => entry))).toThrow(RangeError)
  })
})

describe('buildRobots', () => {
  it.each([
    ['https://x.example', ['/admin', '/api'], 'User-agent: *\nDisallow: /admin\nDisallow: /api\nSitemap: https://x.example/sitemap.xml\n'],
    ['https://x.example/', ['/admin'], 'User-agent: *\nDisallow: /admin\nSitemap: https://x.example/sitemap.xml\n'],
    ['https://x.example', [], 'User-agent: *\nDisallow:\nSitemap: https://x.example/sitemap.xml\n'],
    ['https://x.example', ['', '  '], 'User-agent: *\nDisallow:\nSitemap: https://x.example/sitemap.xml\n'],
    ['https://x.example', ['/a\nAllow: /'], 'User-agent: *\nDisallow: /aAllow:/\nSitemap: https://x.example/sitemap.xml\n'],
  ])('%s %j', (siteUrl, disallow, expected) => {
    expect(buildRobots(siteUrl, disallow)).toBe(expected)
  })
})
