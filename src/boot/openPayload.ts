import type { Migration, Payload } from 'payload'
import { type DatabaseTarget, parseDatabaseUrl, redact } from '../db/databaseUrl'
import { migrations } from '../migrations'

export type OpenedPayload = { payload: Payload; target: DatabaseTarget }

/**
 * A Payload instance for a server, worker or script, with the SQLite schema migrated.
 *
 * The instance is cached under its own key so it never shares state with the instance Next bundles
 * for the admin and the site. `runJobs` starts Payload's job timer (scheduled publishing) here;
 * exactly one process, the web server, asks for it.
 */
export async function openPayload({ runJobs = false, key = 'loa' }: { runJobs?: boolean; key?: string } = {}): Promise<OpenedPayload> {
  const target = parseDatabaseUrl(process.env.DATABASE_URL)
  // Imported one after the other: two concurrent dynamic imports sharing modules with top-level
  // await sometimes never settle under the tsx loader (Node then exits with code 13).
  const { getPayload } = await import('payload')
  const { default: configBuilt } = await import('../../payload.config')
  // Awaited before connecting: the config imports its database adapter while it builds, and a
  // malformed setting (SMTP_*, a data folder that cannot be made) must be reported as itself, not
  // as a database that did not answer.
  const config = await configBuilt
  let payload: Payload
  const connectingSince = Date.now()
  try {
    payload = await getPayload({ config, key, cron: runJobs })
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    // How long it waited tells an operator whether the server is down (refused at once) or
    // unreachable (the 5 s server-selection limit for MongoDB).
    const waited = ((Date.now() - connectingSince) / 1000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })
    throw new Error(`Không kết nối được cơ sở dữ liệu ${redact(target.url)} (sau ${waited} giây): ${detail}`)
  }
  // In production the SQLite adapter applies prodMigrations while connecting; elsewhere (dev,
  // tests, scripts) it is done here, because the schema is never pushed.
  if (target.kind === 'sqlite' && process.env.NODE_ENV !== 'production') {
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  return { payload, target }
}
