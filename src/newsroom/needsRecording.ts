import { daysBetween, formatLocalDateVi } from '../broadcast/localDate'
import type { LocalDate } from '../broadcast/types'

/**
 * "Cần ghi âm": an article marked for the loudspeakers that has no read-out recording yet, while its
 * broadcast window has not ended — flagged before its air date so the technician can record it in
 * time. Pure: station-local dates in, no clock.
 */
export type BroadcastPlan = {
  include: boolean
  /** The article's read-out (broadcast.readOut) or a read-out clip that names the article. */
  hasRecording: boolean
  /** "Phát từ / đến ngày" as station-local days. */
  from: LocalDate | null
  to: LocalDate | null
}

export function needsRecording(plan: BroadcastPlan, today: LocalDate): boolean {
  if (!plan.include || plan.hasRecording) return false
  return plan.to === null || plan.to >= today
}

/** When it airs, as the technician plans the day: "Phát từ 02/12/2026 (còn 3 ngày)", "Đang phát (đến 05/12/2026)". */
export function airDateNote(plan: Pick<BroadcastPlan, 'from' | 'to'>, today: LocalDate): string {
  const until = plan.to ? ` (đến ${formatLocalDateVi(plan.to)})` : ''
  if (plan.from && plan.from > today) {
    const days = daysBetween(today, plan.from)
    return `Phát từ ${formatLocalDateVi(plan.from)} (${days === 1 ? 'ngày mai' : `còn ${days} ngày`})`
  }
  return plan.from || plan.to ? `Đang trong thời gian phát${until}` : 'Phát ngay khi có bản ghi âm (không hạn ngày)'
}

/** Soonest air date first; an article already in its window counts as airing today. */
export function byAirDate<T extends Pick<BroadcastPlan, 'from'>>(today: LocalDate) {
  return (a: T, b: T) => (a.from && a.from > today ? a.from : today).localeCompare(b.from && b.from > today ? b.from : today)
}
