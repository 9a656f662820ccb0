import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { EMERGENCY_REASON } from '../../src/broadcast/composeProgramme'
import { EMERGENCY_STATE_VI, syntheticVoiceNote } from '../../src/broadcast/emergency'
import { addDays } from '../../src/broadcast/localDate'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { stationToday } from '../support/dates'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { createProgrammeAsWorker } from '../support/programmes'
import { api, login, type Session, staffSession } from '../support/rest'
import { uploadFile } from '../support/uploads'

/**
 * What a technician must see in the admin, in a real browser: what a programme dropped and left out
 * (and why) and its warnings, in the programmes list and the programme's page; and an emergency
 * announcement that is waiting to air, in the announcements list and its page.
 */
let server: LoaServer
let browser: Browser
let technician: Session
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-e2e-reports-'))

const TECHNICIAN = { email: 'kythuat-bao-cao@test.loa', password: 'technician-password-123' }
const PROGRAMME = 'Bản tin kiểm thử báo cáo'
const QUIET = 'Chương trình không bỏ mục nào'
const FAILED = 'Chương trình dựng lỗi'
const report = {
  dropped: [
    { title: 'Hội nghị tổng kết công tác dân số', source: { collection: 'articles', id: '11' }, reason: 'Không đủ thời lượng: cần 95,0 giây, còn 12,4 giây' },
    { title: 'Thông báo thu gom rác cuối tuần', source: { collection: 'announcements', id: '7' }, reason: 'Không đủ thời lượng: cần 21,0 giây, còn 12,4 giây' },
  ],
  excluded: [
    { title: 'Bão số 9 đổ bộ', source: { collection: 'announcements', id: '8' }, reason: EMERGENCY_REASON },
    { title: 'Lịch tiêm chủng tháng sau', source: { collection: 'announcements', id: '9' }, reason: 'Thông báo chưa có bản ghi âm' },
  ],
  warnings: [
    { kind: 'gain-cap', clipId: '5', message: '"Ghi âm quá nhỏ" quá nhỏ (−45,0 LUFS): chỉ được tăng tối đa +20 dB, sẽ phát ở −25,0 LUFS' },
    { kind: 'silence', message: 'Chương trình chỉ dài 3 phút 05 giây trong khung 30 phút 00 giây: 26 phút 55 giây im lặng' },
  ],
}
const EMERGENCY = 'Lũ quét ở thượng nguồn sông Gianh'
// Typed without a recording: the server reads it out in a synthetic voice (issue 12, item 5).
const TYPED = 'Cảnh báo sạt lở (chỉ có văn bản)'

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  technician = await staffSession(admin, 'technician', TECHNICIAN.email)
  // Programmes are written only by the worker (Local API): stored here as it stores them.
  const date = addDays(stationToday(), -3)
  const startsAt = new Date(Date.now() - 3 * 86_400_000).toISOString()
  const finished = (slot: string) => ({ status: 'ready', file: `programmes/${date}/${slot}.mp3`, sha256: 'a'.repeat(64), bytes: 2_957_941, durationSeconds: 184.8 })
  createProgrammeAsWorker(server, { title: PROGRAMME, date, slotSlug: 'kiem-thu', startsAt, ...finished('kiem-thu'), ...report })
  createProgrammeAsWorker(server, { title: QUIET, date, slotSlug: 'kiem-thu-2', startsAt, ...finished('kiem-thu-2'), dropped: [], excluded: [], warnings: [] })
  createProgrammeAsWorker(server, { title: FAILED, date, slotSlug: 'kiem-thu-3', startsAt, status: 'failed', attempts: 1, error: 'Dựng thất bại (lần 1): ffmpeg báo lỗi' })

  const recording = await generateTone(path.join(scratch, 'lu-quet.mp3'), { seconds: 2, frequency: 220, levelDb: -20, kind: 'speechlike' })
  const clip = await uploadFile(technician, 'audio-clips', { name: 'lu-quet.mp3', bytes: readFileSync(recording), type: 'audio/mpeg' }, { title: 'Ghi âm tin lũ quét', kind: 'announcement' })
  expect(clip.status, clip.text).toBe(201)
  const hour = 3600_000
  for (const data of [
    { title: EMERGENCY, text: 'Bà con không qua ngầm tràn.', level: 'emergency', clip: clip.json.doc.id, validFrom: new Date(Date.now() - hour).toISOString(), validTo: new Date(Date.now() + 6 * hour).toISOString() },
    { title: TYPED, text: 'Bà con tránh xa sườn đồi.', level: 'emergency', validFrom: new Date(Date.now() - hour).toISOString() },
  ]) {
    const created = await api(technician, 'POST', '/announcements', data)
    expect(created.status, created.text).toBe(201)
  }
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  rmSync(scratch, { recursive: true, force: true })
})

