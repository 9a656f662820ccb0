import { categoryBySlug } from '../articles'
import { feedArticles, podcastEpisodes, sitemapEntries } from '../feedData'
import { buildPodcast, buildRobots, buildRss, buildSitemap } from '../feeds'
import { tag } from '../pageTags'
import { categoryPath } from '../publicPaths'
import { SITE_TITLE } from '../siteUrl'
import type { PageContext, PageOutcome } from './types'

const RSS = 'application/rss+xml; charset=utf-8'
/** The sitemap's dates follow every edit, not only the ones that move lists: refreshed every 10 minutes. */
const SITEMAP_MAX_AGE_MS = 10 * 60_000

/** `/rss.xml`: the 50 newest published articles. */
export async function rssFeed({ origin, now }: PageContext): Promise<PageOutcome> {
  const items = await feedArticles(origin, 50)
  const body = buildRss({ title: SITE_TITLE, siteUrl: origin, feedUrl: `${origin}/rss.xml`, description: 'Tin tức mới nhất', language: 'vi' }, items, now)
  return { kind: 'file', contentType: RSS, body, tags: [tag.latest, tag.categories, ...items.map((item) => tag.article(item.id))] }
}

/** `/chuyen-muc/<slug>/rss.xml`: the 50 newest published articles of a category. */
export async function categoryRssFeed({ origin, now }: PageContext, slug: string): Promise<PageOutcome> {
  const category = await categoryBySlug(slug)
  if (!category) return { kind: 'not-found' }
  const items = await feedArticles(origin, 50, { category: { equals: category.id } })
  const body = buildRss(
    {
      title: `${category.name} · ${SITE_TITLE}`,
      siteUrl: `${origin}${categoryPath(category.slug)}`,
      feedUrl: `${origin}${categoryPath(category.slug)}/rss.xml`,
      description: category.description || category.name,
      language: 'vi',
    },
    items,
    now,
  )
  return { kind: 'file', contentType: RSS, body, tags: [tag.category(category.id), ...items.map((item) => tag.article(item.id))] }
}

/** `/podcast.xml`: the programmes that aired, as podcast episodes. */
export async function podcastFeed({ origin, now }: PageContext, stationName: string): Promise<PageOutcome> {
  const body = buildPodcast(
    { title: `Nghe lại · ${stationName}`, siteUrl: origin, feedUrl: `${origin}/podcast.xml`, description: `Các chương trình phát thanh của ${stationName}.`, language: 'vi', author: stationName, category: 'News' },
    await podcastEpisodes(origin, 100),
    now,
  )
  return { kind: 'file', contentType: RSS, body, tags: [tag.radio] }
}

/** `/sitemap.xml`: every public page worth indexing. */
export async function sitemap({ origin }: PageContext): Promise<PageOutcome> {
  const { entries, articleIds } = await sitemapEntries(origin)
  return {
    kind: 'file',
    contentType: 'application/xml; charset=utf-8',
    body: buildSitemap(entries),
    tags: [tag.latest, tag.categories, ...articleIds.map(tag.article)],
    maxAgeMs: SITEMAP_MAX_AGE_MS,
  }
}

/** `/robots.txt`: staff areas and search results are not for crawlers. */
export function robots({ origin }: PageContext): PageOutcome {
  return { kind: 'file', contentType: 'text/plain; charset=utf-8', body: buildRobots(origin, ['/admin', '/api', '/tim-kiem']), tags: [] }
}
