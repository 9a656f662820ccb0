import { categoryBySlug } from '../../../../../site/articles'
import { feedArticles } from '../../../../../site/feedData'
import { categoryPath } from '../../../../../site/publicPaths'
import { buildRss } from '../../../../../site/feeds'
import { SITE_TITLE, siteUrl } from '../../../../../site/siteUrl'

export const dynamic = 'force-dynamic'

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = await categoryBySlug(decodeURIComponent((await params).slug))
  if (!category) return new Response('Không có chuyên mục này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const origin = siteUrl(request)
  const xml = buildRss(
    {
      title: `${category.name} · ${SITE_TITLE}`,
      siteUrl: `${origin}${categoryPath(category.slug)}`,
      feedUrl: `${origin}${categoryPath(category.slug)}/rss.xml`,
      description: category.description || category.name,
      language: 'vi',
    },
    await feedArticles(origin, 50, { category: { equals: category.id } }),
    new Date(),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
