/**
 * The collections an editor may link to from an article: the ones with public pages. The site
 * (src/site/internalLinks) maps each to its page; its type makes it cover every one of them.
 */
export type LinkableCollection = 'articles' | 'categories' | 'tags'
export const LINKABLE_COLLECTIONS: LinkableCollection[] = ['articles', 'categories', 'tags']
