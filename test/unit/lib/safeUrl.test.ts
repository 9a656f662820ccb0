import { describe, expect, it } from 'vitest'
import { isSafeLinkUrl, isSafeHttpUrl, unsafeLinksIn, withSafeLinks } from '../../../src/lib/safeUrl'

describe('isSafeLinkUrl', () => {
  it.each([
    ['https://baoquangbinh.vn/tin/123', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['mailto:ttvh@dongle.gov.vn', true],
    ['tel:+842323123456', true],
    ['/tin-tuc/bai-viet', true],
    ['bai-viet-khac', true],
    ['#muc-2', true],
    ['?q=lich', true],
    ['//cdn.example.com/a.pdf', true],
    ['https://x.vn/?a=1&b=2', true],
    ['  https://example.com  ', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['java\u0000script:alert(1)', false],
    ['\u0001javascript:alert(1)', false],
    ['javascript\u2028:alert(1)', false],
    ['&#106;avascript:alert(1)', false],
    ['&#x6A;avascript:alert(1)', false],
    ['javascript&colon;alert(1)', false],
    ['java&Tab;script:alert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['DATA:text/html,<script>', false],
    ['vbscript:msgbox', false],
    ['file:///etc/passwd', false],
    ['https://example.com/a b', false],
    ['', false],
    [null, false],
    [42, false],
  ])('%j -> %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe)
  })
})

describe('isSafeHttpUrl', () => {
  it.each([
    ['https://stream.vov.vn/vov1', true],
    ['http://10.0.0.5:8000/live.mp3', true],
    ['https://stream.example.vn/live\n#EXTINF:-1,Quảng cáo\nhttp://evil.example/x.mp3', false],
    ['https://stream.example.vn/live\r\nhttp://evil.example/x.mp3', false],
    ['https://stream.example.vn/live\u2028x', false],
    ['https://stream.example.vn/live\tx', false],
    ['https://stream.example.vn/a b', false],
    [' https://stream.example.vn/live', false],
    ['ftp://stream.example.vn/live', false],
    ['javascript:alert(1)', false],
    ['https://', false],
    ['https:///path', false],
    ['', false],
    [undefined, false],
  ])('%j -> %s', (url, safe) => {
    expect(isSafeHttpUrl(url)).toBe(safe)
  })
})

const link = (url: unknown, type = 'link', linkType = 'custom') => ({ type, fields: { linkType, url, newTab: false }, children: [{ type: 'text', text: 'bấm' }] })
const doc = (...nodes: unknown[]) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: nodes }] } })

describe('unsafeLinksIn (Lexical JSON)', () => {
  it.each([
    ['a safe link', doc(link('https://example.com')), []],
    ['a javascript: link', doc(link('javascript:alert(1)')), ['javascript:alert(1)']],
    ['an autolink with data:', doc(link('data:text/html,x', 'autolink')), ['data:text/html,x']],
    ['a nested link in a list item', { root: { children: [{ type: 'list', children: [{ type: 'listitem', children: [link('java\tscript:x')] }] }] } }, ['java\tscript:x']],
    ['an internal link (rendered from its document)', doc(link('javascript:x', 'link', 'internal')), []],
    ['a plain Lexical link (url on the node)', doc({ type: 'link', url: 'vbscript:x', children: [] }), ['vbscript:x']],
    ['no content', null, []],
    ['text only', doc({ type: 'text', text: 'javascript:alert(1)' }), []],
  ])('%s', (_name, content, expected) => {
    expect(unsafeLinksIn(content)).toEqual(expected)
  })
})

describe('withSafeLinks', () => {
  it('replaces unsafe URLs by "#" and keeps safe ones and the text', () => {
    const original = doc(link('javascript:alert(1)'), link('https://example.com'), { type: 'link', url: 'data:x', children: [] })
    const cleaned = withSafeLinks(original)
    const nodes = cleaned.root.children[0].children as any[]
    expect(nodes[0].fields.url).toBe('#')
    expect(nodes[0].children[0].text).toBe('bấm')
    expect(nodes[1].fields.url).toBe('https://example.com')
    expect(nodes[2].url).toBe('#')
    expect(unsafeLinksIn(cleaned)).toEqual([])
    // The original is not changed (it may be cached data).
    expect((original.root.children[0].children[0] as any).fields.url).toBe('javascript:alert(1)')
  })
})
