/** Times each read of a cold article page on an existing database (DATABASE_URL): node … scripts/run.mjs scripts/bench/articleQueries.ts <slug> */
import { openPayload } from '../../src/boot/openPayload'
import { connectSitePayload } from '../../src/site/payload'
import { articleBySlug, articlesWithRecordings, loadTaxonomy, newerAndOlder, readOutOf, relatedArticles } from '../../src/site/articles'
import { loadBannerEmergencies } from '../../src/radio/emergencies'
import { createPublicRenderer } from '../../src/site/renderPublicPage'

const { payload } = await openPayload({ key: 'bench-queries' })
connectSitePayload(payload)
const slug = process.argv[2] ?? (await payload.find({ collection: 'articles', sort: '-publishedAt', limit: 1, depth: 0 })).docs[0].slug ?? ''
const time = async (name: string, task: () => Promise<unknown>, runs = 200) => {
  for (let i = 0; i < 20; i++) await task()
  const started = performance.now()
  for (let i = 0; i < runs; i++) await task()
  console.log(`${name.padEnd(28)} ${((performance.now() - started) / runs).toFixed(2)} ms`)
}
const taxonomy = await loadTaxonomy()
const article = await articleBySlug(slug, taxonomy)
if (!article) throw new Error('no article')
await time('articleBySlug', () => articleBySlug(slug, taxonomy))
await time('taxonomy (once per change)', () => loadTaxonomy())
await time('newerAndOlder', () => newerAndOlder(article))
await time('relatedArticles', () => relatedArticles(article))
const recorded = await articlesWithRecordings()
await time('readOutOf', () => readOutOf(article, recorded))
await time('readOutOf (a recorded article)', () => readOutOf(article, new Set([String(article.id)])))
await time('banner emergencies', () => loadBannerEmergencies(payload, new Date(), 'Asia/Ho_Chi_Minh'))
const renderer = createPublicRenderer(payload)
await time('whole render', () => renderer.render({ path: `/tin-tuc/${slug}`, search: '', origin: 'http://x', now: new Date() }))
process.exit(0)
