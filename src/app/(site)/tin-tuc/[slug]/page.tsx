import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { articleHref } from '../../../../components/ArticleListItem'
import { formatVietnameseDateTime, isoWithOffset } from '../../../../lib/viDate'
import type { Category, Tag } from '../../../../payload-types'
import { type ArticleLink, articleBySlug, newerAndOlder } from '../../../../site/articles'

export const dynamic = 'force-dynamic'

type Args = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Args): Promise<Metadata> {
  const article = await articleBySlug(decodeURIComponent((await params).slug))
  if (!article) return { title: 'Không tìm thấy trang', robots: { index: false } }
  return { title: article.title, description: article.summary ?? undefined }
}

function LinkList({ title, items }: { title: string; items: ArticleLink[] }) {
  if (items.length === 0) return null
  return (
    <section className="related" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <Link href={articleHref(item.slug)}>{item.title}</Link>
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
  const { newer, older } = await newerAndOlder(article)
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
              <Link href={`/chuyen-muc/${category.slug}`}>{category.name}</Link>
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
      {article.content && <RichText className="article-body" data={article.content} />}
      {article.author && (
        <p className="author">
          <strong>{article.author}</strong>
        </p>
      )}
      {source && (
        <p className="source-line">
          Nguồn tin:{' '}
          {article.source?.url ? (
            <a href={article.source.url} rel="noopener noreferrer">
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
              <Link href={`/tag/${tag.slug}`}>{tag.name}</Link>
            </li>
          ))}
        </ul>
      )}
      <LinkList title="Những tin mới hơn" items={newer} />
      <LinkList title="Những tin cũ hơn" items={older} />
    </article>
  )
}
