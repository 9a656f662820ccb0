/** An address no route claims: the site's 404 page (src/site/routes). */
export const NOT_FOUND_PATH = '/_khong-tim-thay'

/**
 * Addresses of the public pages named by a slug; every link, feed and share button builds them here.
 * A document without a slug (saved before slugs always had a fallback) gets the "not found" page,
 * never the bare section path ("/tin-tuc"), which would look like a working link to something else.
 */
const pathFor = (prefix: string) => (slug: string | null | undefined) => (slug ? `${prefix}/${slug}` : NOT_FOUND_PATH)

export const articlePath = pathFor('/tin-tuc')
export const categoryPath = pathFor('/chuyen-muc')
export const tagPath = pathFor('/tag')

/** Sitemaps and feeds list only documents that have a page of their own. */
export const hasSlug = <T extends { slug?: string | null }>(doc: T): doc is T & { slug: string } => typeof doc.slug === 'string' && doc.slug !== ''
