/**
 * Fails when the collections changed without a committed migration: compares the schema Payload
 * builds from the config with the snapshot of the newest migration in src/migrations.
 * `npm run migrate:check`; the test suite runs it too.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

process.env.DATABASE_URL = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'loa-migrate-check-')), 'scratch.db')}`
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const payload = await getPayload({ config, key: 'migrate-check' })
const adapter = payload.db as unknown as {
  schema: unknown
  migrationDir: string
  requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown>; generateMigration: (a: unknown, b: unknown) => Promise<string[]> }
}
const snapshots = readdirSync(adapter.migrationDir).filter((file) => file.endsWith('.json')).sort()
if (snapshots.length === 0) {
  console.error('[migrate:check] Chưa có migration nào trong src/migrations. Chạy: npm run migrate:create -- initial')
  process.exit(1)
}
const latest = JSON.parse(readFileSync(path.join(adapter.migrationDir, snapshots[snapshots.length - 1]), 'utf8'))
const kit = adapter.requireDrizzleKit()
const statements = await kit.generateMigration(latest, await kit.generateDrizzleJson(adapter.schema))
await payload.destroy()
if (statements.length > 0) {
  console.error(`[migrate:check] Lược đồ đã đổi nhưng chưa có migration (${statements.length} câu lệnh). Chạy: npm run migrate:create -- <tên>`)
  for (const statement of statements) console.error(`  ${statement}`)
  process.exit(1)
}
console.log(`[migrate:check] OK: lược đồ khớp với ${snapshots[snapshots.length - 1]}`)
process.exit(0)
