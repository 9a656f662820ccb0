'use client'
import { formatAuditTime } from '../../audit/describe'
import { STATION_TIME_ZONE } from '../../lib/viDate'

/** The audit list's "Thời gian" on the station's clock, whatever the admin's computer is set to. */
export function AuditTimeCell({ cellData }: { cellData?: unknown }) {
  if (typeof cellData !== 'string' || !cellData) return null
  return <time dateTime={cellData}>{formatAuditTime(cellData, STATION_TIME_ZONE)}</time>
}
