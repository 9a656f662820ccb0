import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FAKE_MICROPHONE, isShown, launchChromium, signInToAdmin } from '../support/browser'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, login, staffSession } from '../support/rest'

/**
 * Issue 11's whole flow in Chromium, as the two people do it: an editor writes a story and records
 * its read-out with the microphone, sends it for approval; the approver finds it in "Tin chờ duyệt",
 * returns it with a reason; the editor reads the reason, fixes it and sends it again; the approver sees
 * what changed since the return, approves and publishes; a resident reads it; the article's history
 * names every step, who and when.
 *
 * With LOA_SCREENSHOTS_DIR set, it also saves the README's screenshots of the flow there.
 */
let server: LoaServer
let browser: Browser
const EDITOR = { email: 'bientap-quytrinh@test.loa', password: 'editor-password-123' }
const APPROVER = { email: 'lanhdao-quytrinh@test.loa', password: 'approver-password-123' }
const TITLE = 'Xã Quảng Hợp hướng dẫn người dân nộp hồ sơ đất đai trực tuyến'
const FIRST_SUMMARY = 'Từ tháng 12, hồ sơ đất đai được nộp qua Cổng dịch vụ công.'
const FIXED_SUMMARY = 'Từ ngày 1 tháng 12, hồ sơ đăng ký đất đai được nộp qua Cổng dịch vụ công quốc gia; bộ phận một cửa hỗ trợ tại chỗ.'
const REASON = 'Ghi rõ ngày bắt đầu và nơi người dân được hỗ trợ.'
const shotsDir = process.env.LOA_SCREENSHOTS_DIR ? path.resolve(process.env.LOA_SCREENSHOTS_DIR) : null

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium(FAKE_MICROPHONE)
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  await staffSession(admin, 'editor', EDITOR.email)
  await staffSession(admin, 'approver', APPROVER.email)
  if (shotsDir) mkdirSync(shotsDir, { recursive: true })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signedIn(account: { email: string; password: string }, options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page }> {
  // Wide enough for Payload to keep the navigation (with its counts) open beside the page.
  const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, ...options })
  const page = await context.newPage()
  await signInToAdmin(page, server.baseUrl, account)
  return { context, page }
}

async function screenshot(page: Page, name: string) {
  if (shotsDir) await page.screenshot({ path: path.join(shotsDir, `${name}.png`) })
}

const statusBox = (page: Page) => page.locator('.review-status')
const queueRow = (page: Page) => page.locator('section[data-section="queue"] tbody tr', { hasText: TITLE })

