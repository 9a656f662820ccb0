import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ADMIN, runScript, SEED_MODE_ARGS, usingMongo } from '../support/loaServer'

/**
 * Seeds the 'news' and 'full' databases once (in parallel), for startLoaServer to copy per test
 * file (see seedTemplate in test/support/loaServer.ts). The environment is the one startLoaServer
 * gives its seed, with paths inside each template folder; the database file keeps its name.
 */
export default async function setup() {
  if (usingMongo() || process.env.LOA_SKIP_BUILD === '1') return
  const root = mkdtempSync(path.join(tmpdir(), 'loa-seed-templates-'))
  const started = Date.now()
  await Promise.all(
    (['news', 'full'] as const).map((seed) => {
      const dir = path.join(root, seed)
      mkdirSync(dir)
      return runScript('scripts/seed.ts', [...SEED_MODE_ARGS[seed]], {
        ...process.env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: `file:${path.join(dir, 'loa.db')}`,
        LOA_DATA_DIR: dir,
        LOA_MEDIA_DIR: path.join(dir, 'media'),
        LOA_ADMIN_EMAIL: ADMIN.email,
        LOA_ADMIN_PASSWORD: ADMIN.password,
      })
    }),
  )
  process.env.LOA_TEST_SEED_TEMPLATES = root
  console.log(`[seed templates] news and full seeded once in ${((Date.now() - started) / 1000).toFixed(1)} s (${root})`)
  return () => rmSync(root, { recursive: true, force: true })
}
