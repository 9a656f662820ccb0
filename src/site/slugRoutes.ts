import type { CollectionSlug, Payload, Where } from 'payload'
import type { SlugRoute } from '../http/missingContent'

async function publishedSlugExists(payload: Payload, collection: CollectionSlug, slug: string, published: boolean) {
  const where: Where = published ? { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] } : { slug: { equals: slug } }
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: false })
  return totalDocs > 0
}

/** The public pages addressed by a slug, and how to tell whether that slug is public. */
export function publicSlugRoutes(payload: Payload): SlugRoute[] {
  return [
    { prefix: '/tin-tuc/', exists: (slug) => publishedSlugExists(payload, 'articles', slug, true) },
    { prefix: '/chuyen-muc/', exists: (slug) => publishedSlugExists(payload, 'categories', slug, false) },
    { prefix: '/tag/', exists: (slug) => publishedSlugExists(payload, 'tags', slug, false) },
  ]
}
