import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { FAKE_MICROPHONE, isShown, launchChromium, seriousViolations, signInToAdmin } from '../support/browser'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, login, type Session, staffSession } from '../support/rest'

/**
 * Issue 11, items 5 and 7, in Chromium: an editor records the article's read-out with the browser's
 * (fake) microphone, watching the level meter, re-takes it, keeps it and sees its measured length
 * and loudness; or uploads a file instead; a refused microphone is explained and the file upload
 * still works. A technician picks a slot's dates on a calendar and they are stored as YYYY-MM-DD,
 * the same day whatever zone the browser is in.
 */
let server: LoaServer
let browser: Browser
let admin: Session
let editor: Session
let technician: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-e2e-read-out-'))
const EDITOR = { email: 'bientap-ghiam@test.loa', password: 'editor-password-123' }
const TECHNICIAN = { email: 'kythuat-lich@test.loa', password: 'technician-password-123' }
let categoryId: number | string

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium(FAKE_MICROPHONE)
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  editor = await staffSession(admin, 'editor', EDITOR.email)
  technician = await staffSession(admin, 'technician', TECHNICIAN.email)
  categoryId = (await api(admin, 'GET', '/categories?limit=1')).json.docs[0].id
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

async function signIn(context: BrowserContext, account: { email: string; password: string }): Promise<Page> {
  return signInToAdmin(await context.newPage(), server.baseUrl, account)
}

async function newArticle(title: string): Promise<number | string> {
  const created = await api(editor, 'POST', '/articles', { title, summary: 'Tóm tắt thử.', category: categoryId, _status: 'draft', broadcast: { include: true } })
  expect(created.status, created.text).toBe(201)
  return created.json.doc.id
}

/** The newest version of the article (the draft the editor just saved). */
async function latestDraft(id: number | string) {
  return (await api(editor, 'GET', `/articles/${id}?draft=true&depth=1`)).json
}

/** Meter readings, every 100 ms for `ms`. */
async function meterReadings(page: Page, ms: number): Promise<number[]> {
  const meter = page.getByLabel('Mức âm thanh micro')
  const readings: number[] = []
  for (let t = 0; t < ms; t += 100) {
    readings.push(Number(await meter.getAttribute('data-level')))
    await page.waitForTimeout(100)
  }
  return readings
}

