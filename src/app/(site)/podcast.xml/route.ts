import { podcastEpisodes } from '../../../site/feedData'
import { buildPodcast } from '../../../site/feeds'
import { sitePayload } from '../../../site/payload'
import { siteUrl } from '../../../site/siteUrl'

export const dynamic = 'force-dynamic'

export async function GET(request: Request) {
  const origin = siteUrl(request)
  const station = await (await sitePayload()).findGlobal({ slug: 'station', depth: 0, overrideAccess: false })
  const name = station.name || 'Đài truyền thanh cơ sở'
  const xml = buildPodcast(
    { title: `Nghe lại · ${name}`, siteUrl: origin, feedUrl: `${origin}/podcast.xml`, description: `Các chương trình phát thanh của ${name}.`, language: 'vi', author: name, category: 'News' },
    await podcastEpisodes(origin, 100),
    new Date(),
  )
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