async function signIn(page: Page) {
  await signInToAdmin(page, server.baseUrl, TECHNICIAN)
}

describe('the technician in the admin', () => {
  it("sees a programme's drops, exclusions and warnings counted in the list, and each with its reason on its page", async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page)
    await page.goto(`${server.baseUrl}/admin/collections/programmes`)
    const row = page.locator('tr', { hasText: PROGRAMME })
    expect(await isShown(row)).toBe(true)
    const cell = row.locator('.cell-report')
    expect((await cell.textContent())?.trim()).toBe('Bỏ 2 · Loại 2 · Cảnh báo 2')
    // The reasons are there on hover, without opening the programme.
    const hover = await cell.locator('span').getAttribute('title')
    for (const item of report.dropped) expect(hover).toContain(`Bỏ: ${item.title} — ${item.reason}`)
    for (const item of report.excluded) expect(hover).toContain(`Loại: ${item.title} — ${item.reason}`)
    expect((await page.locator('tr', { hasText: QUIET }).locator('.cell-report').textContent())?.trim()).toBe('—')

    await row.getByRole('link', { name: PROGRAMME }).click()
    expect(await isShown(page.getByRole('heading', { name: 'Bị bỏ vì không đủ thời lượng (2)' }))).toBe(true)
    for (const item of report.dropped) expect(await isShown(page.getByRole('listitem').filter({ hasText: `${item.title}: ${item.reason}` }))).toBe(true)
    expect(await isShown(page.getByRole('heading', { name: 'Không đưa vào chương trình (2)' }))).toBe(true)
    for (const item of report.excluded) expect(await isShown(page.getByRole('listitem').filter({ hasText: `${item.title}: ${item.reason}` }))).toBe(true)
    expect(await isShown(page.getByRole('heading', { name: 'Cảnh báo (2)' }))).toBe(true)
    for (const warning of report.warnings) expect(await isShown(page.getByRole('listitem').filter({ hasText: warning.message }))).toBe(true)
    await context.close()
  })

  it('is told in Vietnamese why a programme has no file to listen to', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page)
    await page.goto(`${server.baseUrl}/admin/collections/programmes`)
    await page.locator('tr', { hasText: FAILED }).getByRole('link', { name: FAILED }).click()
    expect(await isShown(page.getByText('Chưa có tệp âm thanh: dựng thất bại, xem mục "Lỗi" bên dưới.'))).toBe(true)
    expect(await page.getByText('(failed)').count()).toBe(0)
    await context.close()
  })

  it('sees a valid emergency announcement as waiting to air, in the list and on its page; one typed without a recording as airing in a synthetic voice', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signIn(page)
    await page.goto(`${server.baseUrl}/admin/collections/announcements`)
    const row = page.locator('tr', { hasText: EMERGENCY })
    expect(await isShown(row)).toBe(true)
    expect((await row.locator('.cell-airStatus').textContent())?.trim()).toBe(EMERGENCY_STATE_VI.waiting)
    expect((await page.locator('tr', { hasText: TYPED }).locator('.cell-airStatus').textContent())?.trim()).toBe(EMERGENCY_STATE_VI.waiting)

    await row.getByRole('link', { name: EMERGENCY }).click()
    expect(await isShown(page.getByRole('status').filter({ hasText: EMERGENCY_STATE_VI.waiting }))).toBe(true)
    expect(await page.getByText('Giọng máy đọc').count()).toBe(0)

    await page.goto(`${server.baseUrl}/admin/collections/announcements`)
    await page.locator('tr', { hasText: TYPED }).getByRole('link', { name: TYPED }).click()
    expect(await isShown(page.getByRole('status').filter({ hasText: EMERGENCY_STATE_VI.waiting }))).toBe(true)
    expect(await isShown(page.getByRole('note').filter({ hasText: syntheticVoiceNote({ engine: 'espeak-ng', voice: 'vi' }) }))).toBe(true)
    await context.close()
  })
})
