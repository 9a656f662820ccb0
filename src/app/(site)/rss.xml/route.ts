import { feedArticles } from '../../../site/feedData'
import { buildRss } from '../../../site/feeds'
import { SITE_TITLE, siteUrl } from '../../../site/siteUrl'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const origin = siteUrl(request)
  const xml = buildRss(
    { title: SITE_TITLE, siteUrl: origin, feedUrl: `${origin}/rss.xml`, description: 'Tin tức mới nhất', language: 'vi' },
    await feedArticles(origin, 50),
    new Date(),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
