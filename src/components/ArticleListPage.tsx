import type { PaginatedDocs } from 'payload'
import type { Article } from '../payload-types'
import { ArticleListItem } from './ArticleListItem'
import { Pagination } from './Pagination'

/** A titled, paginated list of articles: category and tag pages. */
export function ArticleListPage({ heading, intro, result, base }: { heading: string; intro?: string | null; result: PaginatedDocs<Article>; base: string }) {
  return (
    <>
      <h1>{heading}</h1>
      {intro && <p className="meta">{intro}</p>}
      {result.docs.length === 0 ? (
        <p>Chưa có bài viết nào ở trang này.</p>
      ) : (
        <ul className="article-list">
          {result.docs.map((article) => (
            <ArticleListItem key={article.id} article={article} />
          ))}
        </ul>
      )}
      <Pagination base={base} page={result.page ?? 1} totalPages={result.totalPages} />
    </>
  )
}
