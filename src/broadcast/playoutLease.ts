/**
 * One playout per database: whoever holds the "playout" lease airs, everyone else waits. The lease
 * is a row in assembly-locks (unique key, so of two takers exactly one wins, on SQLite and MongoDB
 * alike) with an expiry the holder pushes forward every RENEW_MS. A holder that dies stops renewing;
 * a second playout takes over when the expiry passes, or at once when the holder was a process on
 * the same machine that no longer exists (a kill -9 and a restart, or systemd restarting it), so a
 * restart is not held up by its own dead predecessor.
 *
 * Pure: the instant, this machine's name and whether a pid is alive are passed in.
 */
import { formatVietnameseDateTime } from '../lib/viDate'

export const PLAYOUT_LOCK_KEY = 'playout'
/** How long a lease is trusted without renewal: short, so a dead holder on another machine blocks only briefly. */
export const LEASE_MS = 8000
/** Renewed this often: three renewals may fail (a busy database) before the lease lapses. */
export const RENEW_MS = 2000
/** How often a waiting playout looks again. */
export const WAIT_POLL_MS = 2000

export type PlayoutLease = {
  /** "host:pid:random" (src/radio/locks newOwnerId). */
  owner: string
  expiresAt: Date
  /** When the holder took it (the row's creation). */
  since: Date
}

export type LeaseVerdict =
  | { action: 'take' }
  | { action: 'keep' }
  | { action: 'take-over'; reason: 'expired' | 'owner-gone' }
  | { action: 'wait'; holder: PlayoutLease }

export function parseOwner(owner: string): { host: string; pid: number } | null {
  const [host, pid] = owner.split(':')
  const number = Number(pid)
  return host && Number.isInteger(number) && number > 0 ? { host, pid: number } : null
}

/**
 * What a playout (`me`, on machine `host`) may do about the lease as found in the database.
 * `pidAlive` is asked only about a holder on this same machine: a pid on another machine means
 * nothing here, so such a holder is trusted until its lease expires.
 */
export function leaseVerdict(input: { held: PlayoutLease | null; me: string; host: string; now: Date; pidAlive: (pid: number) => boolean }): LeaseVerdict {
  const { held, me, host, now, pidAlive } = input
  if (!held) return { action: 'take' }
  if (held.owner === me) return { action: 'keep' }
  if (held.expiresAt.getTime() <= now.getTime()) return { action: 'take-over', reason: 'expired' }
  const holder = parseOwner(held.owner)
  if (holder && holder.host === host && !pidAlive(holder.pid)) return { action: 'take-over', reason: 'owner-gone' }
  return { action: 'wait', holder: held }
}

/** The waiting playout's line: who airs, since when (station time), and when it will look again. */
export function waitingMessage(holder: PlayoutLease, timeZone: string): string {
  const who = parseOwner(holder.owner)
  const name = who ? `máy ${who.host}, tiến trình ${who.pid}` : holder.owner
  return (
    `Một playout khác đang phát sóng trên cùng cơ sở dữ liệu (${name}, từ ${formatVietnameseDateTime(holder.since, timeZone)}). ` +
    `Playout này không phát, chờ và sẽ tự tiếp quản khi playout kia dừng.`
  )
}

export function takeOverMessage(reason: 'expired' | 'owner-gone', previousOwner: string): string {
  const who = parseOwner(previousOwner)
  const name = who ? `máy ${who.host}, tiến trình ${who.pid}` : previousOwner
  return reason === 'owner-gone'
    ? `Playout trước (${name}) đã dừng: tiếp quản phát sóng.`
    : `Playout trước (${name}) không còn gia hạn khóa phát sóng: tiếp quản phát sóng.`
}
