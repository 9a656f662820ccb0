import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { ArticleListPage } from '../../../../components/ArticleListPage'
import { parsePageNumber } from '../../../../components/Pagination'
import { articlePage, tagBySlug } from '../../../../site/articles'
import { tagPath } from '../../../../site/publicPaths'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; page?: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const tag = await tagBySlug(decodeURIComponent((await params).slug))
  return { title: tag?.name ?? 'Từ khóa', description: undefined }
}

export default async function TagPage({ params }: Args) {
  const { slug, page } = await params
  const tag = await tagBySlug(decodeURIComponent(slug))
  const pageNumber = parsePageNumber(page)
  if (!tag) notFound()
  // A page number that is not a number sends the reader to the first page instead of an error.
  if (pageNumber === null) redirect(tagPath(tag.slug))
  const result = await articlePage({ tags: { in: [tag.id] } }, pageNumber)
  return <ArticleListPage heading={`Từ khóa: ${tag.name}`} intro="Các bài viết gắn từ khóa này" result={result} base={tagPath(tag.slug)} />
}
