import { describe, expect, it } from 'vitest'
import { facebookShareUrl, zaloShareUrl } from '../../../src/site/share'

const ARTICLES = ['https://donghung.example.vn/tin-tuc/cai-cach-hanh-chinh', 'http://localhost:3000/tin-tuc/lễ-hội?x=1&y=2']

describe('share addresses', () => {
  it.each(ARTICLES)('sends %s to Facebook whole', (url) => {
    const share = new URL(facebookShareUrl(url))
    expect(share.origin + share.pathname).toBe('https://www.facebook.com/sharer/sharer.php')
    expect(share.searchParams.get('u')).toBe(url)
  })

  it.each(ARTICLES)("sends %s to Zalo's share page as base64 JSON", (url) => {
    const share = new URL(zaloShareUrl(url))
    expect(share.origin + share.pathname).toBe('https://button-share.zalo.me/share_external')
    const payload = share.searchParams.get('d') ?? ''
    expect(JSON.parse(Buffer.from(payload, 'base64').toString('utf8'))).toEqual({ url })
  })
})
