import { ArticleListPage } from '../../components/ArticleListPage'
import { parsePageNumber } from '../../components/Pagination'
import { articlePage, categoryBySlug, tagBySlug } from '../articles'
import { tag } from '../pageTags'
import { categoryPath, tagPath } from '../publicPaths'
import type { PageOutcome } from './types'

/** `/chuyen-muc/<slug>` and `/chuyen-muc/<slug>/trang/<n>`: a category's articles, newest first. */
export async function categoryPage(slug: string, page: string | undefined): Promise<PageOutcome> {
  const category = await categoryBySlug(slug)
  if (!category) return { kind: 'not-found' }
  const pageNumber = parsePageNumber(page)
  // A page number that is not a number sends the reader to the first page instead of an error.
  if (pageNumber === null) return { kind: 'redirect', location: categoryPath(category.slug) }
  const result = await articlePage({ category: { equals: category.id } }, pageNumber)
  return {
    kind: 'page',
    head: { title: category.name, description: category.description ?? undefined },
    body: <ArticleListPage heading={category.name} intro={category.description} result={result} base={categoryPath(category.slug)} />,
    tags: [tag.category(category.id), ...result.docs.map((article) => tag.article(article.id))],
  }
}

/** `/tag/<slug>` and `/tag/<slug>/trang/<n>`: the articles carrying a tag, newest first. */
export async function tagPage(slug: string, page: string | undefined): Promise<PageOutcome> {
  const found = await tagBySlug(slug)
  if (!found) return { kind: 'not-found' }
  const pageNumber = parsePageNumber(page)
  if (pageNumber === null) return { kind: 'redirect', location: tagPath(found.slug) }
  const result = await articlePage({ tags: { in: [found.id] } }, pageNumber)
  return {
    kind: 'page',
    head: { title: found.name },
    body: <ArticleListPage heading={`Từ khóa: ${found.name}`} intro="Các bài viết gắn từ khóa này" result={result} base={tagPath(found.slug)} />,
    tags: [tag.tag(found.id), tag.categories, ...result.docs.map((article) => tag.article(article.id))],
  }
}
