import { ArticleBody } from '../../components/ArticleBody'
import { ResponsiveImage } from '../../components/ResponsiveImage'
import { ShareLinks } from '../../components/ShareLinks'
import { lexicalUploadIds } from '../../lib/lexicalUploads'
import { isSafeHttpUrl } from '../../lib/safeUrl'
import { formatVietnameseDateTime, isoWithOffset } from '../../lib/viDate'
import type { Article, Category, Media, Tag } from '../../payload-types'
import { type ArticleLink, articleBySlug, newerAndOlder, readOutOf, relatedArticles } from '../articles'
import { tag } from '../pageTags'
import { articlePath, categoryPath, tagPath } from '../publicPaths'
import { useSiteStation } from '../stationContext'
import type { PageContext, PageOutcome } from './types'

function heroOf(article: Article): Media | null {
  return typeof article.heroImage === 'object' && article.heroImage ? (article.heroImage as Media) : null
}

function LinkList({ title, items }: { title: string; items: ArticleLink[] }) {
  const { timeZone } = useSiteStation()
  if (items.length === 0) return null
  return (
    <section className="related" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <a href={articlePath(item.slug)}>{item.title}</a>
            {item.publishedAt && <span className="meta"> ({formatVietnameseDateTime(item.publishedAt, timeZone)})</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

type ArticleView = {
  article: Article
  url: string
  origin: string
  newer: ArticleLink[]
  older: ArticleLink[]
  related: ArticleLink[]
  readOut: { url: string } | null
}

function ArticleContent({ article, url, origin, newer, older, related, readOut }: ArticleView) {
  const { timeZone } = useSiteStation()
  const hero = heroOf(article)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    inLanguage: 'vi',
    mainEntityOfPage: url,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    image: hero?.url ? [`${origin}${hero.url}`] : undefined,
    publisher: { '@type': 'Organization', name: 'Trung tâm Văn hóa - Thể thao và Truyền thông' },
  }
  const category = typeof article.category === 'object' ? (article.category as Category | null) : null
  const source = article.source?.name?.trim()
  const tags = (article.tags ?? []).filter((item): item is Tag => typeof item === 'object' && item !== null)
  return (
    <article>
      <nav className="breadcrumb" aria-label="Vị trí trang">
        <ol>
          <li>
            <a href="/">Trang chủ</a>
          </li>
          {category && (
            <li>
              <a href={categoryPath(category.slug)}>{category.name}</a>
            </li>
          )}
        </ol>
      </nav>
      <h1>{article.title}</h1>
      {article.publishedAt && (
        <p className="meta">
          <time dateTime={isoWithOffset(article.publishedAt, timeZone)}>{formatVietnameseDateTime(article.publishedAt, timeZone)}</time>
        </p>
      )}
      {article.summary && <p className="sapo">{article.summary}</p>}
      {readOut && (
        <section className="read-out" aria-label="Nghe bài đọc">
          <p>Nghe bài đọc trên loa truyền thanh:</p>
          {/* biome-ignore lint/a11y/useMediaCaption: the recording reads the text printed on this page */}
          <audio controls preload="none" src={readOut.url} className="player" />
        </section>
      )}
      {hero?.url && (
        <figure className="hero">
          <ResponsiveImage media={hero} sizes="(min-width: 72rem) 72rem, 100vw" />
          {hero.caption && <figcaption>{hero.caption}</figcaption>}
        </figure>
      )}
      {article.content && <ArticleBody content={article.content} />}
      {article.author && (
        <p className="author">
          <strong>{article.author}</strong>
        </p>
      )}
      {source && (
        <p className="source-line">
          Nguồn tin:{' '}
          {isSafeHttpUrl(article.source?.url) ? (
            <a href={article.source?.url ?? undefined} rel="noopener noreferrer">
              {source}
            </a>
          ) : (
            source
          )}
        </p>
      )}
      {tags.length > 0 && (
        <ul className="tags" aria-label="Từ khóa">
          {tags.map((item) => (
            <li key={item.id}>
              <a href={tagPath(item.slug)}>{item.name}</a>
            </li>
          ))}
        </ul>
      )}
      <ShareLinks url={url} />
      <LinkList title="Những tin mới hơn" items={newer} />
      <LinkList title="Những tin cũ hơn" items={older} />
      <LinkList title="Tin liên quan" items={related} />
      {/* The view counter: a tiny image request, counted in batches by the server. */}
      {/* Low priority: React would otherwise preload it ahead of the hero image. */}
      <img src={`/luot-xem/${article.id}.gif`} alt="" width={1} height={1} className="view-pixel" fetchPriority="low" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built from our own fields, '<' escaped */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
    </article>
  )
}

export async function articlePage({ origin, taxonomy, articlesWithRecordings }: PageContext, slug: string): Promise<PageOutcome> {
  const article = await articleBySlug(slug, await taxonomy())
  if (!article) return { kind: 'not-found' }
  const [{ newer, older }, related, readOut] = await Promise.all([newerAndOlder(article), relatedArticles(article), articlesWithRecordings().then((recorded) => readOutOf(article, recorded))])
  const url = `${origin}${articlePath(article.slug)}`
  const hero = heroOf(article)
  const categoryId = typeof article.category === 'object' ? article.category?.id : article.category
  const tagIds = (article.tags ?? []).map((item) => (typeof item === 'object' ? item.id : item))
  const mediaIds = [...(hero ? [hero.id] : []), ...lexicalUploadIds(article.content, 'media')]
  const summary = article.summary ?? undefined
  return {
    kind: 'page',
    head: {
      title: article.title,
      description: summary,
      canonical: url,
      article: {
        url,
        title: article.title,
        description: summary,
        publishedTime: article.publishedAt ?? undefined,
        modifiedTime: article.updatedAt,
        image: hero?.url ? { url: `${origin}${hero.url}`, alt: hero.alt } : undefined,
      },
    },
    body: <ArticleContent article={article} url={url} origin={origin} newer={newer} older={older} related={related} readOut={readOut} />,
    tags: [
      ...[article, ...newer, ...older, ...related].map((item) => tag.article(item.id)),
      ...(categoryId ? [tag.category(categoryId)] : []),
      ...tagIds.map(tag.tag),
      ...mediaIds.map(tag.media),
    ],
  }
}
