import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'
import { userFacingError } from '../lib/errors'
import { slugFor, withSuffix } from '../lib/slug'

const MAX_ATTEMPTS = 50

/**
 * Fills an empty slug from the title (or name) and makes it unique in the collection by adding
 * "-2", "-3"… An editor's own slug is kept, only made unique, so links they already shared stay valid.
 * A title with no letter or digit gets `fallback` ("bai-viet-2"), never an empty slug.
 */
export function ensureUniqueSlug(collection: CollectionSlug, sourceField: string, fallback: string): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const source = String(data[sourceField] ?? originalDoc?.[sourceField] ?? '')
    const wanted = slugFor(data.slug, source, fallback)
    const ownId = originalDoc?.id
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const candidate = withSuffix(wanted, attempt)
      const taken = await req.payload.count({
        collection,
        where: ownId ? { and: [{ slug: { equals: candidate } }, { id: { not_equals: ownId } }] } : { slug: { equals: candidate } },
        overrideAccess: true,
        req,
      })
      if (taken.totalDocs === 0) return { ...data, slug: candidate }
    }
    throw userFacingError(`Không tạo được đường dẫn duy nhất cho "${source}". Hãy tự nhập đường dẫn (slug).`)
  }
}
