import { sitemapEntries } from '../../../site/feedData'
import { buildSitemap } from '../../../site/feeds'
import { siteUrl } from '../../../site/siteUrl'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const xml = buildSitemap(await sitemapEntries(siteUrl(request)))
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
}
