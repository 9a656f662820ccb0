/**
 * Takes an assembly lock in the name of another live process, as a second assembler would:
 * holdLock.ts <key> <pid of a live process>. For testing what `npm run assemble` does when locked.
 */
import { hostname } from 'node:os'
import { openPayload } from '../../../src/boot/openPayload'

const [key, pid] = process.argv.slice(2)
const { payload } = await openPayload({ key: 'test-lock' })
await payload.create({
  collection: 'assembly-locks',
  data: { key, owner: `${hostname()}:${pid}:test`, expiresAt: new Date(Date.now() + 10 * 60_000).toISOString() },
  overrideAccess: true,
})
console.log('locked')
await payload.destroy()
process.exit(0)
