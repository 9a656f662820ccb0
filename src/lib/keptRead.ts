/**
 * A value read from the database and shared by every caller: read again once it is `maxAgeMs` old
 * (by the `now` each caller passes, so tests need no clock) or after `forget()`, when what it reads
 * changed. Concurrent callers share one read; a failed read is not kept, so the next caller tries again.
 */
export function keptRead<T>(load: (now: Date) => Promise<T>, maxAgeMs = Number.POSITIVE_INFINITY) {
  let kept: { at: number; value: Promise<T> } | null = null
  return {
    read(now: Date): Promise<T> {
      if (!kept || Math.abs(now.getTime() - kept.at) >= maxAgeMs) {
        const entry = { at: now.getTime(), value: load(now) }
        kept = entry
        entry.value.catch(() => {
          if (kept === entry) kept = null
        })
      }
      return kept.value
    },
    forget() {
      kept = null
    },
  }
}
