import { open } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import type { Readiness, ReadinessCheck } from '../http/app'
import type { DatabaseTarget } from './databaseUrl'

const SQLITE_MAGIC = 'SQLite format 3\u0000'
const CHECK_TIMEOUT_MS = 3_000

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS).unref()),
  ])
}

/**
 * A connection that is already open keeps working on a file that was deleted or replaced, so the
 * SQLite check also reopens the file by name and reads its header, then runs a real query.
 */
async function checkSqliteFile(filePath: string): Promise<string | null> {
  const absolute = path.resolve(filePath)
  let handle
  try {
    handle = await open(absolute, 'r')
  } catch (error) {
    return `database file ${absolute} cannot be opened: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
  }
  try {
    const header = Buffer.alloc(16)
    const { bytesRead } = await handle.read(header, 0, 16, 0)
    if (bytesRead < 16 || header.toString('latin1') !== SQLITE_MAGIC) return `database file ${absolute} is not an SQLite database`
    return null
  } catch (error) {
    return `database file ${absolute} cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`
  } finally {
    await handle.close()
  }
}

export function databaseReadiness(target: DatabaseTarget, payload: Payload): ReadinessCheck {
  return async (): Promise<Readiness> => {
    if (target.kind === 'sqlite') {
      const problem = await checkSqliteFile(target.filePath)
      if (problem) return { ready: false, reason: problem }
    }
    try {
      await withTimeout(payload.count({ collection: 'users', overrideAccess: true }), 'the database')
      return { ready: true }
    } catch (error) {
      return { ready: false, reason: `database query failed: ${error instanceof Error ? error.message : String(error)}` }
    }
  }
}
