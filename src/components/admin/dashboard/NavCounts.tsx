import type { PayloadRequest, ServerProps } from 'payload'
import { navBadgeText, type NavBadge, SECTION_WORDS } from '../../../newsroom/dashboardSections'
import { navCounts } from '../../../newsroom/queries'
import { stationDayStart } from '../../../newsroom/stationWeek'
import { loadStationSettings } from '../../../radio/station'
import { REVIEW_QUEUE_PATH } from './ReviewQueueView'

/**
 * Above the navigation's links: "Bảng điều khiển" and the counts of the viewer's role (src/newsroom/
 * dashboardSections): "Tin chờ duyệt (3)" for approvers and admins, "Bị trả lại (1)" for editors,
 * "Cần ghi âm (2)" for technicians. One count query per badge, on each admin page.
 */
const HREF: Record<NavBadge, string> = {
  queue: `/admin${REVIEW_QUEUE_PATH}`,
  'my-returned': `/admin#${SECTION_WORDS['my-returned'].anchor}`,
  'needs-recording': `/admin#${SECTION_WORDS['needs-recording'].anchor}`,
}

const link = { display: 'block', padding: '0.25rem 0', textDecoration: 'none' } as const

export async function NavCounts({ payload, user }: ServerProps & { user?: PayloadRequest['user'] }) {
  if (!user || !payload) return null
  const now = new Date()
  const { timeZone } = await loadStationSettings(payload)
  const counts = await navCounts({ payload, user }, now, timeZone, stationDayStart(now, timeZone))
  return (
    <div className="loa-nav-counts" data-nav-counts="true" style={{ marginBottom: '1rem' }}>
      <a href="/admin" style={{ ...link, fontWeight: 600 }}>
        Bảng điều khiển
      </a>
      {counts.map(({ badge, count }) => (
        <a key={badge} href={HREF[badge]} data-badge={badge} data-count={count} style={{ ...link, ...(count > 0 ? { fontWeight: 600 } : {}) }}>
          {navBadgeText(badge, count)}
        </a>
      ))}
    </div>
  )
}
