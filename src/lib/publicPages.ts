/**
 * The bridge between content hooks and the web server's page cache. Payload's hooks run inside
 * the Next bundle, the cache lives in src/server.ts, both in one process: the server registers its
 * invalidator on globalThis and hooks call it, so an edit is visible on the next request. Other
 * processes (worker, scripts) are covered by the server polling the content fingerprint.
 */
const KEY = '__loaInvalidatePublicPages'

type Holder = { [KEY]?: () => void }

export function registerPublicPagesInvalidator(invalidate: () => void): void {
  ;(globalThis as Holder)[KEY] = invalidate
}

export function invalidatePublicPages(): void {
  ;(globalThis as Holder)[KEY]?.()
}
