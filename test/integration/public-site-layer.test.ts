import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import express from 'express'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPublicSite, type PublicSite } from '../../src/http/publicSite'
import type { PageRequest, RenderedPage } from '../../src/site/renderPublicPage'
import { rawRequest } from '../support/rawHttp'

/**
 * The public page layer in a real Express server, with a stand-in renderer that counts renders and
 * can be held back: what a visitor gets after a change, under a burst, with junk addresses, and
 * which encoding and headers.
 */
const PAGE_BYTES = 2000
let renders: string[] = []
let version = 1
let hold: Promise<void> | null = null
let baseUrl: string
let close: () => void
let site: PublicSite

async function standIn(request: PageRequest): Promise<RenderedPage> {
  renders.push(request.path + request.search)
  // What the content was when the render read it.
  const seen = version
  if (hold) await hold
  const article = /^\/tin-tuc\/(.+)$/.exec(request.path)?.[1]
  const found = article !== undefined && !article.startsWith('rac')
  const body = `<p>${request.path}${request.search} v${seen}</p>`.padEnd(PAGE_BYTES, ' ')
  return { status: found || request.path === '/tim-kiem' ? 200 : 404, contentType: 'text/html; charset=utf-8', body, tags: article ? [`article:${article}`] : [], maxAgeMs: 60_000 }
}

function start(options: Partial<Parameters<typeof createPublicSite>[0]> = {}) {
  site = createPublicSite({ render: standIn, maxBytes: 20 * PAGE_BYTES, maxQueryBytes: 5 * PAGE_BYTES, settleMs: 50, ...options })
}

