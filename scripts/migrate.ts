/** Applies committed migrations to DATABASE_URL: `npm run migrate`. The server also does this on start. */
import { loadDotEnv } from '../src/boot/env'
import { openPayload } from '../src/boot/openPayload'

loadDotEnv()
const { payload, target } = await openPayload({ key: 'migrate' })
// openPayload has applied the committed migrations (prodMigrations in production).
console.log(`[migrate] ${target.kind}: schema is up to date`)
await payload.destroy()
process.exit(0)
