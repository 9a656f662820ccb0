import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from '../migrations'
import type { DatabaseTarget } from './databaseUrl'

/** How long a MongoDB URL may take to answer before start-up fails, instead of the driver's 30 s. */
const MONGO_SERVER_SELECTION_TIMEOUT_MS = 5_000

/**
 * The Payload database adapter for a parsed DATABASE_URL.
 *
 * Only the adapter in use is imported: the MongoDB one brings mongoose, the driver and BSON, which
 * weighed 11 MB of RSS in every SQLite process (the worker's peak, measured by bench:assemble).
 *
 * SQLite never pushes its schema: every environment (dev, tests, production) applies the committed
 * migrations in src/migrations, so what is tested is what ships. WAL and a busy timeout let the web
 * server, the worker and scripts share one file.
 */
export async function databaseAdapterFor(target: DatabaseTarget): Promise<DatabaseAdapterObj> {
  if (target.kind === 'mongodb') {
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return mongooseAdapter({
      url: target.url,
      connectOptions: { serverSelectionTimeoutMS: MONGO_SERVER_SELECTION_TIMEOUT_MS },
    })
  }
  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  mkdirSync(path.dirname(path.resolve(target.filePath)), { recursive: true })
  return sqliteAdapter({
    client: { url: target.url },
    push: false,
    prodMigrations: migrations,
    migrationDir: path.resolve(process.cwd(), 'src/migrations'),
    wal: { journalSizeLimit: 64 * 1024 * 1024, synchronous: 'NORMAL' },
    busyTimeout: 10_000,
    // Payload leaves SQLite transactions off unless asked. They are turned on only in processes that
    // need several writes to land together (schedule:import sets LOA_SQLITE_TRANSACTIONS=1 before
    // loading the config): with them on everywhere, any hook that wrote without passing `req` would
    // wait on its own transaction's write lock until the busy timeout.
    ...(process.env.LOA_SQLITE_TRANSACTIONS === '1' ? { transactionOptions: { behavior: 'immediate' as const } } : {}),
  })
}
