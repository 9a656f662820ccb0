import { describe, expect, it } from 'vitest'
import {
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  excerpt,
  highlight,
  matches,
  parseQuery,
  rankResults,
  searchTextOf,
  type SearchDoc,
} from '../../src/lib/search'

function doc(id: number, title: string, body: string, publishedAt: string, summary = ''): SearchDoc {
  return {
    id,
    title,
    publishedAt: new Date(publishedAt),
    titleKey: searchTextOf([title]),
    textKey: searchTextOf([title, summary, body]),
  }
}

const DOCS = [
  doc(1, 'Đồng Lê đẩy mạnh cải cách hành chính', 'Dịch vụ công trực tuyến mức độ 3, 4.', '2026-01-10T00:00:00Z'),
  doc(2, 'Lịch tiếp công dân tháng 12', 'Thị trấn Đồng Lê thông báo lịch tiếp công dân.', '2026-02-01T00:00:00Z'),
  doc(3, 'Hội nghị CẢI CÁCH HÀNH CHÍNH năm 2026', 'Tổng kết công tác.', '2025-12-01T00:00:00Z'),
  doc(4, 'Đường điện 35kV', 'Cắt điện để sửa chữa.', '2026-03-01T00:00:00Z'),
  doc(5, 'Thanh niên lên đường nhập ngũ', 'Lễ giao nhận quân.', '2026-02-15T00:00:00Z'),
]

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const ids = (docs: SearchDoc[]) => docs.map((d) => d.id)

describe('parseQuery', () => {
  it.each([
    ['cai cach hanh chinh', ['cai', 'cach', 'hanh', 'chinh']],
    ['CẢI CÁCH hành chính', ['cai', 'cach', 'hanh', 'chinh']],
    ['cải cách hành chính', ['cai', 'cach', 'hanh', 'chinh']],
    ['cải cách hành chính'.normalize('NFD'), ['cai', 'cach', 'hanh', 'chinh']],
    ['  Đồng   Lê\n', ['dong', 'le']],
    ['Đ', ['d']],
    ['đ', ['d']],
    ['đường Đường duong', ['duong']],
    ['cải-cách: "hành chính"!', ['cai', 'cach', 'hanh', 'chinh']],
    ['100% _dong_ le\\', ['100', 'dong', 'le']],
    ["'; DROP TABLE x; --", ['drop', 'table', 'x']],
    ['Cư M\'gar', ['cu', 'm', 'gar']],
    ['35kV 🔌', ['35kv']],
  ])('%j -> %j', (raw, terms) => {
    const parsed = parseQuery(raw)
    expect(parsed.terms).toEqual(terms)
    expect(parsed.problem).toBeNull()
  })

  it.each([
    [undefined, '', 'empty'],
    [null, '', 'empty'],
    [42, '', 'empty'],
    [{ q: 'dong' }, '', 'empty'],
    [[], '', 'empty'],
    ['', '', 'empty'],
    ['   \n\t  ', '', 'empty'],
    ['\u0000\u0007', '', 'empty'],
    ['%%%', '%%%', 'no-words'],
    ['___ \\\\ %', '___ \\\\ %', 'no-words'],
    ['😀🎉👍🏽', '😀🎉👍🏽', 'no-words'],
    ['❤️ ⭐ 👨‍👩‍👧', '❤️ ⭐ 👨‍👩‍👧', 'no-words'],
    ['!?…“”', '!?…“”', 'no-words'],
  ] as const)('%j -> display %j, problem %s', (raw, display, problem) => {
    expect(parseQuery(raw)).toEqual({ terms: [], display, problem })
  })

  it('takes the first string of a repeated search param', () => {
    expect(parseQuery([7, 'Đồng Lê', 'other']).terms).toEqual(['dong', 'le'])
    expect(parseQuery(['Đồng Lê', 'other']).display).toBe('Đồng Lê')
  })

  it('collapses whitespace and normalises to NFC in display', () => {
    expect(parseQuery('  Đồng \t\n Lê  '.normalize('NFD')).display).toBe('Đồng Lê')
  })

  it('cuts a 10,000-character query and keeps searching (problem stays null)', () => {
    const parsed = parseQuery('dong le '.repeat(1250))
    expect(parsed.display.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parsed.terms).toEqual(['dong', 'le'])
    expect(parsed.problem).toBeNull()
  })

  it.each([
    ['a'.repeat(10_000), null],
    ['%'.repeat(10_000), 'no-words'],
    ['!'.repeat(MAX_QUERY_LENGTH) + ' dong le', 'too-long'],
    ['!'.repeat(MAX_QUERY_LENGTH) + ' !!!', 'no-words'],
  ])('absurd long query %#: problem %s', (raw, problem) => {
    const parsed = parseQuery(raw)
    expect(parsed.display.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
    expect(parsed.problem).toBe(problem)
  })

  it('never splits an emoji surrogate pair at the cut', () => {
    const parsed = parseQuery('a'.repeat(MAX_QUERY_LENGTH - 1) + '😀😀')
    expect(parsed.display).toBe('a'.repeat(MAX_QUERY_LENGTH - 1))
    expect(parsed.display).not.toMatch(LONE_SURROGATE)
  })

  it(`keeps at most ${MAX_TERMS} distinct terms`, () => {
    const parsed = parseQuery('a b c d e f g h i j a b')
    expect(parsed.terms).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])
    expect(parsed.problem).toBeNull()
  })
})

