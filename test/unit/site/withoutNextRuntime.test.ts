import { describe, expect, it } from 'vitest'
import { withoutNextRuntime } from '../../../src/site/withoutNextRuntime'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="vi"><head>${head}</head><body>${body}</body></html>`

describe('withoutNextRuntime', () => {
  it.each([
    ['an external chunk', '<script src="/_next/static/chunks/a.js" async=""></script>', ''],
    ['a legacy-browser polyfill', '<script src="/_next/static/chunks/p.js" noModule=""></script>', ''],
    ['the RSC payload', '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>', ''],
    ['the Turbopack bootstrap', '<script id="_R_">(globalThis["TURBOPACK"]||[]).push({"otherChunks":[]});</script>', ''],
    ['a payload that quotes a closing script tag', '<script>self.__next_f.push([1,"\\u003c/script\\u003e x"])</script><p>after</p>', '<p>after</p>'],
    ['a script preload', '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>', ''],
    ['a module preload', '<link rel="modulepreload" href="/_next/static/chunks/m.js"/>', ''],
    ['structured data (kept)', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>', '<script type="application/ld+json">{"@type":"NewsArticle"}</script>'],
    ["Loa's own script (kept)", '<script data-loa="share">copy()</script>', '<script data-loa="share">copy()</script>'],
    ['a stylesheet (kept)', '<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>', '<link rel="stylesheet" href="/_next/static/chunks/s.css" data-precedence="next"/>'],
    ['a font preload (kept)', '<link rel="preload" as="font" href="/f.woff2"/>', '<link rel="preload" as="font" href="/f.woff2"/>'],
    ['an audio player (kept)', '<audio controls preload="none" src="/media/p.mp3"></audio>', '<audio controls preload="none" src="/media/p.mp3"></audio>'],
  ])('handles %s', (_name, fragment, expected) => {
    expect(withoutNextRuntime(page('<title>T</title>', `<main>${fragment}</main>`))).toBe(page('<title>T</title>', `<main>${expected}</main>`))
  })

  it('leaves a page that streams late parts unchanged, since those parts need Next scripts to show', () => {
    const streamed = page('', '<template id="B:0"></template><p>Đang tải</p><script src="/_next/a.js"></script><div hidden id="S:0"><p>Xong</p></div><script>$RC("B:0","S:0")</script>')
    expect(withoutNextRuntime(streamed)).toBe(streamed)
  })

  it('is idempotent', () => {
    const html = page('<link rel="preload" as="script" href="/a.js"/>', '<p>x</p><script src="/a.js"></script>')
    expect(withoutNextRuntime(withoutNextRuntime(html))).toBe(withoutNextRuntime(html))
  })
})