describe('the read-out recording on the article', () => {
  it('is recorded with a moving level meter, re-taken, kept, measured, and saved with the article', async () => {
    const id = await newArticle('Bà con chuẩn bị phòng chống rét đậm')
    const context = await browser.newContext({ permissions: ['microphone'] })
    const page = await signIn(context, EDITOR)
    await page.goto(`${server.baseUrl}/admin/collections/articles/${id}`)
    const recorder = page.getByRole('group', { name: 'Bản ghi âm bài đọc' })
    expect(await isShown(recorder)).toBe(true)
    expect(await isShown(recorder.getByText('Bài chưa có bản ghi âm.'))).toBe(true)

    await recorder.getByRole('button', { name: 'Ghi âm', exact: true }).click()
    expect(await isShown(recorder.getByRole('status').filter({ hasText: 'Đang ghi âm' }))).toBe(true)
    // Chromium's fake microphone beeps: the meter rises with each beep and falls between them.
    const first = await meterReadings(page, 2500)
    expect(Math.max(...first), first.join(' ')).toBeGreaterThan(40)
    expect(Math.min(...first), first.join(' ')).toBeLessThan(Math.max(...first) - 20)
    await recorder.getByRole('button', { name: 'Dừng' }).click()
    expect(await isShown(recorder.getByLabel('Nghe thử bản vừa ghi'))).toBe(true)
    // The take plays back in the page before it is kept.
    const takeSeconds = await recorder.getByLabel('Nghe thử bản vừa ghi').evaluate(async (audio: HTMLAudioElement) => {
      audio.muted = true
      await audio.play()
      await new Promise((resolve) => setTimeout(resolve, 300))
      const played = audio.currentTime
      audio.pause()
      return played
    })
    expect(takeSeconds).toBeGreaterThan(0)

    // Re-take: a new recording replaces the first.
    await recorder.getByRole('button', { name: 'Ghi lại' }).click()
    expect(await isShown(recorder.getByLabel('Mức âm thanh micro'))).toBe(true)
    const second = await meterReadings(page, 3500)
    expect(Math.max(...second), second.join(' ')).toBeGreaterThan(40)
    await recorder.getByRole('button', { name: 'Dừng' }).click()
    await recorder.getByRole('button', { name: 'Dùng bản ghi này' }).click()
    expect(await isShown(recorder.getByRole('status').filter({ hasText: 'Đã tải lên bản ghi' }), 60_000)).toBe(true)
    const length = (await recorder.getByTestId('thoi-luong').textContent()) ?? ''
    expect(length).toMatch(/^Thời lượng: \d+,\d giây$/)
    const seconds = Number(length.match(/(\d+,\d)/)![1].replace(',', '.'))
    expect(seconds).toBeGreaterThan(2.5)
    expect(seconds).toBeLessThan(6)
    expect(await recorder.getByTestId('do-lon').textContent()).toMatch(/^Độ lớn: -\d+,\d LUFS$/)
    expect(await recorder.getByTestId('dinh-thuc').textContent()).toMatch(/^Đỉnh thực: -?\d+,\d dBTP$/)
    expect(await isShown(recorder.getByLabel('Nghe bản ghi đang gắn với bài'))).toBe(true)
    expect(await seriousViolations(page, '.read-out-recorder')).toEqual([])

    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await expect.poll(async () => (await latestDraft(id)).broadcast?.readOut?.kind, { timeout: 30_000 }).toBe('read-out')
    const clip = (await latestDraft(id)).broadcast.readOut
    expect(clip).toMatchObject({ title: 'Bài đọc: Bà con chuẩn bị phòng chống rét đậm', codec: 'opus' })
    expect(clip.filename).toMatch(/\.webm$/)
    expect(clip.durationSeconds).toBeCloseTo(seconds, 0)

    // After saving, the kept recording is still there to hear, with its measurements.
    await page.reload()
    const saved = page.getByRole('group', { name: 'Bản ghi âm bài đọc' })
    expect(await isShown(saved.getByLabel('Nghe bản ghi đang gắn với bài'))).toBe(true)
    expect(await saved.getByTestId('thoi-luong').textContent()).toBe(length)
    const playable = await saved.getByLabel('Nghe bản ghi đang gắn với bài').evaluate(
      (audio: HTMLAudioElement) => new Promise<boolean>((resolve) => {
        if (audio.readyState >= 1) return resolve(true)
        audio.addEventListener('loadedmetadata', () => resolve(true), { once: true })
        audio.addEventListener('error', () => resolve(false), { once: true })
        audio.load()
      }),
    )
    expect(playable).toBe(true)
    await context.close()
  })

  it('is uploaded from a file instead, and a refused microphone is explained in Vietnamese', async () => {
    const id = await newArticle('Lịch thu thuế phi nông nghiệp')
    const context = await browser.newContext()
    // The editor said no to the microphone.
    await context.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'))
    })
    const page = await signIn(context, EDITOR)
    await page.goto(`${server.baseUrl}/admin/collections/articles/${id}`)
    const recorder = page.getByRole('group', { name: 'Bản ghi âm bài đọc' })
    await recorder.getByRole('button', { name: 'Ghi âm', exact: true }).click()
    expect(await isShown(recorder.getByRole('alert').filter({ hasText: 'Trình duyệt không cho dùng micro' }))).toBe(true)

    const file = await generateTone(path.join(scratch, 'thue.mp3'), { seconds: 4, frequency: 200, levelDb: -20, kind: 'speechlike' })
    await recorder.getByLabel(/Hoặc tải lên tệp ghi âm/).setInputFiles(file)
    expect(await isShown(recorder.getByRole('status').filter({ hasText: 'Đã tải lên bản ghi' }), 60_000)).toBe(true)
    expect(await recorder.getByTestId('thoi-luong').textContent()).toMatch(/^Thời lượng: 4,0 giây$/)
    expect(await recorder.getByTestId('do-lon').textContent()).toMatch(/^Độ lớn: -(19|2\d),\d LUFS$/)
    await page.getByRole('button', { name: 'Lưu bản nháp' }).click()
    await expect.poll(async () => (await latestDraft(id)).broadcast?.readOut?.filename, { timeout: 30_000 }).toMatch(/\.mp3$/)
    await context.close()
  })
})

