import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { ordinaryMonday } from '../support/dates'
import { paragraph } from '../support/newsroom'
import { ADMIN, type LoaServer, runScriptToExit, startLoaServer } from '../support/loaServer'
import { api, login, type Session, staffSession } from '../support/rest'

/**
 * Issue 12's "done when", in Chromium: on a demo article an approver presses "Tạo bài đọc", reads
 * the spoken text, has it read by the local voice with a progress bar, hears it in the admin, and
 * finds it in the next assembled programme. An editor resolves a flagged abbreviation first, and
 * their read-out waits for approval with the article.
 */
let server: LoaServer
let browser: Browser
let admin: Session
const EDITOR = { email: 'bientap-giongmay@test.loa', password: 'editor-password-123' }
const DEMO_TITLE = 'Lịch tiêm chủng mở rộng tại Trạm Y tế thị trấn Đồng Lê'
const SLOT = 'e2e-giong-may'
const date = ordinaryMonday(3)
/** With LOA_SCREENSHOTS_DIR set, the README's pictures of the panel are saved there. */
const shotsDir = process.env.LOA_SCREENSHOTS_DIR ? path.resolve(process.env.LOA_SCREENSHOTS_DIR) : null
const screenshot = async (page: Page, name: string) => {
  if (shotsDir) await panel(page).screenshot({ path: path.join(shotsDir, `${name}.png`) })
}

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  browser = await launchChromium()
  if (shotsDir) mkdirSync(shotsDir, { recursive: true })
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  await staffSession(admin, 'editor', EDITOR.email)
  const slot = await api(admin, 'POST', '/broadcast-slots', { name: 'Bản tin thử giọng máy', slug: SLOT, kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: '01:10', end: '01:40' })
  expect(slot.status, slot.text).toBe(201)
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signedIn(account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } })
  return signInToAdmin(await context.newPage(), server.baseUrl, account)
}

const panel = (page: Page) => page.locator('fieldset.synthetic-read-out')

/** The synthetic read-out's player has loaded the file: its length in seconds as the browser decoded it. */
async function playerDuration(page: Page): Promise<number> {
  const player = panel(page).getByLabel('Nghe bài đọc giọng máy')
  await player.waitFor({ state: 'attached' })
  return player.evaluate(
    (audio: HTMLAudioElement) =>
      new Promise<number>((resolve, reject) => {
        const done = () => (Number.isFinite(audio.duration) && audio.duration > 0 ? resolve(audio.duration) : undefined)
        audio.addEventListener('loadedmetadata', done)
        audio.addEventListener('durationchange', done)
        audio.addEventListener('error', () => reject(new Error(`audio error ${audio.error?.code}`)))
        audio.preload = 'auto'
        audio.load()
        setTimeout(() => reject(new Error('no metadata in 15 s')), 15_000)
      }),
  )
}

describe('Tạo bài đọc in the admin', () => {
  it('reads a demo article aloud for the approver, plays it, and the next programme airs it', async () => {
    const article = (await api(admin, 'GET', `/articles?where[title][equals]=${encodeURIComponent(DEMO_TITLE)}&depth=0`)).json.docs[0]
    expect(article?.broadcast?.synthetic, 'the demo seeds this story with a local-voice read-out').toBeTruthy()
    const page = await signedIn(ADMIN)
    await page.goto(`${server.baseUrl}/admin/collections/articles/${article.id}`)
    expect(await isShown(panel(page).getByTestId('bai-doc-giong-may'))).toBe(true)

    await panel(page).getByRole('button', { name: 'Tạo bài đọc' }).click()
    const spokenBox = panel(page).getByLabel('Sửa lời đọc')
    await expect.poll(() => spokenBox.inputValue()).toContain('từ bảy giờ ba mươi phút đến mười một giờ')
    // The editor's word, kept: a closing line of the centre's own.
    await spokenBox.fill(`${await spokenBox.inputValue()} Đài truyền thanh thị trấn Đồng Lê xin thông báo.`)
    await panel(page).getByRole('button', { name: 'Đọc và lưu bài đọc' }).click()
    await expect.poll(() => panel(page).getByTestId('trang-thai-bai-doc').textContent(), { timeout: 60_000 }).toContain('gắn vào bài đang xuất bản')
    expect(await playerDuration(page)).toBeGreaterThan(10)

    const live = (await api(admin, 'GET', `/articles/${article.id}?depth=1`)).json
    expect(live.broadcast.synthetic.id).not.toBe(article.broadcast.synthetic)
    expect(live.broadcast.synthetic.synthetic.spokenText).toContain('xin thông báo')
    const { code, output } = await runScriptToExit('scripts/assemble.ts', ['--date', date, '--slot', SLOT, '--force'], server.env)
    expect(code, output).toBe(0)
    const programme = (await api(admin, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
    const segment = programme.segments.find((s: { source?: { collection: string; id: string } }) => s.source?.collection === 'articles' && String(s.source.id) === String(article.id))
    expect(path.basename(segment?.clip?.path ?? '')).toBe(live.broadcast.synthetic.filename)
  })

  it('shows an editor the abbreviation it cannot decide, takes the reading they pick, and keeps the read-out for approval', async () => {
    const editorSession = await login(server.baseUrl, EDITOR.email, EDITOR.password)
    const created = await api(editorSession, 'POST', '/articles', {
      title: 'Họp bàn kế hoạch chuyển đổi số',
      summary: 'Chiều nay, lãnh đạo TT và UBND thị trấn họp bàn kế hoạch chuyển đổi số năm 2027.',
      content: paragraph('Cuộc họp bắt đầu lúc 14h00 tại hội trường.'),
      _status: 'draft',
      broadcast: { include: true },
    })
    expect(created.status, created.text).toBe(201)
    const page = await signedIn(EDITOR)
    await page.goto(`${server.baseUrl}/admin/collections/articles/${created.json.doc.id}`)
    expect(await isShown(panel(page).getByTestId('chua-co-bai-doc'))).toBe(true)
    await panel(page).getByRole('button', { name: 'Tạo bài đọc' }).click()

    const marked = panel(page).getByTestId('tu-can-xem')
    await expect.poll(() => marked.allTextContents()).toEqual(['TT'])
    await screenshot(page, '1-loi-doc-can-xem')
    expect(await panel(page).getByLabel('Sửa lời đọc').inputValue()).toContain('ủy ban nhân dân thị trấn')
    await panel(page).getByRole('button', { name: 'Đọc là “trung tâm”' }).click()
    await expect.poll(() => marked.count()).toBe(0)
    expect(await panel(page).getByLabel('Sửa lời đọc').inputValue()).toContain('lãnh đạo trung tâm và ủy ban nhân dân')

    await panel(page).getByRole('button', { name: 'Đọc và lưu bài đọc' }).click()
    await expect.poll(() => panel(page).getByTestId('trang-thai-bai-doc').textContent(), { timeout: 60_000 }).toContain('duyệt cùng bài viết')
    expect(await playerDuration(page)).toBeGreaterThan(3)
    await screenshot(page, '2-nghe-bai-doc')
    const newest = (await api(admin, 'GET', `/articles/${created.json.doc.id}?draft=true&depth=0`)).json
    expect(newest.broadcast.spoken).toContain('lãnh đạo trung tâm')
    expect(newest._status).toBe('draft')
  })
})
