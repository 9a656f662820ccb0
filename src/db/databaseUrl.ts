/**
 * Which database a DATABASE_URL names. Pure: no driver is imported here, so the server can refuse a
 * bad URL in one line before it loads anything heavy.
 */

export const DEFAULT_DATABASE_URL = 'file:./data/loa.db'

export type DatabaseTarget =
  | { kind: 'sqlite'; url: string; filePath: string }
  | { kind: 'mongodb'; url: string }

export class DatabaseUrlError extends Error {
  constructor(url: string) {
    super(
      `DATABASE_URL không hợp lệ ("${redact(url)}"). Dùng một trong các dạng: file:./data/loa.db (SQLite, mặc định), ` +
        `mongodb://máy-chủ:27017/loa hoặc mongodb+srv://cụm/loa (MongoDB).`,
    )
    this.name = 'DatabaseUrlError'
  }
}

/** Hides a password in mongodb://user:secret@host so error lines can be logged. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')
}

export function parseDatabaseUrl(raw: string | undefined): DatabaseTarget {
  const url = (raw ?? '').trim() || DEFAULT_DATABASE_URL
  if (url.startsWith('file:')) {
    const filePath = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0]
    if (!filePath) throw new DatabaseUrlError(url)
    return { kind: 'sqlite', url, filePath }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(url)) return { kind: 'mongodb', url }
  throw new DatabaseUrlError(url)
}
