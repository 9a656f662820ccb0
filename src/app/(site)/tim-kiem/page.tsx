import type { Metadata } from 'next'
import Link from 'next/link'
import { articlePath } from '../../../site/publicPaths'
import { Highlight } from '../../../components/Highlight'
import { excerpt, parseQuery } from '../../../lib/search'
import { formatVietnameseDateTime } from '../../../lib/viDate'
import { searchArticles } from '../../../site/search'

export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Tìm kiếm', robots: { index: false } }

type Args = { searchParams: Promise<{ q?: string | string[]; trang?: string | string[] }> }

const PROBLEM_TEXT = {
  empty: 'Hãy gõ vài từ cần tìm, có dấu hay không dấu đều được (ví dụ: cai cach hanh chinh).',
  'no-words': 'Từ khóa chỉ có ký hiệu, không có chữ hay số nào để tìm. Hãy gõ lại bằng chữ.',
  'too-long': 'Từ khóa quá dài. Hãy gõ ngắn gọn vài từ chính.',
} as const

export default async function SearchPage({ searchParams }: Args) {
  const params = await searchParams
  const query = parseQuery(params.q)
  const pageParam = typeof params.trang === 'string' && /^[1-9]\d{0,3}$/.test(params.trang) ? Number(params.trang) : 1
  const { hits, total, totalPages } = await searchArticles(query, pageParam)
  const pageHref = (page: number) => `/tim-kiem?q=${encodeURIComponent(query.display)}${page > 1 ? `&trang=${page}` : ''}`
  return (
    <>
      <h1>Tìm kiếm</h1>
      <form className="search-form" method="get" action="/tim-kiem" role="search">
        <label htmlFor="q" className="visually-hidden">
          Từ khóa
        </label>
        <input id="q" name="q" type="search" defaultValue={query.display} placeholder="Nhập từ cần tìm" />
        <button type="submit">Tìm</button>
      </form>
      {query.problem ? (
        <p>{PROBLEM_TEXT[query.problem]}</p>
      ) : total === 0 ? (
        <p>
          Không tìm thấy bài viết nào có “{query.display}”. Hãy thử ít từ hơn hoặc từ khác. <Link href="/">Về trang chủ</Link>
        </p>
      ) : (
        <>
          <p role="status">
            Tìm thấy {total} bài viết có “{query.display}”.
          </p>
          <ul className="article-list">
            {hits.map((hit) => (
              <li key={hit.id}>
                <h2>
                  <Link href={articlePath(hit.slug)}>
                    <Highlight text={hit.title} terms={query.terms} />
                  </Link>
                </h2>
                <p className="meta">{formatVietnameseDateTime(hit.publishedAt)}</p>
                {hit.summary && (
                  <p>
                    <Highlight text={excerpt(hit.summary, query.terms)} terms={query.terms} />
                  </p>
                )}
              </li>
            ))}
          </ul>
          {totalPages > 1 && (
            <nav className="pagination" aria-label="Phân trang kết quả">
              {Array.from({ length: totalPages }, (_, index) => index + 1).map((page) =>
                page === pageParam ? (
                  <span key={page} aria-current="page" className="current">
                    {page}
                  </span>
                ) : (
                  <Link key={page} href={pageHref(page)}>
                    {page}
                  </Link>
                ),
              )}
            </nav>
          )}
        </>
      )}
    </>
  )
}
