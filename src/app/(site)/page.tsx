import { ArticleListItem } from '../../components/ArticleListItem'
import { latestArticles } from '../../site/articles'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const latest = await latestArticles(20)
  return (
    <>
      <h1>Tin mới nhất</h1>
      {latest.docs.length === 0 ? (
        <p>Chưa có bài viết nào được xuất bản.</p>
      ) : (
        <ul className="article-list">
          {latest.docs.map((article) => (
            <ArticleListItem key={article.id} article={article} />
          ))}
        </ul>
      )}
    </>
  )
}
