import { hostname } from 'node:os'
import type { Payload, Where } from 'payload'
import { LEASE_MS, leaseVerdict, PLAYOUT_LOCK_KEY, type PlayoutLease } from '../broadcast/playoutLease'

/**
 * The playout lease in the assembly-locks collection (src/broadcast/playoutLease decides; this only
 * reads and writes the row). Every write names the owner, so a playout never deletes or renews a
 * lease someone else has taken meanwhile.
 */

const pidAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code !== 'ESRCH'
  }
}

const ownerIs = (owner: string): Where[] => [{ key: { equals: PLAYOUT_LOCK_KEY } }, { owner: { equals: owner } }]
const byOwner = (owner: string): Where => ({ and: ownerIs(owner) })

export async function readPlayoutLease(payload: Payload): Promise<PlayoutLease | null> {
  const { docs } = await payload.find({ collection: 'assembly-locks', where: { key: { equals: PLAYOUT_LOCK_KEY } }, limit: 1, depth: 0, overrideAccess: true })
  const row = docs[0]
  return row ? { owner: row.owner, expiresAt: new Date(row.expiresAt), since: new Date(row.createdAt) } : null
}

export type TakeResult = { taken: true; tookOver: { owner: string; reason: 'expired' | 'owner-gone' } | null } | { taken: false; holder: PlayoutLease | null }

/** Takes the lease for `me` when it is free, stale or already ours; otherwise says who holds it. */
export async function tryTakePlayoutLease(payload: Payload, me: string, now: Date): Promise<TakeResult> {
  let tookOver: { owner: string; reason: 'expired' | 'owner-gone' } | null = null
  let holder: PlayoutLease | null = null
  for (let attempt = 0; attempt < 3; attempt++) {
    holder = await readPlayoutLease(payload)
    const verdict = leaseVerdict({ held: holder, me, host: hostname(), now, pidAlive })
    if (verdict.action === 'wait') return { taken: false, holder: verdict.holder }
    if (verdict.action === 'keep') {
      if ((await renewPlayoutLease(payload, me, now)) === 'renewed') return { taken: true, tookOver: null }
      continue
    }
    if (verdict.action === 'take-over' && holder) {
      // An expired lease is deleted only while still expired: a holder that renewed in between keeps it.
      const where = verdict.reason === 'expired' ? { and: [...ownerIs(holder.owner), { expiresAt: { less_than_equal: now.toISOString() } }] } : byOwner(holder.owner)
      await payload.delete({ collection: 'assembly-locks', where, overrideAccess: true })
      tookOver = { owner: holder.owner, reason: verdict.reason }
    }
    try {
      await payload.create({
        collection: 'assembly-locks',
        data: { key: PLAYOUT_LOCK_KEY, owner: me, expiresAt: new Date(now.getTime() + LEASE_MS).toISOString() },
        overrideAccess: true,
      })
      return { taken: true, tookOver }
    } catch {
      // Another playout inserted first (the unique key): look again.
    }
  }
  return { taken: false, holder }
}

/** Pushes our lease's expiry forward; 'lost' when the row is no longer ours (another playout took it). */
export async function renewPlayoutLease(payload: Payload, me: string, now: Date): Promise<'renewed' | 'lost'> {
  const { docs } = await payload.update({
    collection: 'assembly-locks',
    where: byOwner(me),
    data: { expiresAt: new Date(now.getTime() + LEASE_MS).toISOString() },
    overrideAccess: true,
  })
  return docs.length > 0 ? 'renewed' : 'lost'
}

/** At a clean stop: the next playout takes over at once instead of waiting for the expiry. */
export async function releasePlayoutLease(payload: Payload, me: string): Promise<void> {
  await payload.delete({ collection: 'assembly-locks', where: byOwner(me), overrideAccess: true })
}
