import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { spawnSync } from 'node:child_process'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { ordinaryMonday } from '../support/dates'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../support/loaServer'
import { api, login, staffSession } from '../support/rest'
import { formatVietnameseDate, localParts, STATION_TIME_ZONE } from '../../src/lib/viDate'

let server: LoaServer
let browser: Browser

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
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

  it('shows an editor whose computer is set to New York the publication time in Vietnam time, in the list and the form', async () => {
    const title = 'Cải cách hành chính: Đồng Lê đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4'
    const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
    const found = await api(admin, 'GET', `/articles?where[title][equals]=${encodeURIComponent(title)}&depth=0`)
    const article = found.json.docs[0] as { id: number; publishedAt: string }
    const expected = adminDateTimeText(article.publishedAt, STATION_TIME_ZONE)
    // Vietnam is 11 or 12 hours ahead of New York: the two readings can never coincide.
    expect(adminDateTimeText(article.publishedAt, 'America/New_York')).not.toBe(expected)

    const context = await browser.newContext({ timezoneId: 'America/New_York' })
    const page = await context.newPage()
    await signIn(page, ADMIN.email, ADMIN.password)
    await page.goto(`${server.baseUrl}/admin/collections/articles`)
    expect(await shownDateTime(page.locator('tr', { hasText: title }).locator('.cell-publishedAt'))).toBe(expected)

    await page.goto(`${server.baseUrl}/admin/collections/articles/${article.id}`)
    expect(await shownDateTime(page.locator('#field-publishedAt .date-time-picker input'))).toBe(expected)
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

  it('shows a technician the assembled programme with a player and a working "Dựng lại" button', async () => {
    // A Monday two weeks back: residents hear a programme (the home player later in this file) once it has aired.
    const monday = ordinaryMonday(-2)
    const assembled = spawnSync(process.execPath, [...NODE_FLAGS, 'scripts/assemble.ts', '--date', monday, '--slot', 'chieu'], { cwd: ROOT, env: server.env, encoding: 'utf8' })
    expect(assembled.status, assembled.stdout + assembled.stderr).toBe(0)
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, server.baseUrl, ADMIN)
    await page.goto(`${server.baseUrl}/admin/collections/programmes`)
    await page.getByRole('link', { name: /Chương trình phát thanh địa phương buổi chiều/ }).first().click()
    const audio = page.locator('audio')
    expect(await isShown(audio)).toBe(true)
    expect(await audio.getAttribute('src')).toBe(`/media/programmes/${monday}/chieu.mp3`)
    await page.getByRole('button', { name: 'Dựng lại' }).click()
    expect(await isShown(page.getByRole('status').filter({ hasText: 'Đã yêu cầu dựng lại' }))).toBe(true)
    // Until the worker rebuilds it, the earlier file stays playable, and the page says so.
    await page.reload()
    expect(await isShown(page.getByText('Đây là bản đã dựng trước đó'))).toBe(true)
    expect(await page.locator('audio').count()).toBe(1)
    await context.close()
  })

  it('lets an editor write a draft with a table that only an approver can publish, after which a resident sees it on the home page, finds it without diacritics and listens to the latest programme', async () => {
    const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
    await staffSession(admin, 'editor', 'bientap-e2e@test.loa')
    await staffSession(admin, 'approver', 'duyet-e2e@test.loa')
    const title = 'Thị trấn Đồng Lê ra quân tổng vệ sinh môi trường cuối năm'

    const editor = await browser.newContext()
    const page = await editor.newPage()
    await signIn(page, 'bientap-e2e@test.loa', 'editor-password-123')
    await page.goto(`${server.baseUrl}/admin/collections/articles/create`)
    await page.getByLabel('Tiêu đề').fill(title)
    await page.getByLabel('Tóm tắt (sapo)').fill('Hơn 500 người dân tham gia dọn vệ sinh đường làng, ngõ xóm.')
    await page.locator('[contenteditable="true"]').first().click()
    await page.keyboard.type('Sáng Chủ Nhật, các tổ dân phố đồng loạt ra quân.')
    // A table, found in the insert menu by its Vietnamese name.
    await page.keyboard.press('Enter')
    await page.keyboard.type('/bảng')
    await page.getByRole('option', { name: 'Bảng' }).or(page.locator('#slash-menu button', { hasText: 'Bảng' })).first().click()
    const size = page.locator('[class*="drawer"] input[type="number"]')
    await size.nth(0).fill('2')
    await size.nth(1).fill('2')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page.locator('[contenteditable="true"] table th').first().click()
    for (const [index, text] of ['Tổ dân phố', 'Giờ tập trung', 'Tiểu khu 1', '6 giờ 30'].entries()) {
      await page.keyboard.type(text)
      if (index < 3) await page.keyboard.press('Tab')
    }
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
    const articleUrl = page.url()
    // The approval buttons replace Payload's "Publish": an editor gets no enabled publish button.
    const publish = page.getByRole('button', { name: /xuất bản/i })
    const enabled = await Promise.all((await publish.all()).map((button) => button.isEnabled()))
    expect(enabled.filter(Boolean)).toHaveLength(0)
    await editor.close()
    expect((await fetch(`${server.baseUrl}/`).then((response) => response.text())).includes(title)).toBe(false)

    const approver = await browser.newContext()
    const approverPage = await approver.newPage()
    await signIn(approverPage, 'duyet-e2e@test.loa', 'approver-password-123')
    await approverPage.goto(articleUrl)
    await approverPage.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    expect(await isShown(approverPage.getByText(/thành công|Đã xuất bản/i).first())).toBe(true)
    await approver.close()

    const resident = await browser.newContext({ javaScriptEnabled: false })
    const home = await resident.newPage()
    const deadline = Date.now() + 2000
    let visible = false
    while (!visible && Date.now() < deadline) {
      await home.goto(`${server.baseUrl}/`)
      visible = (await home.content()).includes(title)
    }
    expect(visible).toBe(true)
    await home.getByRole('link', { name: title }).first().click()
    const table = home.getByRole('region', { name: 'Bảng' }).getByRole('table')
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Tổ dân phố', 'Giờ tập trung'])
    expect(await table.getByRole('rowheader').allTextContents()).toEqual(['Tiểu khu 1'])
    expect(await table.getByRole('cell').allTextContents()).toEqual(['6 giờ 30'])
    await resident.close()

    // The same resident on a phone: finds the article by typing without diacritics, then listens.
    // The technician asked for a rebuild above and no worker runs here: the earlier file still plays.
    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
    const phonePage = await phone.newPage()
    await phonePage.goto(`${server.baseUrl}/tim-kiem`)
    await phonePage.getByRole('searchbox').fill('thi tran dong le ra quan tong ve sinh')
    await phonePage.getByRole('button', { name: 'Tìm' }).click()
    await phonePage.getByRole('link', { name: title }).first().click()
    expect(await isShown(phonePage.getByRole('heading', { level: 1, name: title }))).toBe(true)
    await phonePage.goto(`${server.baseUrl}/`)
    const player = phonePage.locator('.home-side audio')
    await player.evaluate((audio: HTMLAudioElement) => audio.play())
    await phonePage.waitForFunction(() => (document.querySelector('.home-side audio') as HTMLAudioElement).currentTime > 0.3, undefined, { timeout: 15_000 })
    await phone.close()
  })
})

async function signIn(page: import('playwright-core').Page, email: string, password: string) {
  await signInToAdmin(page, server.baseUrl, { email, password })
}

/** An instant as the admin shows it (admin.dateFormat "dd/MM/yyyy HH:mm") on a clock in `timeZone`. */
function adminDateTimeText(iso: string, timeZone: string): string {
  const { hour, minute } = localParts(new Date(iso), timeZone)
  return `${formatVietnameseDate(iso, timeZone)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
}

/**
 * The first date and time an element shows (its value for an input, its text otherwise): list cells
 * say "Đang tải..." and the form's date input appears only once the page has loaded.
 */
async function shownDateTime(locator: import('playwright-core').Locator): Promise<string> {
  const read = () =>
    locator.evaluate((node) => (node instanceof HTMLInputElement ? node.value : (node.textContent ?? '')).trim(), undefined, { timeout: 1_000 }).catch(() => '')
  await expect.poll(read, { timeout: 15_000 }).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  return read()
}
