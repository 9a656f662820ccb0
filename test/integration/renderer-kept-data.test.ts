import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicSite } from '../../src/http/publicSite'
import type { PublicRenderer } from '../../src/site/renderPublicPage'
import { textOf } from '../support/html'

/**
 * The renderer keeps site-wide data (categories and tags, the station) in memory until a hook reports
 * a change. Hooks run inside the writer's transaction, before it commits: a page rendered in that
 * moment reads the old name. That read must not be kept once the change has settled, or every page
 * would show the old name until the next edit. In-process on a temporary SQLite file with
 * transactions on, as MongoDB runs in production, so the render can be placed before the commit.
 */
const workDir = mkdtempSync(path.join(tmpdir(), 'loa-renderer-kept-'))
let payload: Payload
let renderer: PublicRenderer
let stopWatching: () => void
const ORIGIN = 'http://loa.test'

async function articleText(slug: string, now: Date) {
  const page = await renderer.render({ path: `/tin-tuc/${slug}`, search: '', origin: ORIGIN, now })
  expect(page.status).toBe(200)
  return textOf(String(page.body))
}

beforeAll(async () => {
  process.env.DATABASE_URL = `file:${path.join(workDir, 'loa.db')}`
  process.env.LOA_SQLITE_TRANSACTIONS = '1'
  process.env.LOA_LOG_LEVEL = 'error'
  const { openPayload } = await import('../../src/boot/openPayload')
  const { createPublicRenderer } = await import('../../src/site/renderPublicPage')
  const { keepPagesCurrent } = await import('../../src/site/keepPagesCurrent')
  payload = (await openPayload({ key: 'renderer-kept-data' })).payload
  renderer = createPublicRenderer(payload)
  // The server's wiring: hook reports reach renderer.forget; the stored pages are not under test here.
  stopWatching = keepPagesCurrent(payload, { invalidate: () => {} } as unknown as PublicSite, renderer)
}, 120_000)

afterAll(async () => {
  stopWatching?.()
  await payload?.destroy()
  rmSync(workDir, { recursive: true, force: true })
})

describe('site-wide data the renderer keeps', () => {
  it("shows a category's new name once the change has settled, even when a page was rendered before the rename committed", async () => {
    const category = await payload.create({ collection: 'categories', data: { name: 'Chuyển đổi số', slug: 'chuyen-doi-so' } as never, overrideAccess: true })
    const article = await payload.create({
      collection: 'articles',
      data: { title: 'Phường Đồng Hới cấp chứng thực điện tử', slug: 'chung-thuc-dien-tu', category: category.id, _status: 'published', publishedAt: new Date().toISOString() } as never,
      overrideAccess: true,
    })
    expect(await articleText(article.slug as string, new Date())).toContain('Chuyển đổi số')

    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await payload.update({ collection: 'categories', id: category.id, data: { name: 'Chính quyền số' } as never, overrideAccess: true, req })
    // The hook has reported the rename; a resident's page rendered now, before the commit, reads the old name.
    expect(await articleText(article.slug as string, new Date())).toContain('Chuyển đổi số')
    await commitTransaction(req)

    const afterSettle = new Date(Date.now() + 1000)
    const text = await articleText(article.slug as string, afterSettle)
    expect(text).toContain('Chính quyền số')
    expect(text).not.toContain('Chuyển đổi số')
  })
})