describe('the newsroom, from the editor to the resident', () => {
  it('writes, records, submits, returns with a reason, fixes, resubmits, publishes, and logs all of it', async () => {
    const editor = await signedIn(EDITOR, { permissions: ['microphone'] })
    const approver = await signedIn(APPROVER)

    // 1. The editor writes the story, marks it for the loudspeakers and records its read-out.
    const e = editor.page
    await e.goto(`${server.baseUrl}/admin/collections/articles/create`)
    await e.locator('#field-title').fill(TITLE)
    await e.locator('#field-summary').fill(FIRST_SUMMARY)
    await e.getByLabel('Đưa vào bản tin truyền thanh').check()
    await e.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await e.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    const id = Number(e.url().split('/').pop())
    const recorder = e.getByRole('group', { name: 'Bản ghi âm bài đọc' })
    await recorder.getByRole('button', { name: 'Ghi âm', exact: true }).click()
    expect(await isShown(recorder.getByRole('status').filter({ hasText: 'Đang ghi âm' }))).toBe(true)
    await e.waitForTimeout(3000)
    await recorder.getByRole('button', { name: 'Dừng' }).click()
    await recorder.getByRole('button', { name: 'Dùng bản ghi này' }).click()
    expect(await isShown(recorder.getByRole('status').filter({ hasText: 'Đã tải lên bản ghi' }), 60_000)).toBe(true)
    expect(await recorder.getByTestId('thoi-luong').textContent()).toMatch(/^Thời lượng: \d+,\d giây$/)
    await screenshot(e, '1-bien-tap-ghi-am')

    // 2. "Gửi duyệt" saves the unsaved recording with the text, then sends it.
    await e.getByRole('button', { name: 'Gửi duyệt' }).click()
    expect(await isShown(statusBox(e).getByText('Trạng thái duyệt: Chờ duyệt'))).toBe(true)
    const waiting = (await api(await login(server.baseUrl, EDITOR.email, EDITOR.password), 'GET', `/articles/${id}?draft=true&depth=1`)).json
    expect(waiting.broadcast.readOut?.kind).toBe('read-out')
    // The editor moves on (an open editor holds Payload's document lock against the approver).
    await e.goto(`${server.baseUrl}/admin`)

    // 3. The approver sees the count in the navigation and the story in the queue, returns it with a reason.
    const a = approver.page
    await a.goto(`${server.baseUrl}/admin`)
    expect(await isShown(a.getByRole('link', { name: /^Tin chờ duyệt \(\d+\)$/ }))).toBe(true)
    await a.goto(`${server.baseUrl}/admin/tin-cho-duyet`)
    expect(await isShown(queueRow(a))).toBe(true)
    expect(await queueRow(a).textContent()).toContain('Test editor')
    await screenshot(a, '2-lanh-dao-tin-cho-duyet')
    await queueRow(a).getByRole('link', { name: TITLE }).click()
    await a.waitForURL(new RegExp(`/admin/collections/articles/${id}$`))
    // Reached by a link, the editor view may still be hydrating when the button is first pressed (seen on
    // a busy CI machine): press again until the dialog opens.
    const reasonBox = a.getByLabel('Lý do trả lại (người viết sẽ thấy)')
    await expect
      .poll(async () => {
        if (!(await reasonBox.isVisible())) await a.getByRole('button', { name: 'Trả lại', exact: true }).click({ timeout: 5_000 }).catch(() => undefined)
        return reasonBox.isVisible()
      }, { timeout: 30_000, interval: 1000 })
      .toBe(true)
    await reasonBox.fill(REASON)
    await screenshot(a, '3-lanh-dao-tra-lai')
    await a.locator('[data-review-confirm="return"]').click()
    expect(await isShown(statusBox(a).getByText('Trạng thái duyệt: Trả lại'))).toBe(true)

    // 4. The editor sees the reason (dashboard and article), fixes the summary and sends it again.
    await e.goto(`${server.baseUrl}/admin`)
    expect(await isShown(e.getByRole('link', { name: 'Bị trả lại (1)' }))).toBe(true)
    expect(await isShown(e.getByText(REASON).first())).toBe(true)
    await screenshot(e, '4-bien-tap-bi-tra-lai')
    await e.goto(`${server.baseUrl}/admin/collections/articles/${id}`)
    expect(await isShown(statusBox(e).getByText(`Lý do: ${REASON}`))).toBe(true)
    await e.locator('#field-summary').fill(FIXED_SUMMARY)
    await e.getByRole('button', { name: 'Gửi duyệt' }).click()
    expect(await isShown(statusBox(e).getByText('Trạng thái duyệt: Chờ duyệt'))).toBe(true)
    await e.goto(`${server.baseUrl}/admin`)

    // 5. The approver opens the comparison with the returned version, then approves and publishes.
    await a.goto(`${server.baseUrl}/admin/tin-cho-duyet`)
    await queueRow(a).getByRole('link', { name: 'So với bản đã trả lại' }).click()
    await a.waitForURL(/\/versions\/[^/?]+\?versionFrom=/)
    const summaryDiff = a.locator('.render-field-diffs__field', { hasText: 'Tóm tắt (sapo)' }).last()
    expect(await isShown(summaryDiff)).toBe(true)
    const diffText = (await summaryDiff.textContent()) ?? ''
    expect(diffText).toContain('Cổng dịch vụ công quốc gia')
    expect(diffText).toContain('Từ tháng 12')
    await screenshot(a, '5-lanh-dao-so-sanh')
    await a.goto(`${server.baseUrl}/admin/collections/articles/${id}`)
    await a.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    expect(await isShown(statusBox(a).getByText('Trạng thái duyệt: Đã xuất bản'))).toBe(true)

    // 6. A resident reads it on the site.
    const published = (await api({ baseUrl: server.baseUrl }, 'GET', `/articles/${id}?depth=0`)).json
    expect(published.summary).toBe(FIXED_SUMMARY)
    const resident = await browser.newContext({ viewport: { width: 360, height: 740 } })
    const r = await resident.newPage()
    await r.goto(`${server.baseUrl}/tin-tuc/${published.slug}`)
    expect(await isShown(r.getByRole('heading', { level: 1, name: TITLE }))).toBe(true)
    expect(await isShown(r.getByText(FIXED_SUMMARY))).toBe(true)
    await resident.close()

    // 7. The article's history names all six steps, with who did each and when (Vietnam time).
    await a.reload()
    const history = a.locator('section.article-history')
    expect(await isShown(history)).toBe(true)
    await history.scrollIntoViewIfNeeded()
    await screenshot(a, '6-lich-su')
    const rows = await history.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')))
    // Newest first; read them in the order they happened.
    const steps = rows.reverse().map(([time, action, who, reason]) => ({ time, action, who, reason }))
    expect(steps.map((step) => step.action)).toEqual(['Tạo bài', 'Gửi duyệt', 'Trả lại', 'Gửi duyệt', 'Duyệt', 'Xuất bản'])
    expect(steps.map((step) => step.who.split(' (')[0])).toEqual(['Test editor', 'Test editor', 'Test approver', 'Test editor', 'Test approver', 'Test approver'])
    expect(steps[2].reason).toBe(REASON)
    for (const step of steps) expect(step.time).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/)

    await editor.context.close()
    await approver.context.close()
  })
})
