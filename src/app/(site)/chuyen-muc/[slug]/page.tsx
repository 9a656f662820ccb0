import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'
import { ArticleListPage } from '../../../../components/ArticleListPage'
import { parsePageNumber } from '../../../../components/Pagination'
import { articlePage, categoryBySlug } from '../../../../site/articles'
import { categoryPath } from '../../../../site/publicPaths'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string; page?: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const category = await categoryBySlug(decodeURIComponent((await params).slug))
  return { title: category?.name ?? 'Chuyên mục', description: category?.description ?? undefined }
}

export default async function CategoryPage({ params }: Args) {
  const { slug, page } = await params
  const category = await categoryBySlug(decodeURIComponent(slug))
  const pageNumber = parsePageNumber(page)
  if (!category) notFound()
  // A page number that is not a number sends the reader to the first page instead of an error.
  if (pageNumber === null) redirect(categoryPath(category.slug))
  const result = await articlePage({ category: { equals: category.id } }, pageNumber)
  return <ArticleListPage heading={category.name} intro={category.description} result={result} base={categoryPath(category.slug)} />
}
