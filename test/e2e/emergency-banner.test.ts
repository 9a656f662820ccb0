import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { EMERGENCY_POLL_MS } from '../../src/site/inlineScripts'
import { launchChromium, seriousViolations } from '../support/browser'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, type Roles, sessionsForEveryRole } from '../support/rest'

/**
 * Issue 10, item 4: a resident has a page open, served from the page cache, when the approver
 * presses "Phát ngay": the banner appears on that page without a reload, within the script's poll,
 * under the page's Content-Security-Policy; it goes when the emergency is stopped.
 */
let server: LoaServer
let browser: Browser
let roles: Roles
let emergencyId: number

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  const scratch = mkdtempSync(path.join(tmpdir(), 'loa-banner-'))
  const file = await generateTone(path.join(scratch, 'bao.mp3'), { seconds: 3, frequency: 880, levelDb: -18, kind: 'sine' })
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), 'bao.mp3')
  form.append('_payload', JSON.stringify({ title: 'Ghi âm cảnh báo bão', kind: 'announcement' }))
  const uploaded = await fetch(`${server.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${roles.technician.token}` }, body: form })
  const clipId = ((await uploaded.json()) as { doc: { id: number } }).doc.id
  const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
  const created = await api(roles.editor, 'POST', '/announcements', {
    title: 'Cảnh báo bão số 5',
    text: 'Bão số 5 đổ bộ chiều nay. Bà con không ra khơi, neo đậu tàu thuyền.',
    level: 'emergency',
    clip: clipId,
    validFrom: hours(-1),
    validTo: hours(6),
  })
  expect(created.status, created.text).toBe(201)
  emergencyId = created.json.doc.id
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('emergency banner in a real browser', () => {
  it('appears on an open, cached page within the poll after "Phát ngay", and goes when stopped', async () => {
    // Cached first: the page the resident gets was rendered before the release.
    await fetch(`${server.baseUrl}/lich-phat-song`)
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' })
    const page = await context.newPage()
    const cspViolations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
    })
    const response = await page.goto(`${server.baseUrl}/lich-phat-song`)
    // From memory (STALE: a change since, e.g. the emergency's draft, is being rendered in the background).
    expect(response?.headers()['x-loa-cache']).toMatch(/^(HIT|STALE)$/)
    const banner = page.getByRole('alert')
    expect(await page.locator('#khan-cap').isVisible()).toBe(false)
    await page.evaluate(() => ((window as unknown as { __sameLoad: boolean }).__sameLoad = true))

    const released = await api(roles.approver, 'POST', `/announcements/${emergencyId}/release`)
    expect(released.status, released.text).toBe(200)
    const start = Date.now()
    await banner.filter({ hasText: 'Cảnh báo bão số 5' }).waitFor({ state: 'visible', timeout: EMERGENCY_POLL_MS + 5000 })
    expect(Date.now() - start).toBeLessThan(EMERGENCY_POLL_MS + 5000)
    expect(await page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true)
    const text = (await banner.textContent()) ?? ''
    expect(text).toContain('Bão số 5 đổ bộ chiều nay. Bà con không ra khơi, neo đậu tàu thuyền.')
    expect(text).toMatch(/Phát hành lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}/)
    const fontSize = await page.locator('.emergency-title').evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize))
    expect(fontSize).toBeGreaterThanOrEqual(20)
    // Readable: contrast and the rest checked by axe on a phone (axe is injected, so the CSP is bypassed here only).
    const audit = await browser.newContext({ bypassCSP: true, viewport: { width: 360, height: 740 } })
    const auditPage = await audit.newPage()
    await auditPage.goto(`${server.baseUrl}/`)
    await auditPage.getByRole('alert').filter({ hasText: 'Cảnh báo bão số 5' }).waitFor({ state: 'visible', timeout: EMERGENCY_POLL_MS + 5000 })
    expect(await seriousViolations(auditPage)).toEqual([])
    await audit.close()

    const stopped = await api(roles.technician, 'POST', `/announcements/${emergencyId}/stop`)
    expect(stopped.status, stopped.text).toBe(200)
    await page.locator('#khan-cap').waitFor({ state: 'hidden', timeout: EMERGENCY_POLL_MS + 5000 })
    expect(await page.evaluate(() => (window as unknown as { __sameLoad?: boolean }).__sameLoad)).toBe(true)
    expect(cspViolations).toEqual([])
    await context.close()
  })
})
