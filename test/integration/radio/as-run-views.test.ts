import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantFromLocal, localParts } from '../../../src/lib/viDate'
import { textOf } from '../../support/html'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole } from '../../support/rest'

/**
 * Issue 10, item 6, what is built on the as-run log: the month's CSV for the centre's reports
 * (readers only, strict month, quoting, formula guard, BOM) and the public "Đang phát" read from
 * the log rather than the clock. Rows are seeded through the Local API, as the report endpoint
 * writes them.
 */
const TZ = 'Asia/Ho_Chi_Minh'
let server: LoaServer
let roles: Roles
let payload: Payload

const row = (data: Record<string, unknown>) =>
  payload.create({ collection: 'as-run', data: { actualStart_tz: TZ, ...data } as never, overrideAccess: true, depth: 0 })

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  Object.assign(process.env, { DATABASE_URL: server.databaseUrl, LOA_DATA_DIR: server.workDir, LOA_MEDIA_DIR: server.env.LOA_MEDIA_DIR, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../../src/boot/openPayload')
  payload = (await openPayload({ key: 'as-run-views' })).payload
  // November 2026, station time (+07:00); one row either side of the month that must stay out.
  await row({ date: '2026-10-31', title: 'Cuối tháng trước', kind: 'local', actualStart: '2026-10-31T10:00:00Z', actualEnd: '2026-10-31T10:20:00Z', durationSeconds: 1200 })
  await row({
    date: '2026-11-05',
    slot: 'thoi-su-sang',
    title: 'Thời sự sáng, bản tin "đặc biệt"',
    kind: 'local',
    source: 'programmes/2026-11-05/thoi-su-sang.mp3',
    plannedStart: '2026-11-04T22:10:00Z',
    plannedEnd: '2026-11-04T22:30:00Z',
    actualStart: '2026-11-04T22:10:02Z',
    actualEnd: '2026-11-04T22:30:00Z',
    durationSeconds: 1198,
    endReason: 'slot-end',
  })
  await row({
    date: '2026-11-05',
    slot: 'tiep-song',
    title: '=HYPERLINK("http://x.example","bấm")',
    kind: 'filler',
    plannedStart: '2026-11-04T22:30:00Z',
    plannedEnd: '2026-11-04T23:00:00Z',
    actualStart: '2026-11-04T22:40:15Z',
    actualEnd: '2026-11-04T22:45:00Z',
    durationSeconds: 285,
    fallbackReason: '@mất tín hiệu',
    endReason: 'stopped',
  })
  await row({ date: '2026-11-30', title: 'Bão số 9', kind: 'emergency', actualStart: '2026-11-30T16:59:00Z', actualEnd: '2026-11-30T17:00:30Z', durationSeconds: 90, endReason: 'completed' })
  await row({ date: '2026-12-01', title: 'Tháng sau', kind: 'local', actualStart: '2026-11-30T17:01:00Z', actualEnd: '2026-11-30T17:10:00Z', durationSeconds: 540 })
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
  await server?.stop()
})

const exportCsv = (session: Session, query: string) =>
  fetch(`${session.baseUrl}/api/as-run/export${query}`, { headers: session.token ? { Authorization: `JWT ${session.token}` } : {} })

describe('GET /api/as-run/export?month=YYYY-MM', () => {
  it("gives the month's rows as CSV: BOM, Vietnamese headers, station time, quoting, formula guard, nothing from other months", async () => {
    const response = await exportCsv(roles.technician, '?month=2026-11')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="nhat-ky-phat-song-2026-11.csv"')
    expect(response.headers.get('cache-control')).toMatch(/no-store/)
    const bytes = Buffer.from(await response.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.toString('utf8').slice(1).split('\r\n')
    expect(lines[0]).toBe(
      'Ngày,Khung giờ,Tên mục phát,Loại,Nguồn,Bắt đầu theo lịch,Kết thúc theo lịch,Bắt đầu thực tế,Kết thúc thực tế,Thời lượng (giây),Lệch giờ bắt đầu (giây),Phát thay thế vì,Bị ngắt bởi,Kết thúc do',
    )
    expect(lines.slice(1)).toEqual([
      '2026-11-05,thoi-su-sang,"Thời sự sáng, bản tin ""đặc biệt""",Chương trình địa phương,programmes/2026-11-05/thoi-su-sang.mp3,2026-11-05 05:10:00,2026-11-05 05:30:00,2026-11-05 05:10:02,2026-11-05 05:30:00,1198,2,,,Hết khung giờ',
      `2026-11-05,tiep-song,"'=HYPERLINK(""http://x.example"",""bấm"")","Nhạc nền, dự phòng",,2026-11-05 05:30:00,2026-11-05 06:00:00,2026-11-05 05:40:15,2026-11-05 05:45:00,285,615,'@mất tín hiệu,,Bị dừng`,
      '2026-11-30,,Bão số 9,Khẩn cấp,,,,2026-11-30 23:59:00,2026-12-01 00:00:30,90,,,,Phát hết',
      '',
    ])
  })

  it('admin and approver may download it too', async () => {
    for (const session of [roles.admin, roles.approver]) expect((await exportCsv(session, '?month=2026-11')).status).toBe(200)
  })

  it('an editor and a visitor get 403 with a Vietnamese message', async () => {
    for (const session of [roles.editor, roles.visitor]) {
      const response = await exportCsv(session, '?month=2026-11')
      expect(response.status).toBe(403)
      const body = (await response.json()) as { errors: { message: string }[] }
      expect(body.errors[0].message).toBe('Chỉ quản trị, kỹ thuật viên hoặc lãnh đạo duyệt tin mới được tải nhật ký phát sóng.')
    }
  })

  it.each(['', '?month=2026-13', '?month=2026-1', '?month=2026-11-01', '?month=2026-11%27', '?month=2026-11&month=2026-12', '?month=%202026-11'])('a bad month (%s) gives 400 in Vietnamese', async (query) => {
    const response = await exportCsv(roles.admin, query)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).toMatch(/^Tháng không hợp lệ/)
  })
})

