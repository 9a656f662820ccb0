import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShown, launchChromium } from '../support/browser'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'

let server: LoaServer
let browser: Browser

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('in a real browser', () => {
  it('shows the admin in Vietnamese to an English browser, and lets staff sign in and see the articles', async () => {
    const context = await browser.newContext({ locale: 'en-US' })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/admin`)
    await page.getByLabel('Email').fill(ADMIN.email)
    await page.getByLabel('Mật khẩu').fill(ADMIN.password)
    await page.getByRole('button', { name: 'Đăng nhập' }).click()
    await page.waitForURL(/\/admin$/)
    await page.goto(`${server.baseUrl}/admin/collections/articles`)
    expect(await isShown(page.getByRole('heading', { name: 'Bài viết' }))).toBe(true)
    expect(await isShown(page.getByText('Cải cách hành chính: Đồng Lê đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4').first())).toBe(true)
    await context.close()
  })

  it('lets a resident read the news with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/`)
    const first = page.locator('.article-list a').first()
    const title = (await first.textContent())?.trim() ?? ''
    expect(title.length).toBeGreaterThan(10)
    await first.click()
    expect(await isShown(page.getByRole('heading', { level: 1, name: title }))).toBe(true)
    expect(await isShown(page.locator('.sapo'))).toBe(true)
    await page.goto(`${server.baseUrl}/tin-tuc/khong-co-bai-nay`)
    expect(await isShown(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' }))).toBe(true)
    await context.close()
  })
})