describe('broadcast slot dates', () => {
  // The day picked is the day stored, in a browser west of UTC, in Vietnam, and at UTC+14.
  for (const timezoneId of ['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
    it(`are picked on a calendar, shown dd/MM/yyyy and stored YYYY-MM-DD (browser in ${timezoneId})`, async () => {
      const slug = `lich-${timezoneId.toLowerCase().replace(/[^a-z]+/g, '-')}`
      const start = ['04:00', '04:10', '04:20'][['America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'].indexOf(timezoneId)]
      const end = start.replace(/0$/, '5')
      const created = await api(technician, 'POST', '/broadcast-slots', { name: `Lịch thử ${timezoneId}`, slug, kind: 'local', days: ['1'], start, end, validTo: '2027-12-31' })
      expect(created.status, created.text).toBe(201)
      const context = await browser.newContext({ timezoneId })
      const page = await signIn(context, TECHNICIAN)
      await page.goto(`${server.baseUrl}/admin/collections/broadcast-slots/${created.json.doc.id}`)

      const validTo = page.getByLabel('Đến ngày')
      expect(await isShown(validTo)).toBe(true)
      expect(await validTo.inputValue()).toBe('31/12/2027')

      // A date off, typed the Vietnamese way. The row is added first, on a settled form: a row added
      // while the form's state is being refreshed (after another change) can stay a placeholder.
      await page.waitForLoadState('networkidle')
      await page.getByRole('button', { name: /Thêm.*Ngày nghỉ/ }).first().click()
      const dateOff = page.locator('input[id^="field-datesOff__"][id$="__date"]')
      // A new row is filled in by the server (form state): slow on a loaded machine.
      await dateOff.waitFor({ timeout: 60_000 }).catch(async () => {
        throw new Error(`no date-off input; the array reads: ${await page.locator('.array-field').first().innerHTML().catch(() => '(no array field)')}`)
      })
      expect(await dateOff.evaluate((input: HTMLInputElement) => input.labels?.[0]?.textContent?.replace('*', '').trim())).toBe('Ngày')
      await dateOff.fill('02/09/2027')
      await dateOff.press('Tab')
      // "Áp dụng từ ngày": 5 March 2027, picked on the calendar.
      await page.getByLabel('Áp dụng từ ngày').click()
      await page.locator('.react-datepicker__year-select').selectOption('2027')
      await page.locator('.react-datepicker__month-select').selectOption('2')
      await page.locator('.react-datepicker__day--005:not(.react-datepicker__day--outside-month)').click()
      expect(await page.getByLabel('Áp dụng từ ngày').inputValue()).toBe('05/03/2027')

      for (const field of await page.locator('.station-date').all()) expect(await field.evaluate((element) => element.querySelector('input')?.labels?.length ?? 0)).toBe(1)
      expect(await seriousViolations(page, '.station-date')).toEqual([])

      await page.getByRole('button', { name: 'Lưu', exact: true }).click()
      await expect.poll(async () => (await api(technician, 'GET', `/broadcast-slots/${created.json.doc.id}`)).json.validFrom, { timeout: 30_000 }).toBe('2027-03-05')
      const stored = (await api(technician, 'GET', `/broadcast-slots/${created.json.doc.id}`)).json
      expect(stored.validTo).toBe('2027-12-31')
      expect(stored.datesOff.map((entry: { date: string }) => entry.date)).toEqual(['2027-09-02'])
      await context.close()
    })
  }

  it('still refuses a date not written YYYY-MM-DD over REST, in Vietnamese', async () => {
    const result = await api(technician, 'POST', '/broadcast-slots', { name: 'Sai ngày', slug: 'sai-ngay', kind: 'local', days: ['2'], start: '04:40', end: '04:45', validFrom: '05/03/2027', datesOff: [{ date: '2027-02-30' }] })
    expect(result.status).toBe(400)
    expect(result.text).toContain('Ngày bắt đầu hiệu lực \\"05/03/2027\\" không hợp lệ (cần dạng YYYY-MM-DD).')
    expect(result.text).toContain('Ngày nghỉ \\"2027-02-30\\" không hợp lệ')
  })
})
