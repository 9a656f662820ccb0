import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPageCache } from '../../src/http/pageCache'
import { rawRequest } from '../support/rawHttp'

/**
 * The page cache in a real Express server with a stand-in for Next that counts renders: junk
 * addresses must not push out the pages residents read, and the cache stays within its bytes.
 */
const PAGE_BYTES = 1000
let renders = 0
let baseUrl: string
let close: () => void
const cache = createPageCache({ maxBytes: 20 * PAGE_BYTES, maxQueryBytes: 5 * PAGE_BYTES })

beforeAll(async () => {
  const app = express()
  app.use((_req, res, next) => {
    res.locals.origin = 'http://loa.test'
    next()
  })
  app.use(cache.middleware)
  app.use((req, res) => {
    renders++
    const found = req.path.startsWith('/tin-tuc/') && !req.path.includes('rac')
    res.status(found ? 200 : 404).type('html').send(`<p>${req.path}</p>`.padEnd(PAGE_BYTES, ' '))
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close?.())

describe('page cache', () => {
  it('keeps the pages residents read while junk addresses and searches flood in', async () => {
    const readPages = ['/tin-tuc/a', '/tin-tuc/b', '/tin-tuc/c']
    for (const path of readPages) await rawRequest(baseUrl, { path })
    for (let i = 0; i < 200; i++) {
      await rawRequest(baseUrl, { path: `/tin-tuc/rac-${i}` })
      await rawRequest(baseUrl, { path: `/tim-kiem?q=rac-${i}` })
    }
    const rendersBefore = renders
    for (const path of readPages) expect((await rawRequest(baseUrl, { path })).headers['x-loa-cache'], path).toBe('HIT')
    expect(renders).toBe(rendersBefore)
    expect(cache.stats().bytes).toBeLessThanOrEqual(25 * PAGE_BYTES)
  })

  it('evicts the least recently read page first when real pages exceed the budget', async () => {
    cache.invalidate()
    for (let i = 0; i < 20; i++) await rawRequest(baseUrl, { path: `/tin-tuc/p${i}` })
    // Reading p0 again makes it recent; the next new page pushes out p1 instead.
    expect((await rawRequest(baseUrl, { path: '/tin-tuc/p0' })).headers['x-loa-cache']).toBe('HIT')
    await rawRequest(baseUrl, { path: '/tin-tuc/p20' })
    expect((await rawRequest(baseUrl, { path: '/tin-tuc/p0' })).headers['x-loa-cache']).toBe('HIT')
    expect((await rawRequest(baseUrl, { path: '/tin-tuc/p1' })).headers['x-loa-cache']).toBe('MISS')
  })

  it('renders a popular link with unique tracking parameters once', async () => {
    cache.invalidate()
    const before = renders
    for (let i = 0; i < 50; i++) await rawRequest(baseUrl, { path: `/tin-tuc/a?fbclid=IwAR${i}&utm_source=facebook` })
    expect(renders - before).toBe(1)
  })
})
