import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { formatVietnameseDateTime, isoWithOffset } from '../../../../lib/viDate'
import { headers } from 'next/headers'
import type { Article, Category, Media, Tag } from '../../../../payload-types'
import { articlePath, categoryPath, tagPath } from '../../../../site/publicPaths'
import { siteUrl } from '../../../../site/siteUrl'
import { isSafeHttpUrl } from '../../../../lib/safeUrl'
import { ShareLinks } from '../../../../components/ShareLinks'
import { ArticleBody } from '../../../../components/ArticleBody'
import { ResponsiveImage } from '../../../../components/ResponsiveImage'
import { type ArticleLink, articleBySlug, newerAndOlder, readOutOf, relatedArticles } from '../../../../site/articles'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }> }

async function origin(): Promise<string> {
  const headerList = await headers()
  return siteUrl(new Request('http://localhost/', { headers: headerList }))
}

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const article = await articleBySlug(decodeURIComponent((await params).slug))
  if (!article) return { title: 'Không tìm thấy trang', robots: { index: false } }
  const url = `${await origin()}${articlePath(article.slug)}`
  const image = heroOf(article)
  return {
    title: article.title,
    description: article.summary ?? undefined,
    alternates: { canonical: url },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: article.summary ?? undefined,
      locale: 'vi_VN',
      publishedTime: article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      images: image?.url ? [{ url: image.url, alt: image.alt }] : undefined,
    },
    twitter: { card: image?.url ? 'summary_large_image' : 'summary', title: article.title, description: article.summary ?? undefined },
  }
}

function heroOf(article: Article): Media | null {
  return typeof article.heroImage === 'object' && article.heroImage ? (article.heroImage as Media) : null
}

function LinkList({ title, items }: { title: string; items: ArticleLink[] }) {
  if (items.length === 0) return null
  return (
    <section className="related" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={articlePath(item.slug)}>{item.title}</Link>
            {item.publishedAt && <span className="meta"> ({formatVietnameseDateTime(item.publishedAt)})</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}

export default async function ArticlePage({ params }: Args) {
  const article = await articleBySlug(decodeURIComponent((await params).slug))
  if (!article) notFound()
  const [{ newer, older }, related, readOut, siteOrigin] = await Promise.all([newerAndOlder(article), relatedArticles(article), readOutOf(article), origin()])
  const hero = heroOf(article)
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    dateModified: article.updatedAt,
    inLanguage: 'vi',
    mainEntityOfPage: `${siteOrigin}${articlePath(article.slug)}`,
    author: article.author ? { '@type': 'Person', name: article.author } : undefined,
    image: hero?.url ? [`${siteOrigin}${hero.url}`] : undefined,
    publisher: { '@type': 'Organization', name: 'Trung tâm Văn hóa - Thể thao và Truyền thông' },
  }
  const category = typeof article.category === 'object' ? (article.category as Category | null) : null
  const source = article.source?.name?.trim()
  const tags = (article.tags ?? []).filter((tag): tag is Tag => typeof tag === 'object' && tag !== null)
  return (
    <article>
      <nav className="breadcrumb" aria-label="Vị trí trang">
        <ol>
          <li>
            <Link href="/">Trang chủ</Link>
          </li>
          {category && (
            <li>
              <Link href={categoryPath(category.slug)}>{category.name}</Link>
            </li>
          )}
        </ol>
      </nav>
      <h1>{article.title}</h1>
      {article.publishedAt && (
        <p className="meta">
          <time dateTime={isoWithOffset(article.publishedAt)}>{formatVietnameseDateTime(article.publishedAt)}</time>
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
          {tags.map((tag) => (
            <li key={tag.id}>
              <Link href={tagPath(tag.slug)}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <ShareLinks url={`${siteOrigin}${articlePath(article.slug)}`} />
      <LinkList title="Những tin mới hơn" items={newer} />
      <LinkList title="Những tin cũ hơn" items={older} />
      <LinkList title="Tin liên quan" items={related} />
      {/* The view counter: a tiny image request, counted in batches by the server. */}
      <img src={`/luot-xem/${article.id}.gif`} alt="" width={1} height={1} className="view-pixel" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: JSON-LD built from our own fields, '<' escaped */}
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, '\\u003c') }} />
    </article>
  )
}
