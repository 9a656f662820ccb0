import { createHash, timingSafeEqual } from 'node:crypto'
import type { PayloadHandler, PayloadRequest } from 'payload'
import { asRunFromReport, type AsRunFields } from '../broadcast/asRun'
import { CLIENT_IP_HEADER } from '../lib/clientIpHeader'
import { asRunSecret } from '../lib/asRunSecret'
import { mediaDir } from '../lib/paths'
import { localParts, STATION_TIME_ZONE } from '../lib/viDate'
import { stationTimeZoneFor } from '../audit/stationTimeZone'

/**
 * POST /api/as-run/report: Liquidsoap's report of an item starting or ending on air (see the script
 * in src/playout/liquidsoap.ts). The only writer of the as-run log. Refused unless it comes from this
 * machine (the loopback address Express decided, so X-Forwarded-For counts only behind a trusted
 * proxy) or LOA_ASRUN_ALLOW_REMOTE=1, and unless it carries the shared secret. A retried report
 * (same key) never adds a row: start creates the row, end closes it.
 */
export const SECRET_HEADER = 'x-loa-asrun-secret'
export const MAX_REPORT_BYTES = 8 * 1024

const answer = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export function isLoopback(ip: string | null): boolean {
  if (!ip) return false
  return ip === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ip)
}

function sameSecret(given: string | null, expected: string): boolean {
  if (!given) return false
  // Digests of equal length, so the comparison takes the same time whatever was sent.
  const a = createHash('sha256').update(given).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

const pad = (n: number) => String(n).padStart(2, '0')

/** Runs whose earlier rows were closed already (by this server process). */
const runsSeen = new Set<string>()

/**
 * A playout that was killed (or a machine that lost power) never reported the end of what was on
 * air; when a new run reports, rows left open by other runs are closed as "playout stopped".
 */
async function closeRowsOfEarlierRuns(req: PayloadRequest, run: string) {
  if (runsSeen.has(run)) return
  runsSeen.add(run)
  const open = await req.payload.find({ collection: 'as-run', where: { actualEnd: { exists: false } }, limit: 200, depth: 0, overrideAccess: true, pagination: false })
  for (const doc of open.docs) {
    if (doc.reportKey?.startsWith(`${run}-`)) continue
    await req.payload.update({ collection: 'as-run', id: doc.id, data: { endReason: 'playout-stopped' }, overrideAccess: true, depth: 0 })
  }
}

async function findByKey(req: PayloadRequest, key: string) {
  const found = await req.payload.find({ collection: 'as-run', where: { reportKey: { equals: key } }, limit: 1, depth: 0, overrideAccess: true })
  return found.docs[0] ?? null
}

async function upsert(req: PayloadRequest, event: 'start' | 'end', fields: AsRunFields) {
  let doc = await findByKey(req, fields.reportKey)
  if (!doc) {
    try {
      // The zone of the admin's date column (src/fields/stationTimezone): fixed in the config.
      return await req.payload.create({ collection: 'as-run', data: { ...fields, actualStart_tz: STATION_TIME_ZONE }, overrideAccess: true, depth: 0 })
    } catch (error) {
      // The same key created meanwhile (a start and its end, or a retry, at the same moment).
      doc = await findByKey(req, fields.reportKey)
      if (!doc) throw error
    }
  }
  // Start facts are never rewritten; an end closes an open row once.
  if (event === 'end' && !doc.actualEnd) {
    const { actualEnd, durationSeconds, endReason, interruptedBy } = fields
    return req.payload.update({ collection: 'as-run', id: doc.id, data: { actualEnd, durationSeconds, endReason, interruptedBy }, overrideAccess: true, depth: 0 })
  }
  return doc
}

export const receiveAsRunReport: PayloadHandler = async (req) => {
  if (!isLoopback(req.headers.get(CLIENT_IP_HEADER)) && process.env.LOA_ASRUN_ALLOW_REMOTE !== '1') {
    return answer(403, 'Chỉ nhận báo cáo phát sóng từ chính máy chủ này (127.0.0.1). Đặt LOA_ASRUN_ALLOW_REMOTE=1 nếu phần phát sóng chạy trên máy khác.')
  }
  if (!sameSecret(req.headers.get(SECRET_HEADER), asRunSecret())) return answer(401, 'Báo cáo phát sóng thiếu mã bí mật hoặc mã không đúng.')
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_REPORT_BYTES) return answer(413, `Báo cáo phát sóng quá lớn (tối đa ${MAX_REPORT_BYTES / 1024} KB).`)
  const text = req.text ? await req.text() : ''
  if (text.length > MAX_REPORT_BYTES) return answer(413, `Báo cáo phát sóng quá lớn (tối đa ${MAX_REPORT_BYTES / 1024} KB).`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return answer(400, 'Báo cáo phát sóng không phải JSON hợp lệ.')
  }
  const timeZone = await stationTimeZoneFor(req)
  const stationDate = (instant: Date) => {
    const p = localParts(instant, timeZone)
    return `${p.year}-${pad(p.month)}-${pad(p.day)}`
  }
  const result = asRunFromReport(body, { now: new Date(), stationDate, mediaDir: mediaDir() })
  if (!result.ok) return answer(400, result.error)
  await closeRowsOfEarlierRuns(req, result.run)
  if (!result.fields) return Response.json({ message: 'Khoảng lặng giữa các khung giờ: không ghi.' })
  const doc = await upsert(req, result.event, result.fields)
  return Response.json({ message: 'Đã ghi nhật ký phát sóng.', id: doc.id })
}
