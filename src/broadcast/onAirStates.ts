/**
 * "Đang phát / Đã phát" on the public schedule: from the as-run log when the playout runs, from the
 * clock otherwise. Pure: the day's airings, the log rows and `now` are passed in.
 *
 * The rule (README, "Nhật ký phát sóng"):
 * - The playout counts as running when the log shows it alive: a row still open (started, no end
 *   yet) whose planned end — or, without one, its start — is less than `staleMinutes` ago, or any
 *   row that started or ended less than `staleMinutes` ago (default 10). An open row older than
 *   that is a playout that died without reporting the end; it proves nothing about now.
 * - Running: an airing is "Đang phát" when an open row of its slot says so — even if the clock
 *   puts it elsewhere (a late start, an overrun the log records); "Đã phát" when it has rows, all
 *   closed; "Sắp phát" when it has none yet and its end is still ahead (due, or late); "Không
 *   phát" when its end has passed with nothing in the log.
 * - Not running, but the log has rows for this day (the playout aired part of it, then stopped):
 *   airings whose time has passed are read from the log (aired or not); the current and later
 *   ones follow the clock, since nothing says the centre is not airing them by other means.
 * - No rows at all for the day: the clock alone, as before the playout existed.
 */
import { type AsRunRecord, isOpen } from './asRunReport'

export type PublicAirState = 'done' | 'live' | 'coming' | 'missed'

export const PUBLIC_STATE_WORDS: Record<PublicAirState, string> = {
  done: 'Đã phát',
  live: 'Đang phát',
  coming: 'Sắp phát',
  missed: 'Không phát',
}

export type Airing = { slot: string; start: Date; end: Date }

export type OnAirStatesOptions = { staleMinutes?: number }

const MATCH_GRACE_MS = 60_000

function rowsOf(airing: Airing, rows: AsRunRecord[]): AsRunRecord[] {
  return rows.filter((row) => {
    if (row.kind === 'emergency' || row.kind === 'silence' || row.slot !== airing.slot) return false
    if (row.plannedStart && Math.abs(row.plannedStart.getTime() - airing.start.getTime()) < 1000) return true
    const at = row.actualStart.getTime()
    return at >= airing.start.getTime() - MATCH_GRACE_MS && at < airing.end.getTime() + MATCH_GRACE_MS
  })
}

function isFreshOpen(row: AsRunRecord, now: Date, staleMs: number): boolean {
  if (!isOpen(row) || row.actualStart > now) return false
  const reference = row.plannedEnd && row.plannedEnd > row.actualStart ? row.plannedEnd : row.actualStart
  return now.getTime() - reference.getTime() < staleMs
}

/** Whether the log shows a running playout at `now` (see the rule above). */
export function playoutRunning(rows: AsRunRecord[], now: Date, options: OnAirStatesOptions = {}): boolean {
  const staleMs = (options.staleMinutes ?? 10) * 60_000
  return rows.some((row) => {
    if (isFreshOpen(row, now, staleMs)) return true
    return [row.actualStart, row.actualEnd].some((at) => at !== null && at <= now && now.getTime() - at.getTime() < staleMs)
  })
}

function clockState(airing: Airing, now: Date): PublicAirState {
  return now >= airing.end ? 'done' : now >= airing.start ? 'live' : 'coming'
}

/** The state of each airing, in the order given. `rows`: the log rows of the day (and the night before). */
export function onAirStates(airings: Airing[], rows: AsRunRecord[], now: Date, options: OnAirStatesOptions = {}): PublicAirState[] {
  const staleMs = (options.staleMinutes ?? 10) * 60_000
  const running = playoutRunning(rows, now, options)
  const dayLogged = airings.some((airing) => rowsOf(airing, rows).length > 0)
  return airings.map((airing) => {
    const mine = rowsOf(airing, rows)
    if (running) {
      if (mine.some((row) => isFreshOpen(row, now, staleMs))) return 'live'
      if (mine.length > 0) return 'done'
      return now < airing.end ? 'coming' : 'missed'
    }
    if (dayLogged && now >= airing.end) return mine.length > 0 ? 'done' : 'missed'
    return clockState(airing, now)
  })
}
