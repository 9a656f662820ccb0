import type { Article, Category } from '../payload-types'
import { formatVietnameseDateTime, isoWithOffset } from '../lib/viDate'
import { articlePath } from '../site/publicPaths'
import { useSiteStation } from '../site/stationContext'

export function ArticleListItem({ article }: { article: Article }) {
  const { timeZone } = useSiteStation()
  const category = typeof article.category === 'object' ? (article.category as Category | null) : null
  return (
    <li>
      <h2>
        <a href={articlePath(article.slug)}>{article.title}</a>
      </h2>
      <p className="meta">
        {article.publishedAt && <time dateTime={isoWithOffset(article.publishedAt, timeZone)}>{formatVietnameseDateTime(article.publishedAt, timeZone)}</time>}
        {category && <> · {category.name}</>}
      </p>
      {article.summary && <p>{article.summary}</p>}
    </li>
  )
}
