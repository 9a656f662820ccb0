import type { CollectionConfig, PayloadHandler } from 'payload'
import { AS_RUN_READER_ROLES } from '../access/asRun'
import { userHasRole } from '../access/roles'
import { parseMonth } from '../broadcast/asRunCsv'
import { asRunCsvStream, datesOfMonth } from '../radio/asRunLog'
import { loadStationSettings } from '../radio/station'

/**
 * GET /api/as-run/export?month=2026-11: the month's as-run log as CSV for the centre's reports
 * (src/broadcast/asRunCsv). Only the roles that read the log (admin, technician, approver); an
 * editor or a visitor gets 403 in Vietnamese, a malformed month 400. The file is streamed page by
 * page (src/radio/asRunLog), never built whole in memory.
 */
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export const exportAsRunMonth: PayloadHandler = async (req) => {
  if (!userHasRole(req.user, ...AS_RUN_READER_ROLES)) {
    return refuse(403, 'Chỉ quản trị, kỹ thuật viên hoặc lãnh đạo duyệt tin mới được tải nhật ký phát sóng.')
  }
  // Exactly one month: "?month=2026-11&month=2026-12" is refused, not read as its first value.
  const given = req.searchParams?.getAll('month') ?? []
  const raw = given.length === 1 ? given[0] : null
  const month = parseMonth(raw)
  if (!month) return refuse(400, 'Tháng không hợp lệ: dùng dạng NĂM-THÁNG, ví dụ month=2026-11.')
  const { timeZone } = await loadStationSettings(req.payload)
  const name = `nhat-ky-phat-song-${raw}.csv`
  return new Response(asRunCsvStream(req, datesOfMonth(month.first, month.next), timeZone), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      // Proof of airing for staff: no shared cache may keep it.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

/**
 * The as-run collection with what this module and the admin add to it, kept apart from the
 * collection's own file: the export endpoint, and the planned-vs-aired day above the list
 * (src/components/admin/AsRunDay).
 */
export function withAsRunViews(collection: CollectionConfig): CollectionConfig {
  const own = Array.isArray(collection.endpoints) ? collection.endpoints : []
  const components = collection.admin?.components ?? {}
  return {
    ...collection,
    endpoints: [{ path: '/export', method: 'get', handler: exportAsRunMonth }, ...own],
    admin: { ...collection.admin, components: { ...components, beforeList: [...(components.beforeList ?? []), '/src/components/admin/AsRunDay#AsRunDayView'] } },
  }
}
