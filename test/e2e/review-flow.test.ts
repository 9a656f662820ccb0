import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { textOf } from '../support/html'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, login, staffSession } from '../support/rest'

/**
 * The approval flow in the article editor, as an editor and an approver click through it: write and
 * "Gửi duyệt"; "Trả lại" with a reason; the editor reads the reason, fixes and sends again; "Duyệt và
 * xuất bản"; a resident reads it on the site.
 */
let server: LoaServer
let browser: Browser

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  await staffSession(admin, 'editor', 'bientap-e2e@test.loa')
  await staffSession(admin, 'approver', 'duyet-e2e@test.loa')
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signedIn(email: string, password: string): Promise<Page> {
  const context = await browser.newContext()
  return signInToAdmin(await context.newPage(), server.baseUrl, { email, password })
}

const statusBox = (page: Page) => page.locator('.review-status')

describe('the approval buttons in the article editor', () => {
  it('takes a story from an editor through a return to the approver and onto the site', async () => {
    const title = 'Xã tổ chức tiêm phòng cho đàn gia súc'
    const editor = await signedIn('bientap-e2e@test.loa', 'editor-password-123')
    await editor.goto(`${server.baseUrl}/admin/collections/articles/create`)
    await editor.locator('#field-title').fill(title)
    await editor.locator('#field-summary').fill('Tiêm phòng lở mồm long móng đợt hai.')
    // No Payload "Publish" for anyone: the flow's buttons instead.
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click()
    await editor.waitForURL(/\/admin\/collections\/articles\/\d+$/)
    expect(await isShown(statusBox(editor).getByText('Trạng thái duyệt: Chờ duyệt'))).toBe(true)
    const id = Number(editor.url().split('/').pop())
    expect(await isShown(editor.getByRole('button', { name: 'Rút lại' }))).toBe(true)
    expect(await editor.getByRole('button', { name: 'Duyệt và xuất bản' }).count()).toBe(0)

    const approver = await signedIn('duyet-e2e@test.loa', 'approver-password-123')
    await approver.goto(`${server.baseUrl}/admin/collections/articles/${id}`)
    expect(await isShown(statusBox(approver).getByText('Gửi duyệt: Test editor', { exact: false }))).toBe(true)
    await approver.getByRole('button', { name: 'Trả lại', exact: true }).click()
    const reason = 'Bổ sung lịch tiêm cụ thể từng thôn.'
    await approver.getByLabel('Lý do trả lại (người viết sẽ thấy)').fill(reason)
    await approver.locator('[data-review-confirm="return"]').click()
    expect(await isShown(statusBox(approver).getByText('Trạng thái duyệt: Trả lại'))).toBe(true)

    await editor.reload()
    expect(await isShown(statusBox(editor).getByText(`Lý do: ${reason}`))).toBe(true)
    expect(await isShown(statusBox(editor).getByText('Trả lại: Test approver', { exact: false }))).toBe(true)
    await editor.locator('#field-summary').fill('Tiêm phòng lở mồm long móng đợt hai, lịch từng thôn: thôn 1 sáng thứ Hai, thôn 2 chiều thứ Hai.')
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click()
    expect(await isShown(statusBox(editor).getByText('Trạng thái duyệt: Chờ duyệt'))).toBe(true)

    await approver.reload()
    await approver.getByRole('button', { name: 'Duyệt và xuất bản' }).click()
    expect(await isShown(statusBox(approver).getByText('Trạng thái duyệt: Đã xuất bản'))).toBe(true)
    expect(await isShown(statusBox(approver).getByText('Duyệt: Test approver', { exact: false }))).toBe(true)

    const doc = (await api({ baseUrl: server.baseUrl }, 'GET', `/articles/${id}?depth=0`)).json
    expect(doc.summary).toContain('lịch từng thôn')
    const page = await fetch(`${server.baseUrl}/tin-tuc/${doc.slug}`)
    expect(page.status).toBe(200)
    expect(textOf(await page.text())).toContain(title)
  })
})