beforeAll(async () => {
  const app = express()
  app.use((_req, res, next) => {
    res.locals.origin = 'http://loa.test'
    next()
  })
  app.use((req, res, next) => site.middleware(req, res, next))
  app.use((_req, res) => res.status(418).end('not a public page'))
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close?.())

beforeEach(() => {
  renders = []
  version = 1
  hold = null
  start()
})

const get = (path: string, headers: Record<string, string> = {}) => rawRequest(baseUrl, { path, headers })
const until = async (check: () => Promise<boolean> | boolean, ms = 2000) => {
  const deadline = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('public page layer', () => {
  it('answers a changed page at once with the old copy while one render replaces it', async () => {
    await get('/tin-tuc/a')
    version = 2
    let release = () => {}
    hold = new Promise((resolve) => (release = resolve))
    site.invalidate({ tags: ['article:a'], mode: 'stale' })
    const during = await Promise.all(Array.from({ length: 20 }, () => get('/tin-tuc/a')))
    // Nobody waited for the held render: all answered from memory, the old version.
    expect(during.map((response) => response.headers['x-loa-cache'])).toEqual(Array(20).fill('STALE'))
    expect(during.every((response) => response.body.includes('v1'))).toBe(true)
    release()
    await until(async () => (await get('/tin-tuc/a')).body.includes('v2'))
    // The first render, then at most two for the change (one may have begun before it settled).
    await until(async () => (await get('/tin-tuc/a')).headers['x-loa-cache'] === 'HIT')
    expect(renders.filter((path) => path === '/tin-tuc/a').length).toBeLessThanOrEqual(3)
  })

  it('renders a changed page once, after the change has settled, however many read it before', async () => {
    await get('/tin-tuc/a')
    renders = []
    version = 2
    site.invalidate({ tags: ['article:a'], mode: 'stale' })
    // Read during the settle window (50 ms here): the old page, marked stale, and no render yet (one
    // now could read the content from before the writer's commit and would have to be done again).
    const early = await Promise.all(Array.from({ length: 10 }, () => get('/tin-tuc/a')))
    expect(early.map((response) => response.headers['x-loa-cache'])).toEqual(Array(10).fill('STALE'))
    expect(renders).toEqual([])
    await until(async () => (await get('/tin-tuc/a')).body.includes('v2'))
    expect(renders).toEqual(['/tin-tuc/a'])
  })

  it('re-renders only the pages showing the change, in the background, without a visitor', async () => {
    for (const path of ['/tin-tuc/a', '/tin-tuc/b', '/tin-tuc/c']) await get(path)
    renders = []
    version = 2
    expect(site.invalidate({ tags: ['article:b'], mode: 'stale' })).toBe(1)
    await until(() => site.stats().pending === 0 && renders.length === 1)
    expect(renders).toEqual(['/tin-tuc/b'])
    expect((await get('/tin-tuc/b')).body).toContain('v2')
    expect((await get('/tin-tuc/a')).body).toContain('v1')
    expect((await get('/tin-tuc/a')).headers['x-loa-cache']).toBe('HIT')
  })

  it('shares one render among visitors asking for a missing page at the same time', async () => {
    let release = () => {}
    hold = new Promise((resolve) => (release = resolve))
    const burst = Promise.all(Array.from({ length: 32 }, () => get('/tin-tuc/moi')))
    await until(() => renders.length === 1)
    release()
    const answers = await burst
    expect(renders).toEqual(['/tin-tuc/moi'])
    expect(answers.every((response) => response.status === 200 && response.body.includes('/tin-tuc/moi'))).toBe(true)
  })

  it('never shows a dropped page again (an unpublished article)', async () => {
    await get('/tin-tuc/a')
    version = 2
    site.invalidate({ tags: ['article:a'], mode: 'drop' })
    const next = await get('/tin-tuc/a')
    expect(next.headers['x-loa-cache']).toBe('MISS')
    expect(next.body).toContain('v2')
  })

  it('renders again after the change settled a page whose render began before it', async () => {
    let release = () => {}
    hold = new Promise((resolve) => (release = resolve))
    const first = get('/tin-tuc/a')
    await until(() => renders.length === 1)
    // The change lands while the render (which may have read the old content) runs.
    site.invalidate({ tags: ['article:a'], mode: 'stale' })
    version = 2
    release()
    await first
    await until(async () => (await get('/tin-tuc/a')).body.includes('v2'))
    expect(renders.length).toBe(2)
  })

  it('keeps the pages residents read while junk addresses and searches flood in', async () => {
    const readPages = ['/tin-tuc/a', '/tin-tuc/b', '/tin-tuc/c']
    for (const path of readPages) await get(path)
    for (let i = 0; i < 100; i++) {
      expect((await get(`/tin-tuc/rac-${i}`)).status).toBe(404)
      await get(`/tim-kiem?q=rac-${i}`)
    }
    const before = renders.length
    for (const path of readPages) expect((await get(path)).headers['x-loa-cache'], path).toBe('HIT')
    expect(renders.length).toBe(before)
    // Both encodings count: 20 pages' budget + 5 for queries.
    expect(site.stats().bytes).toBeLessThanOrEqual(25 * PAGE_BYTES)
  })

  it('evicts the least recently read page first when real pages exceed the budget', async () => {
    // Each page is stored twice (plain and gzip, ~2,000 + ~100 bytes): 19 fit in 20 pages' bytes.
    for (let i = 0; i < 19; i++) await get(`/tin-tuc/p${i}`)
    expect((await get('/tin-tuc/p0')).headers['x-loa-cache']).toBe('HIT')
    await get('/tin-tuc/p19')
    expect((await get('/tin-tuc/p0')).headers['x-loa-cache']).toBe('HIT')
    expect((await get('/tin-tuc/p1')).headers['x-loa-cache']).toBe('MISS')
  })

  it('renders a popular link with unique tracking parameters once', async () => {
    for (let i = 0; i < 50; i++) await get(`/tin-tuc/a?fbclid=IwAR${i}&utm_source=facebook`)
    expect(renders).toEqual(['/tin-tuc/a'])
  })

  it('negotiates the encoding with Accept-Encoding, with the same page inside', async () => {
    const plain = await get('/tin-tuc/a', { 'Accept-Encoding': 'identity' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(Number(plain.headers['content-length'])).toBe(Buffer.byteLength(plain.body))
    const zipped = await new Promise<Buffer>((resolve, reject) => {
      import('node:http').then(({ get: httpGet }) =>
        httpGet(`${baseUrl}/tin-tuc/a`, { headers: { 'Accept-Encoding': 'gzip, deflate' } }, (res) => {
          expect(res.headers['content-encoding']).toBe('gzip')
          expect(res.headers.vary).toBe('Accept-Encoding')
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve(Buffer.concat(chunks)))
        }).on('error', reject),
      )
    })
    expect(gunzipSync(zipped).toString('utf8')).toBe(plain.body)
    expect((await get('/tin-tuc/a', { 'Accept-Encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined()
    expect((await get('/tin-tuc/a', { 'Accept-Encoding': 'br;q=1, gzip;q=0.5' })).headers['content-encoding']).toBe('gzip')
  })

  it('answers a repeat visit with 304 when the ETag matches, and HEAD with headers only', async () => {
    const first = await get('/tin-tuc/a')
    const etag = String(first.headers.etag)
    expect(etag).toMatch(/^W\/"/)
    const again = await get('/tin-tuc/a', { 'If-None-Match': etag })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    const head = await rawRequest(baseUrl, { method: 'HEAD', path: '/tin-tuc/a' })
    expect(head.status).toBe(200)
    expect(head.body).toBe('')
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(first.body))
  })

  it('gives signed-in staff a fresh, private page and keeps it out of memory', async () => {
    await get('/tin-tuc/a')
    version = 2
    const staff = await get('/tin-tuc/a', { Cookie: 'payload-token=abc' })
    expect(staff.body).toContain('v2')
    expect(staff.headers['cache-control']).toBe('private, no-store')
    expect(staff.headers['x-loa-cache']).toBeUndefined()
    expect((await get('/tin-tuc/a')).body).toContain('v1')
  })

  it('treats a forged session cookie as an anonymous visitor: served from memory, no render bought', async () => {
    start({ isStaff: async (req) => req.headers.cookie === 'payload-token=real-staff' })
    await get('/tin-tuc/a')
    for (let i = 0; i < 20; i++) expect((await get('/tin-tuc/a', { Cookie: `payload-token=forged-${i}` })).headers['x-loa-cache']).toBe('HIT')
    expect(renders).toEqual(['/tin-tuc/a'])
    expect((await get('/tin-tuc/a', { Cookie: 'payload-token=real-staff' })).headers['cache-control']).toBe('private, no-store')
  })

  it('leaves the admin, APIs and files to the next handler, and answers other methods there too', async () => {
    for (const path of ['/admin', '/api/articles', '/media/a.mp3', '/_next/static/x.js']) expect((await get(path)).status, path).toBe(418)
    expect((await rawRequest(baseUrl, { method: 'POST', path: '/tin-tuc/a', body: 'x' })).status).toBe(418)
  })

  it('renders the popular pages ahead after a restart', async () => {
    start({ popularPaths: async () => ['/tin-tuc/a', '/tin-tuc/b'] })
    site.warmUp('http://loa.test')
    await until(() => renders.length === 2)
    expect((await get('/tin-tuc/b')).headers['x-loa-cache']).toBe('HIT')
  })

  it('answers a render failure with a Vietnamese 500 page, and keeps serving the old copy of a stored page', async () => {
    await get('/tin-tuc/a')
    start({ render: async () => Promise.reject(new Error('database locked')) })
    const failed = await get('/tin-tuc/b')
    expect(failed.status).toBe(500)
    expect(failed.body).toContain('Trang tạm thời không hiển thị được')
  })
})
