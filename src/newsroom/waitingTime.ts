/**
 * How long a story has waited for approval, in the words an approver reads at a glance:
 * "chờ 2 giờ 15 phút". Pure: the submission time and `now` are passed in.
 */
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "45 phút", "2 giờ 15 phút", "3 ngày 4 giờ", "dưới 1 phút"; a negative span (clock skew) counts as none. */
export function durationWords(ms: number): string {
  const span = Math.max(0, Math.floor(ms / MINUTE)) * MINUTE
  if (span < MINUTE) return 'dưới 1 phút'
  const days = Math.floor(span / DAY)
  const hours = Math.floor((span % DAY) / HOUR)
  const minutes = Math.floor((span % HOUR) / MINUTE)
  // Minutes stop mattering after a day; a zero part is left out ("2 giờ", not "2 giờ 0 phút").
  const parts = days > 0 ? [[days, 'ngày'], [hours, 'giờ']] : [[hours, 'giờ'], [minutes, 'phút']]
  return parts
    .filter(([count]) => count !== 0)
    .map(([count, word]) => `${count} ${word}`)
    .join(' ')
}

/** "chờ 2 giờ 15 phút" since the submission; "chưa rõ lúc gửi" when the time is missing or unreadable. */
export function waitingText(submittedAt: Date | string | null | undefined, now: Date): string {
  const since = submittedAt ? new Date(submittedAt) : null
  if (!since || Number.isNaN(since.getTime())) return 'chưa rõ lúc gửi'
  return `chờ ${durationWords(now.getTime() - since.getTime())}`
}
