import type { Payload } from 'payload'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays, formatLocalDateVi, localDateParts } from '../../src/broadcast/localDate'
import { instantFromLocal } from '../../src/lib/viDate'
import { isShown, launchChromium, signInToAdmin } from '../support/browser'
import { stationToday } from '../support/dates'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { login, staffSession } from '../support/rest'

/**
 * The technician's "planned vs aired" above the as-run list, in a real browser: yesterday picked
 * with the date picker, a late and cut slot, a slot that did not air, the relay's fallback and its
 * dead air, and the month's CSV downloaded with the signed-in session.
 */
const TZ = 'Asia/Ho_Chi_Minh'
const TECHNICIAN = { email: 'kythuat-nhat-ky@test.loa', password: 'technician-password-123' }
let server: LoaServer
let browser: Browser
let payload: Payload
const yesterday = addDays(stationToday(), -1)
const at = (hhmmss: string) => {
  const { year, month, day } = localDateParts(yesterday)
  const [hour, minute, second = 0] = hhmmss.split(':').map(Number)
  return new Date(instantFromLocal({ year, month, day, hour, minute }, TZ).getTime() + second * 1000).toISOString()
}

beforeAll(async () => {
  server = await startLoaServer()
  browser = await launchChromium()
  const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  await staffSession(admin, 'technician', TECHNICIAN.email)
  Object.assign(process.env, { DATABASE_URL: server.databaseUrl, LOA_DATA_DIR: server.workDir, LOA_MEDIA_DIR: server.env.LOA_MEDIA_DIR, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../src/boot/openPayload')
  payload = (await openPayload({ key: 'as-run-admin' })).payload
  const every = ['0', '1', '2', '3', '4', '5', '6']
  for (const data of [
    { name: 'Thời sự sáng thử', slug: 'sang-thu', kind: 'local', days: every, start: '05:10', end: '05:20' },
    { name: 'Tiếp sóng tỉnh thử', slug: 'tiep-song-thu', kind: 'relay', days: every, start: '05:20', end: '05:30', relay: { url: 'https://radio.example.vn/tinh.mp3' } },
    { name: 'Chương trình chiều thử', slug: 'chieu-thu', kind: 'local', days: every, start: '17:00', end: '17:10' },
  ]) {
    await payload.create({ collection: 'broadcast-slots', data: data as never, overrideAccess: true })
  }
  const row = (data: Record<string, unknown>) =>
    payload.create({ collection: 'as-run', data: { date: yesterday, actualStart_tz: TZ, ...data } as never, overrideAccess: true, depth: 0 })
  await row({ slot: 'sang-thu', title: 'Thời sự sáng thử', kind: 'local', plannedStart: at('05:10'), plannedEnd: at('05:20'), actualStart: at('05:10:12'), actualEnd: at('05:20'), endReason: 'slot-end' })
  await row({ slot: 'tiep-song-thu', title: 'Tiếp sóng tỉnh thử', kind: 'relay', plannedStart: at('05:20'), plannedEnd: at('05:30'), actualStart: at('05:20'), actualEnd: at('05:25'), endReason: 'stopped' })
  await row({
    slot: 'tiep-song-thu',
    title: 'Nguồn dự phòng thay "Tiếp sóng tỉnh thử"',
    kind: 'filler',
    plannedStart: at('05:20'),
    plannedEnd: at('05:30'),
    actualStart: at('05:25:20'),
    actualEnd: at('05:30'),
    fallbackReason: 'Mất sóng tiếp âm (im lặng quá 15 giây): phát nguồn dự phòng',
    endReason: 'slot-end',
  })
}, 300_000)

afterAll(async () => {
  await browser?.close()
  await payload?.destroy()
  await server?.stop()
})

describe('Nhật ký phát sóng in the admin', () => {
  it('shows a picked day planned vs aired with its flags, and downloads the month as CSV', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await signInToAdmin(page, server.baseUrl, TECHNICIAN)
    await page.goto(`${server.baseUrl}/admin/collections/as-run`)
    await page.getByLabel('Xem ngày').fill(yesterday)
    await page.getByRole('button', { name: 'Xem', exact: true }).click()
    expect(await isShown(page.getByRole('heading', { name: `Lịch phát và thực tế phát sóng — ${formatLocalDateVi(yesterday)}` }))).toBe(true)

    const sang = page.locator('tr[data-slot="sang-thu"]')
    expect(await sang.getAttribute('data-state')).toBe('aired')
    expect(await sang.textContent()).toContain('Phát trễ 12 giây')
    const relay = page.locator('tr[data-slot="tiep-song-thu"]')
    expect(await relay.textContent()).toContain('Phát thay thế: Mất sóng tiếp âm (im lặng quá 15 giây): phát nguồn dự phòng')
    const chieu = page.locator('tr[data-slot="chieu-thu"]')
    expect(await chieu.getAttribute('data-state')).toBe('not-aired')
    expect(await chieu.textContent()).toContain('Không phát')
    // The 20 s before the fallback took over, and the afternoon slot that never aired.
    expect(await isShown(page.getByText('05:25:00–05:25:20: 20 giây không có âm thanh trong khung tiep-song-thu'))).toBe(true)

    const link = page.getByRole('link', { name: `Tải nhật ký tháng ${yesterday.slice(5, 7)}/${yesterday.slice(0, 4)} (CSV)` })
    const href = await link.getAttribute('href')
    expect(href).toBe(`/api/as-run/export?month=${yesterday.slice(0, 7)}`)
    const csv = await page.request.get(`${server.baseUrl}${href}`)
    expect(csv.status()).toBe(200)
    const body = (await csv.body()).toString('utf8')
    expect(body.startsWith('\uFEFFNgày,')).toBe(true)
    expect(body).toContain(`${yesterday},sang-thu,Thời sự sáng thử,Chương trình địa phương,`)
    await context.close()
  })
})
