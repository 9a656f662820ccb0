import Link from 'next/link'
import type { Article, Category } from '../payload-types'
import { formatVietnameseDateTime, isoWithOffset } from '../lib/viDate'
import { articlePath } from '../site/publicPaths'

export function ArticleListItem({ article }: { article: Article }) {
  const category = typeof article.category === 'object' ? (article.category as Category | null) : null
  return (
    <li>
      <h2>
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </h2>
      <p className="meta">
        {article.publishedAt && <time dateTime={isoWithOffset(article.publishedAt)}>{formatVietnameseDateTime(article.publishedAt)}</time>}
        {category && <> · {category.name}</>}
      </p>
      {article.summary && <p>{article.summary}</p>}
    </li>
  )
}
