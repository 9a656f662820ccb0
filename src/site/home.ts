import type { Article, Category } from '../payload-types'
import { sitePayload } from './payload'

const publicRead = { overrideAccess: false, draft: false } as const

/** The newest published articles of each category, in the categories' display order. */
export async function categoryBlocks(perCategory: number): Promise<{ category: Category; articles: Article[] }[]> {
  const payload = await sitePayload()
  const { docs: categories } = await payload.find({ collection: 'categories', sort: 'order', limit: 20, depth: 0, overrideAccess: false })
  const blocks = await Promise.all(
    categories.map(async (category) => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { and: [{ _status: { equals: 'published' } }, { category: { equals: category.id } }] },
        sort: '-publishedAt',
        limit: perCategory,
        depth: 0,
        ...publicRead,
      })
      return { category, articles: docs }
    }),
  )
  return blocks.filter((block) => block.articles.length > 0)
}
