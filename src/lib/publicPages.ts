/**
 * The bridge between content hooks and the web server's public page layer. Payload's hooks run
 * in the Next bundle and in the server's own Payload instance, the page layer lives in src/server.ts,
 * all in one process: the server registers its listener on globalThis and hooks report each change
 * to it, so only the pages showing that content are re-rendered (src/site/pageTags). Other
 * processes (worker, scripts) are covered by the server reading recent changes from the database
 * (src/site/contentChanges).
 */
export type ContentChange = {
  collection: string
  operation: 'create' | 'update' | 'delete'
  /** The document after the change (before it, for a delete). */
  doc: Record<string, unknown>
  /** The document before the change, when the writer knows it (hooks); absent when seen from the database. */
  previousDoc?: Record<string, unknown>
}

/**
 * How long after a change is reported until it is certainly visible to other readers: hooks run
 * before the writer's transaction commits, so what is rendered or read again waits this long.
 */
export const CHANGE_SETTLE_MS = 500

const KEY = '__loaPublicContentChanged'

type Holder = { [KEY]?: (change: ContentChange) => void }

export function registerPublicContentListener(listener: (change: ContentChange) => void): void {
  ;(globalThis as Holder)[KEY] = listener
}

export function publicContentChanged(change: ContentChange): void {
  ;(globalThis as Holder)[KEY]?.(change)
}
