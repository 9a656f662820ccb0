import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { type LoaServer, startLoaServer } from '../support/loaServer'
import { createPublished, hoursAgo, saveInReviewState } from '../support/newsroom'

/**
 * Issue 11, item 2 in a real browser: the approver signs in, sees how many stories wait in the
 * navigation, opens "Tin chờ duyệt", and from a live article's row opens Payload's comparison of
 * the pending change against the published text, with the changed words on screen.
 */
let server: LoaServer
let browser: Browser
let payload: Payload
const APPROVER = { email: 'lanhdao-e2e@test.loa', password: 'approver-mat-khau-123' }
const LIVE = 'Giá lúa vụ mùa tăng nhẹ'
const CHANGED = 'Giá lúa vụ mùa tăng mạnh'
const NEW = 'Xã Quảng Hòa ra quân làm đường giao thông'

beforeAll(async () => {
  server = await startLoaServer({ seed: false })
  browser = await launchChromium()
  Object.assign(process.env, { DATABASE_URL: server.databaseUrl, LOA_DATA_DIR: server.workDir, LOA_MEDIA_DIR: server.env.LOA_MEDIA_DIR, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../src/boot/openPayload')
  payload = (await openPayload({ key: 'review-queue-e2e' })).payload
  await payload.create({ collection: 'users', data: { ...APPROVER, name: 'Lãnh Đạo Duyệt', role: 'approver' } as never, overrideAccess: true })
  const editor = await payload.create({ collection: 'users', data: { email: 'btv-e2e@test.loa', password: 'editor-mat-khau-123', name: 'Biên Tập Viên', role: 'editor' } as never, overrideAccess: true })
  const live = await createPublished(payload, { title: LIVE, summary: 'Giá lúa tăng 200 đồng mỗi ký so với tuần trước.' })
  await saveInReviewState(payload, live.id, { state: 'pending', submittedAt: hoursAgo(2), submittedBy: editor.id, submittedByName: 'Biên Tập Viên' }, { title: CHANGED, summary: 'Giá lúa tăng 900 đồng mỗi ký so với tuần trước.' })
  const fresh = await payload.create({ collection: 'articles', data: { title: NEW } as never, draft: true, overrideAccess: true })
  await saveInReviewState(payload, fresh.id, { state: 'pending', submittedAt: hoursAgo(5), submittedBy: editor.id, submittedByName: 'Biên Tập Viên' })
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
  await browser?.close()
  await server?.stop()
})

describe('the approver in the admin', () => {
  it('sees the count in the navigation, the queue oldest first, and opens the comparison with the published text', async () => {
    // Wide enough for Payload to keep the navigation open beside the page (below 1440 px it is a drawer).
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    const page = await context.newPage()
    await signInToAdmin(page, server.baseUrl, APPROVER)

    const badge = page.getByRole('link', { name: 'Tin chờ duyệt (2)' })
    expect(await isShown(badge)).toBe(true)
    await badge.click()
    await page.waitForURL(/\/admin\/tin-cho-duyet$/)
    const rows = page.locator('section[data-section="queue"] tbody tr')
    expect(await isShown(rows.first())).toBe(true)
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toContain(NEW)
    expect(await rows.nth(0).textContent()).toMatch(/chờ 5 giờ/)
    expect(await rows.nth(1).textContent()).toContain(CHANGED)
    expect(await rows.nth(0).getByRole('link', { name: 'So với bản đang xuất bản' }).count()).toBe(0)

    await rows.nth(1).getByRole('link', { name: 'So với bản đang xuất bản' }).click()
    await page.waitForURL(/\/versions\/[^/?]+\?versionFrom=/)
    // Payload's diff: the published words and the pending ones, side by side.
    const summaryDiff = page.locator('.render-field-diffs__field', { hasText: 'Tóm tắt (sapo)' }).last()
    expect(await isShown(summaryDiff)).toBe(true)
    const shown = (await summaryDiff.textContent()) ?? ''
    expect(shown).toContain('200')
    expect(shown).toContain('900')
    expect(await isShown(page.getByText('mạnh').first())).toBe(true)
    await context.close()
  })
})
