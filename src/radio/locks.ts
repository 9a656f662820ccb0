import { hostname } from 'node:os'
import type { Payload } from 'payload'

/** How long a lock is trusted when its owner cannot be checked (another machine). */
export const LOCK_TTL_MS = 20 * 60 * 1000

export function newOwnerId(): string {
  return `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`
}

/** A lock held by a process on this machine that no longer exists is stale at once, not after the TTL. */
export function ownerIsGone(owner: string): boolean {
  const [host, pid] = owner.split(':')
  if (host !== hostname()) return false
  try {
    process.kill(Number(pid), 0)
    return false
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/**
 * Takes the assembly lock for `key`, or returns false when another live worker holds it. The
 * assembly-locks collection has a unique index on key, so of two workers inserting at once exactly
 * one succeeds, on SQLite and MongoDB alike.
 */
export async function acquireLock(payload: Payload, key: string, owner: string, now: Date): Promise<boolean> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await payload.create({
        collection: 'assembly-locks',
        data: { key, owner, expiresAt: new Date(now.getTime() + LOCK_TTL_MS).toISOString() },
        overrideAccess: true,
      })
      return true
    } catch {
      const held = await payload.find({ collection: 'assembly-locks', where: { key: { equals: key } }, limit: 1, overrideAccess: true })
      const lock = held.docs[0]
      if (!lock) continue // released meanwhile: try once more
      const stale = new Date(lock.expiresAt) < now || ownerIsGone(lock.owner)
      if (!stale) return false
      await payload.delete({ collection: 'assembly-locks', where: { and: [{ key: { equals: key } }, { owner: { equals: lock.owner } }] }, overrideAccess: true })
    }
  }
  return false
}

export async function releaseLock(payload: Payload, key: string, owner: string): Promise<void> {
  await payload.delete({ collection: 'assembly-locks', where: { and: [{ key: { equals: key } }, { owner: { equals: owner } }] }, overrideAccess: true })
}

/** Stale: past its TTL, or its owner is a process on this machine that no longer exists. */
export const lockIsStale = (lock: { owner: string; expiresAt: string }, now: Date) => new Date(lock.expiresAt) < now || ownerIsGone(lock.owner)

/** Deletes every stale lock (an assembler killed mid-render leaves its lock); returns their keys. */
export async function clearStaleLocks(payload: Payload, now: Date): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'assembly-locks', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const stale = docs.filter((lock) => lockIsStale(lock, now))
  for (const lock of stale) {
    // By key and owner: a lock taken afresh meanwhile by a live worker is not touched.
    await payload.delete({ collection: 'assembly-locks', where: { and: [{ key: { equals: lock.key } }, { owner: { equals: lock.owner } }] }, overrideAccess: true })
  }
  return stale.map((lock) => lock.key)
}
