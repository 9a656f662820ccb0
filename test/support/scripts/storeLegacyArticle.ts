/**
 * Writes article data the way it could have been saved before issue #8's checks, straight through the
 * database adapter (no hooks, no validation): storeLegacyArticle.ts <slug> unsafe-links|no-slug
 */
import { openPayload } from '../../../src/boot/openPayload'

const [slug, mode] = process.argv.slice(2)
const { payload } = await openPayload({ key: 'test-legacy' })
const link = (url: string) => ({ type: 'link', version: 3, fields: { linkType: 'custom', url, newTab: false }, children: [{ type: 'text', version: 1, text: `liên kết cũ ${url.slice(0, 4)}`, format: 0, detail: 0, mode: 'normal', style: '' }] })
const data =
  mode === 'no-slug'
    ? { slug: null }
    : {
        content: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [link('javascript:alert(1)'), link('java\tscript:alert(2)'), link('data:text/html,x')] }] } },
        source: { name: 'Nguồn cũ', url: 'javascript:alert(3)' },
      }
await payload.db.updateOne({ collection: 'articles', where: { slug: { equals: slug } }, data: { ...data, updatedAt: new Date().toISOString() } })
await payload.destroy()
process.exit(0)