describe('searchTextOf', () => {
  it.each([
    [['Đồng Lê'], 'dong le'],
    [['CẢI CÁCH'], 'cai cach'],
    [['Cải cách: hành-chính!', null, undefined, 'Đồng  Lê…'], 'cai cach hanh chinh dong le'],
    [['100% (mức độ 3,4)'], '100 muc do 3 4'],
    [['Đồng Lê'.normalize('NFD')], 'dong le'],
    [[], ''],
    [['🎉 !!!'], ''],
  ])('%j -> %j', (parts, key) => {
    expect(searchTextOf(parts)).toBe(key)
  })
})

describe('matches', () => {
  it.each([
    ['cai cach hanh chinh', [1, 3]],
    ['CẢI CÁCH', [1, 3]],
    ['cải cách', [1, 3]],
    ['dong le', [1, 2]],
    ['Đồng Lê', [1, 2]],
    ['Đ', [1, 2, 4, 5]], // Đồng/đẩy/dịch/độ, dân, Đường/điện, đường; 3 has no d-word
    ['le', [1, 2, 5]], // "Lê", "Lê", "lên"/"Lễ"; "lịch" does not start with "le"
    ['len', [5]],
    ['an', []], // never inside a word: "thanh", "hanh" do not match
    ['35', [4]],
    ['dong xa', []], // every term must match
  ])('%j matches %j', (query, expected) => {
    const { terms } = parseQuery(query)
    expect(ids(DOCS.filter((d) => matches(d, terms)))).toEqual(expected)
  })

  it('matches nothing without terms', () => {
    expect(matches(DOCS[0], [])).toBe(false)
    expect(rankResults(DOCS, [])).toEqual([])
  })

  it('re-keys terms that were not parsed first', () => {
    expect(matches(DOCS[0], ['Đồng Lê'])).toBe(true)
  })
})

describe('rankResults', () => {
  it('puts title matches before body matches, then the most recent first', () => {
    // 1 and 3 have all terms in the title (1 newer), 2 only in the body.
    expect(ids(rankResults(DOCS, ['dong', 'le']))).toEqual([1, 2])
    expect(ids(rankResults(DOCS, ['cai', 'cach']))).toEqual([1, 3])
  })

  it.each([
    // [terms, expected order]
    [['cong'], [2, 1, 3]], // title "công dân" first; then body-only by date (1: Jan 2026, 3: Dec 2025)
    [['dong', 'le', 'lich'], [2]],
    [['d'], [4, 5, 2, 1]], // all four have a d-word in the title: newest first
  ])('%j -> %j', (terms, expected) => {
    expect(ids(rankResults(DOCS, terms))).toEqual(expected)
  })

  it('ranks more title terms higher, and is stable on ties', () => {
    const a = doc(10, 'Đồng Lê', 'cải cách', '2026-01-01T00:00:00Z')
    const b = doc(11, 'Cải cách', 'Đồng Lê', '2026-01-01T00:00:00Z')
    const c = doc(12, 'Đồng Lê cải cách', '', '2020-01-01T00:00:00Z')
    const d = doc(13, 'Tin tức', 'Đồng Lê cải cách', '2030-01-01T00:00:00Z')
    expect(ids(rankResults([d, a, b, c], ['dong', 'le', 'cai']))).toEqual([12, 10, 11, 13])
    expect(ids(rankResults([b, a], ['dong', 'cai']))).toEqual([11, 10])
  })

  it('sorts an invalid date as oldest', () => {
    const bad = doc(20, 'Đồng Lê', '', 'not a date')
    const old = doc(21, 'Đồng Lê', '', '2000-01-01T00:00:00Z')
    expect(ids(rankResults([bad, old], ['dong']))).toEqual([21, 20])
  })
})

