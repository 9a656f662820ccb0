import Link from 'next/link'
import { ArticleListItem } from '../../components/ArticleListItem'
import { articlePath, categoryPath } from '../../site/publicPaths'
import { TodaySchedule } from '../../components/TodaySchedule'
import { formatVietnameseDateTime } from '../../lib/viDate'
import { latestArticles } from '../../site/articles'
import { categoryBlocks } from '../../site/home'
import { dayPlans, publicAirStates, publicSlots, finishedProgrammes } from '../../site/radio'
import { localDateOf } from '../../radio/schedule'

export const dynamic = 'force-dynamic'

export default async function HomePage() {
  const now = new Date()
  const [latest, blocks, schedule, programmes] = await Promise.all([latestArticles(9), categoryBlocks(4), publicSlots(), finishedProgrammes({ limit: 1 })])
  const [featured, ...others] = latest.docs
  const [today] = dayPlans(schedule, localDateOf(now, schedule.timeZone), 1, schedule.timeZone)
  const states = await publicAirStates(today.instances, today.date, now)
  const programme = programmes.docs[0]
  return (
    <div className="home">
      <div className="home-main">
        <h1 className="visually-hidden">Tin tức</h1>
        {featured ? (
          <article className="featured">
            <h2>
              <Link href={articlePath(featured.slug)}>{featured.title}</Link>
            </h2>
            {featured.publishedAt && <p className="meta">{formatVietnameseDateTime(featured.publishedAt)}</p>}
            {featured.summary && <p className="sapo">{featured.summary}</p>}
          </article>
        ) : (
          <p>Chưa có bài viết nào được xuất bản.</p>
        )}
        <section aria-labelledby="tin-moi">
          <h2 id="tin-moi">Tin mới</h2>
          <ul className="article-list">
            {others.map((article) => (
              <ArticleListItem key={article.id} article={article} />
            ))}
          </ul>
        </section>
        {blocks.map(({ category, articles }) => (
          <section key={category.id} aria-labelledby={`chuyen-muc-${category.slug}`} className="category-block">
            <h2 id={`chuyen-muc-${category.slug}`}>
              <Link href={categoryPath(category.slug)}>{category.name}</Link>
            </h2>
            <ul>
              {articles.map((article) => (
                <li key={article.id}>
                  <Link href={articlePath(article.slug)}>{article.title}</Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <aside className="home-side" aria-label="Truyền thanh">
        <section aria-labelledby="lich-hom-nay">
          <h2 id="lich-hom-nay">Lịch phát sóng hôm nay</h2>
          <TodaySchedule instances={today.instances} now={now} holiday={today.holiday} states={states} />
          <p>
            <Link href="/lich-phat-song">Xem lịch cả tuần</Link>
          </p>
        </section>
        {programme?.file && (
          <section aria-labelledby="nghe-moi-nhat">
            <h2 id="nghe-moi-nhat">Nghe chương trình mới nhất</h2>
            <p>{programme.title}</p>
            {/* biome-ignore lint/a11y/useMediaCaption: the programme's items are listed on /nghe-lai */}
            <audio controls preload="none" src={`/media/${programme.file}`} className="player" />
            <p>
              <Link href="/nghe-lai">Nghe lại các chương trình khác</Link>
            </p>
          </section>
        )}
      </aside>
    </div>
  )
}
