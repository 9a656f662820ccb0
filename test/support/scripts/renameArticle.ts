/** Changes an article's title from another process, as the worker or a script would: renameArticle.ts <slug> <title> */
import { openPayload } from '../../../src/boot/openPayload'

const [slug, title] = process.argv.slice(2)
const { payload } = await openPayload({ key: 'test-rename' })
const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, limit: 1, overrideAccess: true })
await payload.update({ collection: 'articles', id: docs[0].id, data: { title }, overrideAccess: true })
await payload.destroy()
process.exit(0)
