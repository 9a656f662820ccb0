import type { LinkableCollection } from '../collections/linkableCollections'
import { articlePath, categoryPath, tagPath } from './publicPaths'

/**
 * Where a link inside an article points when the editor chose a document of the site rather than
 * typing an address. The document may come populated (with its slug) or as a bare id when it was
 * deleted or is not public; then there is no page to point to.
 */
export type InternalLinkTarget = { relationTo: string; value: unknown }

const PUBLIC_PAGES: Record<string, (slug: string) => string> = { articles: articlePath, categories: categoryPath, tags: tagPath } satisfies Record<LinkableCollection, (slug: string) => string>

export function hrefOfInternalDoc({ relationTo, value }: InternalLinkTarget): string | null {
  const toPage = PUBLIC_PAGES[relationTo]
  if (!toPage || typeof value !== 'object' || value === null) return null
  const slug = (value as { slug?: unknown }).slug
  return typeof slug === 'string' && slug ? toPage(encodeURIComponent(slug)) : null
}
