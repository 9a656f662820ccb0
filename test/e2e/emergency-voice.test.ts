import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EMERGENCY_STATE_VI, syntheticVoiceNote } from '../../src/broadcast/emergency'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { stationToday } from '../support/dates'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, login, type Session, staffSession } from '../support/rest'

/**
 * Issue 12, item 5, in a real browser: a technician types a storm warning in the admin with no
 * recording and saves; the page says it airs in a synthetic voice and plays it; the day's playlist
 * has it ready to interrupt.
 */
let server: LoaServer
let browser: Browser
let technician: Session
const TECHNICIAN = { email: 'kythuat-giong-may@test.loa', password: 'technician-password-123' }
const TITLE = 'Cảnh báo bão số 7'

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', TECHNICIAN.email)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a storm warning typed in the admin', () => {
  it('is saved with a synthetic voice the technician can hear, and is ready in the playlist', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, server.baseUrl, TECHNICIAN)
    await page.goto(`${server.baseUrl}/admin/collections/announcements/create`)
    await page.waitForLoadState('networkidle')
    await page.getByLabel('Tiêu đề').fill(TITLE)
    await page.getByLabel('Nội dung thông báo').fill('Bão số 7 đổ bộ đêm nay. Bà con không ra khơi, chằng chống nhà cửa.')
    await page.locator('#field-level').click()
    await page.getByRole('option', { name: 'Khẩn cấp' }).click()
    await page.getByRole('button', { name: 'Lưu', exact: true }).click()
    await page.waitForURL(/\/admin\/collections\/announcements\/\d+/, { timeout: 60_000 })

    expect(await isShown(page.getByRole('status').filter({ hasText: EMERGENCY_STATE_VI.waiting }))).toBe(true)
    expect(await isShown(page.getByRole('note').filter({ hasText: syntheticVoiceNote({ engine: 'espeak-ng', voice: 'vi' }) }))).toBe(true)
    const player = page.getByLabel('Nghe giọng máy đọc')
    expect(await isShown(player)).toBe(true)
    // The player's file plays: it loads and has a length.
    const seconds = await player.evaluate(
      (audio: HTMLAudioElement) =>
        new Promise<number>((resolve, reject) => {
          audio.addEventListener('loadedmetadata', () => resolve(audio.duration), { once: true })
          audio.addEventListener('error', () => reject(new Error(`audio error ${audio.error?.code}`)), { once: true })
          audio.load()
        }),
    )
    expect(seconds).toBeGreaterThan(2)

    const id = Number(page.url().match(/announcements\/(\d+)/)![1])
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${stationToday()}.json`)).json()
    expect(playlist.entries.find((e: { slot: string }) => e.slot === `khan-cap-${id}`)).toMatchObject({ kind: 'emergency', status: 'ready', interrupt: true })
    expect((await api(technician, 'GET', `/announcements/${id}?depth=1`)).json.clip.synthetic).toMatchObject({ engine: 'espeak-ng' })
    await context.close()
  })
})
