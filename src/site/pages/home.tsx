import { TodaySchedule } from '../../components/TodaySchedule'
import { formatVietnameseDateTime } from '../../lib/viDate'
import { localDateOf } from '../../radio/schedule'
import { latestArticles } from '../articles'
import { categoryBlocks } from '../home'
import { tag } from '../pageTags'
import { articlePath, categoryPath } from '../publicPaths'
import { dayPlans, finishedProgrammes, publicAirStates, publicSlots } from '../radio'
import { ArticleListItem } from '../../components/ArticleListItem'
import type { PageContext, PageOutcome } from './types'

/** "Đã phát / Đang phát" move with the clock: the home page is rendered again at most a minute later. */
const CLOCK_PAGE_MAX_AGE_MS = 60_000

export async function homePage({ now }: PageContext): Promise<PageOutcome> {
  const [latest, blocks, schedule, programmes] = await Promise.all([latestArticles(9), categoryBlocks(4), publicSlots(), finishedProgrammes({ limit: 1 })])
  const [featured, ...others] = latest.docs
  const [today] = dayPlans(schedule, localDateOf(now, schedule.timeZone), 1, schedule.timeZone)
  const states = await publicAirStates(today.instances, today.date, now)
  const programme = programmes.docs[0]
  const shown = [...latest.docs, ...blocks.flatMap((block) => block.articles)]
  const body = (
    <div className="home">
      <div className="home-main">
        <h1 className="visually-hidden">Tin tức</h1>
        {featured ? (
          <article className="featured">
            <h2>
              <a href={articlePath(featured.slug)}>{featured.title}</a>
            </h2>
            {featured.publishedAt && <p className="meta">{formatVietnameseDateTime(featured.publishedAt, schedule.timeZone)}</p>}
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
              <a href={categoryPath(category.slug)}>{category.name}</a>
            </h2>
            <ul>
              {articles.map((article) => (
                <li key={article.id}>
                  <a href={articlePath(article.slug)}>{article.title}</a>
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
            <a href="/lich-phat-song">Xem lịch cả tuần</a>
          </p>
        </section>
        {programme?.file && (
          <section aria-labelledby="nghe-moi-nhat">
            <h2 id="nghe-moi-nhat">Nghe chương trình mới nhất</h2>
            <p>{programme.title}</p>
            {/* biome-ignore lint/a11y/useMediaCaption: the programme's items are listed on /nghe-lai */}
            <audio controls preload="none" src={`/media/${programme.file}`} className="player" />
            <p>
              <a href="/nghe-lai">Nghe lại các chương trình khác</a>
            </p>
          </section>
        )}
      </aside>
    </div>
  )
  return {
    kind: 'page',
    head: {},
    body,
    tags: [tag.latest, tag.categories, tag.radio, ...blocks.map((block) => tag.category(block.category.id)), ...shown.map((article) => tag.article(article.id))],
    maxAgeMs: CLOCK_PAGE_MAX_AGE_MS,
  }
}

export { CLOCK_PAGE_MAX_AGE_MS }
