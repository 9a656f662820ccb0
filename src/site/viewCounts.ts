import type { Payload } from 'payload'

/**
 * Adds a batch of views per article id to the article-views collection. Ids come from anonymous
 * URLs: one query checks the whole batch, and ids that are not published articles (made up, drafts,
 * deleted) are dropped, so a batch of fake ids costs one query, not two per id. Ids stay strings
 * until the database says what they are (numbers on SQLite, ObjectId strings on MongoDB).
 */
export async function saveViewCounts(payload: Payload, counts: Map<string, number>): Promise<void> {
  const numericIds = payload.db.defaultIDType === 'number'
  // "007" and "7" name the same SQLite row; anything else is not an id there.
  const byId = new Map<string, number>()
  for (const [id, views] of counts) {
    if (numericIds && !/^\d{1,15}$/.test(id)) continue
    const key = numericIds ? String(Number(id)) : id
    byId.set(key, (byId.get(key) ?? 0) + views)
  }
  const ids = [...byId.keys()]
  if (ids.length === 0) return
  const published = await payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: numericIds ? ids.map(Number) : ids } }, { _status: { equals: 'published' } }] },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { title: true },
    draft: false,
    overrideAccess: true,
  })
  if (published.docs.length === 0) return
  const articleIds = published.docs.map((doc) => doc.id)
  const existing = await payload.find({
    collection: 'article-views',
    where: { article: { in: articleIds } },
    limit: articleIds.length,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const rowOf = new Map(existing.docs.map((row) => [String(typeof row.article === 'object' ? row.article.id : row.article), row]))
  for (const articleId of articleIds) {
    const views = byId.get(String(articleId)) ?? 0
    const row = rowOf.get(String(articleId))
    if (row) await payload.update({ collection: 'article-views', id: row.id, data: { count: (row.count ?? 0) + views }, overrideAccess: true })
    else await payload.create({ collection: 'article-views', data: { article: articleId, count: views }, overrideAccess: true })
  }
}
