import type { Payload } from 'payload'

/** Adds a batch of views per article id to the article-views collection. */
export async function saveViewCounts(payload: Payload, counts: Map<string, number>): Promise<void> {
  for (const [articleId, views] of counts) {
    const { docs } = await payload.find({ collection: 'article-views', where: { article: { equals: articleId } }, limit: 1, depth: 0, overrideAccess: true })
    if (docs[0]) {
      await payload.update({ collection: 'article-views', id: docs[0].id, data: { count: (docs[0].count ?? 0) + views }, overrideAccess: true })
      continue
    }
    const exists = await payload.count({ collection: 'articles', where: { id: { equals: articleId } }, overrideAccess: true })
    if (exists.totalDocs === 0) continue // a made-up id in the pixel URL
    await payload.create({ collection: 'article-views', data: { article: Number(articleId), count: views }, overrideAccess: true })
  }
}
