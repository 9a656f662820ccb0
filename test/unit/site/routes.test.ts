import { describe, expect, it } from 'vitest'
import { matchPublicRoute } from '../../../src/site/routes'

describe('public addresses', () => {
  it.each([
    ['/', { page: 'home' }],
    ['/tin-tuc/le-hoi-dong-le', { page: 'article', slug: 'le-hoi-dong-le' }],
    ['/tin-tuc/%C4%91%C3%B4ng-l%C3%AA', { page: 'article', slug: 'đông-lê' }],
    ['/tin-tuc/%E0%A4%A', { page: 'not-found' }],
    ['/tin-tuc/a/b', { page: 'not-found' }],
    ['/tin-tuc', { page: 'not-found' }],
    ['/chuyen-muc/thong-bao', { page: 'category', slug: 'thong-bao' }],
    ['/chuyen-muc/thong-bao/trang/2', { page: 'category', slug: 'thong-bao', pageNumber: '2' }],
    ['/chuyen-muc/thong-bao/trang/abc', { page: 'category', slug: 'thong-bao', pageNumber: 'abc' }],
    ['/chuyen-muc/thong-bao/rss.xml', { page: 'category-rss', slug: 'thong-bao' }],
    ['/tag/so-hoa/trang/3', { page: 'tag', slug: 'so-hoa', pageNumber: '3' }],
    ['/tim-kiem', { page: 'search' }],
    ['/lich-phat-song', { page: 'schedule' }],
    ['/nghe-lai', { page: 'listen-again' }],
    ['/nghe-truc-tiep', { page: 'live' }],
    ['/rss.xml', { page: 'rss' }],
    ['/podcast.xml', { page: 'podcast' }],
    ['/sitemap.xml', { page: 'sitemap' }],
    ['/robots.txt', { page: 'robots' }],
    ['/wp-login.php', { page: 'not-found' }],
    ['/_khong-tim-thay', { page: 'not-found' }],
  ])('%s', (path, route) => {
    expect(matchPublicRoute(path)).toEqual(route)
  })

  it('drops a trailing slash with a permanent redirect, keeping the query', () => {
    expect(matchPublicRoute('/tin-tuc/le-hoi/', '?a=1')).toEqual({ redirect: '/tin-tuc/le-hoi?a=1' })
    expect(matchPublicRoute('/lich-phat-song//')).toEqual({ redirect: '/lich-phat-song' })
  })

  it.each(['//evil.example/', '///evil.example/', '/\\evil.example/', '//'])('never redirects %s to another site', (path) => {
    const route = matchPublicRoute(path)
    if ('redirect' in route) expect(route.redirect).toMatch(/^\/(?:$|[^/\\])/)
    else expect(route).toEqual({ page: 'not-found' })
  })
})