describe('the as-run rows themselves over REST and GraphQL', () => {
  it('an editor and a visitor cannot read them (REST 403 in Vietnamese; GraphQL refused)', async () => {
    for (const session of [roles.editor, roles.visitor]) {
      const rest = await api(session, 'GET', '/as-run?limit=10')
      expect(rest.status).toBe(403)
      expect(rest.json.errors[0].message).toMatch(/không có quyền/)
      const gql = await graphql(session, '{ AsRuns { docs { title } } }')
      expect(JSON.stringify(gql.json)).not.toContain('Thời sự sáng')
      expect(gql.json.errors?.[0]?.message).toMatch(/không có quyền|chỉ dành cho cán bộ/)
    }
  })

  it('a technician reads them', async () => {
    const rest = await api(roles.technician, 'GET', '/as-run?limit=10&depth=0')
    expect(rest.status).toBe(200)
    expect(rest.json.totalDocs).toBe(5)
  })
})

describe('the public schedule follows the log while the playout runs', () => {
  it('the home page says "Đang phát" for the slot the log has on air, though the clock says otherwise, and the cached page follows the log', async () => {
    const now = new Date()
    const local = localParts(now, TZ)
    const minutes = local.hour * 60 + local.minute
    // A slot the clock puts in the past (or, just after midnight, in the future): never "on air" by the clock.
    const [start, end] = minutes >= 30 ? ['00:00', '00:10'] : ['23:00', '23:30']
    await payload.create({
      collection: 'broadcast-slots',
      data: { name: 'Khung thử nhật ký', slug: 'khung-thu', kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start, end },
      overrideAccess: true,
    })
    const slotLine = (html: string) => textOf(html).match(/\d\d:\d\d–\d\d:\d\d Khung thử nhật ký [^·]+· (Đã phát|Đang phát|Sắp phát|Không phát)/)?.[1]
    const home = async () => (await fetch(`${server.baseUrl}/`)).text()

    let before: string | undefined
    for (let attempt = 0; attempt < 40 && !before; attempt++) {
      before = slotLine(await home())
      if (!before) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(before).toBe(minutes >= 30 ? 'Đã phát' : 'Sắp phát')
    // Let the cache settle after the new slot, then make sure the home page is served from it.
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await home()
    const cached = await fetch(`${server.baseUrl}/`)
    expect(cached.headers.get('x-loa-cache')).toMatch(/^(HIT|STALE)$/)
    expect(slotLine(await cached.text())).toBe(before)

    const day = { year: local.year, month: local.month, day: local.day }
    const plannedStart = instantFromLocal({ ...day, hour: Number(start.slice(0, 2)), minute: Number(start.slice(3)) }, TZ)
    const plannedEnd = instantFromLocal({ ...day, hour: Number(end.slice(0, 2)), minute: Number(end.slice(3)) }, TZ)
    const date = `${local.year}-${String(local.month).padStart(2, '0')}-${String(local.day).padStart(2, '0')}`
    await row({
      date,
      slot: 'khung-thu',
      title: 'Khung thử nhật ký',
      kind: 'local',
      plannedStart: plannedStart.toISOString(),
      plannedEnd: plannedEnd.toISOString(),
      actualStart: new Date(now.getTime() - 20_000).toISOString(),
    })
    // Stored pages showing the radio are re-rendered when the log moves (src/site/contentChanges, 0.5 s).
    let after: string | undefined
    const since = Date.now()
    while (Date.now() - since < 10_000) {
      after = slotLine(await home())
      if (after === 'Đang phát') break
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    expect(after).toBe('Đang phát')
    const onAirLine = /Hôm nay ?, [\d/]+ \S+ Khung thử nhật ký \( ?Chương trình của đài địa phương · Đang phát ?\)/
    let schedulePage = ''
    for (let attempt = 0; attempt < 20 && !onAirLine.test(schedulePage); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 150))
      schedulePage = textOf(await (await fetch(`${server.baseUrl}/lich-phat-song`)).text())
    }
    expect(schedulePage).toMatch(onAirLine)
  })
})
