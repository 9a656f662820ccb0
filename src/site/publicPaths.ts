/** Addresses of the public pages named by a slug; every link, feed and share button builds them here. */
export const articlePath = (slug: string | null | undefined) => `/tin-tuc/${slug ?? ''}`
export const categoryPath = (slug: string | null | undefined) => `/chuyen-muc/${slug ?? ''}`
export const tagPath = (slug: string | null | undefined) => `/tag/${slug ?? ''}`