describe('highlight', () => {
  const marked = (runs: ReturnType<typeof highlight>) => runs.filter((r) => r.match).map((r) => r.text)

  it('marks exactly "Đồng" and "Lê"', () => {
    expect(highlight('Đồng Lê đẩy mạnh', ['dong', 'le'])).toEqual([
      { text: 'Đồng', match: true },
      { text: ' ', match: false },
      { text: 'Lê', match: true },
      { text: ' đẩy mạnh', match: false },
    ])
  })

  it('keeps decomposed (NFD) text intact and includes the marks in the run', () => {
    const text = 'Đồng Lê đẩy mạnh'.normalize('NFD')
    const runs = highlight(text, ['dong', 'le'])
    expect(runs.map((r) => r.text).join('')).toBe(text)
    expect(marked(runs)).toEqual(['Đồng'.normalize('NFD'), 'Lê'.normalize('NFD')])
  })

  it.each([
    ['Cải cách hành chính', ['cai', 'cach'], ['Cải', 'cách']],
    ['CẢI CÁCH', ['cai cach'], ['CẢI', 'CÁCH']],
    ['Lễ lên đường', ['le'], ['Lễ', 'lê']], // prefix: only the "lê" of "lên"
    ['thanh hanh', ['an'], []], // not inside words
    ['Đường điện', ['d'], ['Đ', 'đ']],
    ['(Đồng-Lê)', ['dong', 'le'], ['Đồng', 'Lê']],
    ['Đồng Lê', ['do', 'dong'], ['Đồng']], // overlapping terms form one run
    ['🎉Đồng 😀 Lê', ['dong', 'le'], ['Đồng', 'Lê']],
    ['Đồng Lê', [], []],
  ])('%j with %j marks %j', (text, terms, expected) => {
    const runs = highlight(text, terms)
    expect(runs.map((r) => r.text).join('')).toBe(text)
    expect(marked(runs)).toEqual(expected)
  })

  it('returns no runs for empty text', () => {
    expect(highlight('', ['dong'])).toEqual([])
  })
})

describe('excerpt', () => {
  const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ')
  const long = `${words('đầu', 60)} Đồng Lê đẩy mạnh cải cách ${words('cuối', 60)}`

  it('returns short text whole, whitespace collapsed', () => {
    expect(excerpt('  Đồng Lê\n\nđẩy mạnh  ', ['dong'])).toBe('Đồng Lê đẩy mạnh')
  })

  it.each([
    [['dong', 'le'], 220],
    [['cai'], 220],
    [['cai'], 80],
    [['cuoi59'], 100],
    [['dau0'], 100],
    [['khong co'], 120],
  ])('windows %j within %i characters, cut at word boundaries', (terms, max) => {
    const out = excerpt(long, terms, max)
    expect(out.length).toBeLessThanOrEqual(max)
    const inner = out.replace(/^…/, '').replace(/…$/, '')
    // Every word shown is a whole word of the text.
    expect(` ${long} `).toContain(` ${inner} `)
    expect(out.startsWith('…')).toBe(!long.startsWith(inner))
    expect(out.endsWith('…')).toBe(!long.endsWith(inner))
  })

  it('contains the first match, with context before it', () => {
    const out = excerpt(long, ['dong', 'le'])
    expect(out).toMatch(/^…đầu\d+ .*Đồng Lê đẩy mạnh/)
    expect(out.endsWith('…')).toBe(true)
  })

  it('shows the start of the text when nothing matches', () => {
    const out = excerpt(long, ['xyz'], 50)
    expect(out.startsWith('đầu0 đầu1')).toBe(true)
    expect(out.endsWith('…')).toBe(true)
  })

  it('shows the end of the text when the match is at the end', () => {
    const out = excerpt(long, ['cuoi59'], 100)
    expect(out.startsWith('…')).toBe(true)
    expect(out.endsWith('cuối59')).toBe(true)
  })

  it('cuts a single over-long word without splitting a surrogate pair', () => {
    const out = excerpt('😀'.repeat(200), [], 51)
    expect(out.length).toBeLessThanOrEqual(51)
    expect(out).not.toMatch(LONE_SURROGATE)
  })
})
