/**
 * A value read from the database and shared by every caller: read again once it is `maxAgeMs` old
 * (by the `now` each caller passes, so tests need no clock) or after `forget()`, when what it reads
 * changed. Concurrent callers share one read; a failed read is not kept, so the next caller tries again.
 *
 * A change is reported by the writer's hooks, which may run before its transaction commits (MongoDB,
 * SQLite with transactions): a read begun then can return the value from before the change. So
 * `forget(now, settleMs)` also marks the next `settleMs` as unsettled: a value read in that window
 * serves its callers until the window ends and is read again after it.
 */
export function keptRead<T>(load: (now: Date) => Promise<T>, maxAgeMs = Number.POSITIVE_INFINITY) {
  let kept: { at: number; value: Promise<T> } | null = null
  let unsettledUntil = Number.NEGATIVE_INFINITY
  return {
    read(now: Date): Promise<T> {
      const at = now.getTime()
      const readBeforeSettled = kept !== null && kept.at < unsettledUntil && at >= unsettledUntil
      if (!kept || Math.abs(at - kept.at) >= maxAgeMs || readBeforeSettled) {
        const entry = { at, value: load(now) }
        kept = entry
        entry.value.catch(() => {
          if (kept === entry) kept = null
        })
      }
      return kept.value
    },
    forget(now?: Date, settleMs = 0) {
      kept = null
      if (now) unsettledUntil = Math.max(unsettledUntil, now.getTime() + settleMs)
    },
  }
}
