import { spawnSync } from 'node:child_process'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { isShown, launchChromium, seriousViolations } from '../support/browser'
import { ordinaryMonday } from '../support/dates'
import { type LoaServer, ROOT, startLoaServer } from '../support/loaServer'


let server: LoaServer
let browser: Browser

beforeAll(async () => {
  server = await startLoaServer({ seed: 'full' })
  // A Monday two weeks back (in a week without holidays): programmes are public (home player, listen again) once they have aired.
  const assembled = spawnSync(process.execPath, [...NODE_FLAGS, 'scripts/assemble.ts', '--date', ordinaryMonday(-2), '--slot', 'chieu'], { cwd: ROOT, env: server.env, encoding: 'utf8' })
  if (assembled.status !== 0) throw new Error(assembled.stdout + assembled.stderr)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a resident on a phone', () => {
  it('runs the share script under the page\'s Content-Security-Policy, and no other inline script', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
    const page = await context.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
    })
    for (const path of ['/nghe-lai', '/lich-phat-song', '/tim-kiem?q=dong+le', '/khong-co-trang-nay', '/']) await page.goto(`${server.baseUrl}${path}`)
    await page.goto(`${server.baseUrl}${(await page.locator('.featured h2 a').getAttribute('href')) ?? '/'}`)
    // The share script ran: it shows the copy button, hidden without JavaScript.
    expect(await isShown(page.getByRole('button', { name: 'Sao chép liên kết' }))).toBe(true)
    expect(violations).toEqual([])
    // What an injected script (stored XSS) would be: refused by the browser.
    await expect(page.addScriptTag({ content: 'window.__injected = true' })).rejects.toThrow(/Content Security Policy/)
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected ?? false)).toBe(false)
    await context.close()
  })

  it('finds the news on the home page, opens it, finds it again without diacritics, and plays the latest programme', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${server.baseUrl}/`)
    const featured = page.locator('.featured h2 a')
    const title = (await featured.textContent())?.trim() ?? ''
    await featured.click()
    expect(await isShown(page.getByRole('heading', { level: 1, name: title }))).toBe(true)
    const words = title.split(' ').slice(0, 3).join(' ')
    const plain = words.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()
    await page.goto(`${server.baseUrl}/tim-kiem`)
    await page.getByRole('searchbox').fill(plain)
    await page.getByRole('button', { name: 'Tìm' }).click()
    expect(await isShown(page.getByRole('link', { name: title }).first())).toBe(true)
    await page.goto(`${server.baseUrl}/`)
    const player = page.locator('.home-side audio')
    expect(await isShown(player)).toBe(true)
    await player.evaluate((audio: HTMLAudioElement) => audio.play())
    await page.waitForFunction(() => (document.querySelector('.home-side audio') as HTMLAudioElement).currentTime > 0.3, undefined, { timeout: 15_000 })
    await context.close()
  })

  it('downloads no framework JavaScript, and copies the article address with the one small script', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.baseUrl })
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(`${server.baseUrl}/`)
    await page.locator('.featured h2 a').click()
    await page.waitForLoadState('load')
    expect(scripts).toEqual([])
    const address = page.url()
    await page.getByRole('button', { name: 'Sao chép liên kết' }).click()
    expect(await isShown(page.getByRole('button', { name: 'Đã sao chép' }))).toBe(true)
    expect(await page.getByRole('status').textContent()).toBe('Đã sao chép liên kết')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address)
    await context.close()

    // Without JavaScript the button stays hidden and the address is there to select by hand.
    const plain = await browser.newContext({ javaScriptEnabled: false })
    const plainPage = await plain.newPage()
    await plainPage.goto(address)
    expect(await plainPage.getByRole('textbox', { name: 'Địa chỉ bài viết' }).inputValue()).toBe(address)
    expect(await plainPage.getByRole('button', { name: 'Sao chép liên kết' }).count()).toBe(0)
    expect(await plainPage.getByRole('link', { name: 'Zalo' }).getAttribute('href')).toMatch(/^https:\/\/button-share\.zalo\.me\/share_external\?/)
    await plain.close()
  })

  it.each([
    '/',
    '/lich-phat-song',
    '/tim-kiem?q=dong+le',
    'ARTICLE',
    // A body with a table, and one with an image and its caption.
    '/tin-tuc/hon-96-nguoi-dan-hai-long-khi-giai-quyet-thu-tuc-hanh-chinh-tai-thi-tran',
    '/tin-tuc/bo-phan-mot-cua-thi-tran-dong-le-van-hanh-he-thong-lay-so-thu-tu-tu-dong',
  ])('has no serious or critical accessibility violation on %s (axe-core)', async (path) => {
    // The page's CSP allows only Loa's own hashed script, so axe-core is injected around it.
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    let target = path
    if (path === 'ARTICLE') {
      await page.goto(`${server.baseUrl}/`)
      target = (await page.locator('.featured h2 a').getAttribute('href')) ?? '/'
    }
    await page.goto(`${server.baseUrl}${target}`)
    expect(await seriousViolations(page)).toEqual([])
    await context.close()
  })
})
