import { describe, expect, it } from 'vitest'
import { cacheSegmentOf, normalisedPageUrl } from '../../../src/http/cacheKey'

describe('normalisedPageUrl', () => {
  it.each([
    ['/tin-tuc/a', '?fbclid=IwAR0abc', '/tin-tuc/a'],
    ['/tin-tuc/a', '?utm_source=zalo&utm_medium=social&zarsrc=31', '/tin-tuc/a'],
    ['/', '?gclid=1', '/'],
    ['/chuyen-muc/x/trang/2', '?fbclid=1', '/chuyen-muc/x/trang/2'],
    ['/tim-kiem', '?fbclid=1&q=dich+vu+cong', '/tim-kiem?q=dich+vu+cong'],
    ['/tim-kiem', '?trang=2&q=a&utm_source=x', '/tim-kiem?q=a&trang=2'],
    ['/tim-kiem', '?q=a&trang=2', '/tim-kiem?q=a&trang=2'],
    ['/nghe-lai', '?ngay=2026-11-28&fbclid=x', '/nghe-lai?ngay=2026-11-28'],
    ['/tim-kiem', '', '/tim-kiem'],
  ])('%s%s -> %s', (path, search, expected) => {
    expect(normalisedPageUrl(path, search)).toBe(expected)
  })
})

describe('cacheSegmentOf', () => {
  it.each([
    ['/tin-tuc/a', 'pages'],
    ['/rss.xml', 'pages'],
    ['/tim-kiem?q=a', 'queries'],
  ])('%s -> %s', (url, segment) => {
    expect(cacheSegmentOf(url)).toBe(segment)
  })
})
