/**
 * Writes a new SQLite migration for the difference between the collections and the last committed
 * migration snapshot: `npm run migrate:create -- <name>`. Runs against a throw-away database so the
 * real one is never touched.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const name = process.argv[2] ?? 'change'
process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'loa-migrate-')), 'scratch.db')}`
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, key: 'migrate-create' })
await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
process.exit(0)
