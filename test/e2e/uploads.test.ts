import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { launchChromium } from '../support/browser'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, login, type Session, staffSession } from '../support/rest'
import { HTML_PAYLOAD, uploadFile, XHTML_PAYLOAD } from '../support/uploads'

/**
 * The attack of issue #8: a staff member uploads a file that is also a web page whose script
 * creates an admin account, and an admin opens its link. Every kind of stored upload URL is opened
 * in Chromium as a signed-in admin; no script may run.
 */
let server: LoaServer
let browser: Browser
let admin: Session
const urls: string[] = []

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  const editor = await staffSession(admin, 'editor', 'editor-e2e-uploads@test.loa')
  const scratch = mkdtempSync(path.join(tmpdir(), 'loa-e2e-uploads-'))
  const mp3 = readFileSync(await generateTone(path.join(scratch, 'tone.mp3'), { seconds: 2, frequency: 440, levelDb: -18, kind: 'sine' }))
  const png = await sharp({ create: { width: 32, height: 32, channels: 3, background: '#00c' } }).png().toBuffer()

  const image = await uploadFile(editor, 'media', { name: 'x.html', bytes: Buffer.concat([png, Buffer.from(HTML_PAYLOAD)]) }, { alt: 'x' })
  const audio = await uploadFile(editor, 'audio-clips', { name: 'a.xht', bytes: Buffer.concat([Buffer.from(XHTML_PAYLOAD), mp3]) }, { title: 'a', kind: 'announcement' })
  expect(image.status).toBe(201)
  expect(audio.status).toBe(201)
  const placed = path.join(server.workDir, 'media', 'images', 'evil.html')
  mkdirSync(path.dirname(placed), { recursive: true })
  writeFileSync(placed, HTML_PAYLOAD)
  urls.push(
    `/media/images/${image.json.doc.filename}`,
    image.json.doc.url,
    `/api/media/file/${image.json.doc.filename}`,
    `/media/audio/${audio.json.doc.filename}`,
    audio.json.doc.url,
    `/api/audio-clips/file/${audio.json.doc.filename}`,
    '/media/images/evil.html',
  )
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const userCount = async () => (await api(admin, 'GET', '/users?limit=0')).json.totalDocs as number

describe('opening stored uploads as a signed-in admin', () => {
  it('runs no script from any upload URL', async () => {
    const context = await browser.newContext({ acceptDownloads: false })
    const origin = new URL(server.baseUrl)
    await context.addCookies([{ name: 'payload-token', value: admin.token!, domain: origin.hostname, path: '/', httpOnly: true }])
    const page = await context.newPage()
    // The browser really holds an admin session: a script on this origin would act as the admin.
    await page.goto(`${server.baseUrl}/`)
    const me = await page.evaluate(() => fetch('/api/users/me', { credentials: 'include' }).then((r) => r.json()))
    expect(me.user?.email).toBe(ADMIN.email)

    const before = await userCount()
    for (const url of urls) {
      await page.goto(`${server.baseUrl}${url}`).catch(() => undefined) // a download aborts navigation
      await page.waitForTimeout(700)
      expect(await page.title(), url).not.toBe('PWNED')
    }
    expect(await userCount()).toBe(before)
    const attacker = await api(admin, 'GET', '/users?where[email][equals]=attacker@evil.test')
    expect(attacker.json.totalDocs).toBe(0)
    await context.close()
  })
})
