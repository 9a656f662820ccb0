/**
 * Stores a programme document the way the worker does, through the Local API with its own rights:
 * createProgramme.ts '<json data>'. Over REST and GraphQL programmes are read-only for everyone.
 */
import { openPayload } from '../../../src/boot/openPayload'

const data = JSON.parse(process.argv[2] ?? '{}')
const { payload } = await openPayload({ key: 'test-programme' })
const created = await payload.create({ collection: 'programmes', data })
console.log(JSON.stringify({ id: created.id }))
await payload.destroy()
process.exit(0)
