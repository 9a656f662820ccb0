/**
 * Queues a scheduled publish exactly as the admin's "Lên lịch xuất bản" does (Payload's
 * schedulePublish task with waitUntil), for the test of the server's job runner.
 * Usage: queueScheduledPublish.ts <articleId> <userId> <delaySeconds>
 */
import { openPayload } from '../../../src/boot/openPayload'

const [articleId, userId, delaySeconds] = process.argv.slice(2).map(Number)
const { payload } = await openPayload({ key: 'test-queue' })
await payload.jobs.queue({
  task: 'schedulePublish',
  waitUntil: new Date(Date.now() + delaySeconds * 1000),
  input: { type: 'publish', doc: { relationTo: 'articles', value: String(articleId) }, user: { relationTo: 'users', value: userId } } as never,
})
await payload.destroy()
process.exit(0)
