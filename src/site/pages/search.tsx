import { articlePath } from '../publicPaths'
import { Highlight } from '../../components/Highlight'
import { excerpt, parseQuery } from '../../lib/search'
import { formatVietnameseDateTime } from '../../lib/viDate'
import { searchArticles } from '../search'
import { tag } from '../pageTags'
import { useSiteStation } from '../stationContext'
import type { PageContext, PageOutcome } from './types'


const PROBLEM_TEXT = {
  empty: 'Hãy gõ vài từ cần tìm, có dấu hay không dấu đều được (ví dụ: cai cach hanh chinh).',
  'no-words': 'Từ khóa chỉ có ký hiệu, không có chữ hay số nào để tìm. Hãy gõ lại bằng chữ.',
  'too-long': 'Từ khóa quá dài. Hãy gõ ngắn gọn vài từ chính.',
} as const

function PublishedAt({ value }: { value: Date }) {
  return <>{formatVietnameseDateTime(value, useSiteStation().timeZone)}</>
}

/** `/tim-kiem?q=…&trang=…`: published articles with every word, with or without diacritics. */
export async function searchPage({ query: params }: PageContext): Promise<PageOutcome> {
  const words = params.getAll('q')
  const query = parseQuery(words.length > 1 ? words : (words[0] ?? undefined))
  const trang = params.get('trang') ?? ''
  const pageParam = /^[1-9]\d{0,3}$/.test(trang) ? Number(trang) : 1
  const { hits, total, totalPages } = await searchArticles(query, pageParam)
  const pageHref = (page: number) => `/tim-kiem?q=${encodeURIComponent(query.display)}${page > 1 ? `&trang=${page}` : ''}`
  const body = (
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
          Không tìm thấy bài viết nào có “{query.display}”. Hãy thử ít từ hơn hoặc từ khác. <a href="/">Về trang chủ</a>
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
                  <a href={articlePath(hit.slug)}>
                    <Highlight text={hit.title} terms={query.terms} />
                  </a>
                </h2>
                <p className="meta">
                  <PublishedAt value={hit.publishedAt} />
                </p>
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
                  <a key={page} href={pageHref(page)}>
                    {page}
                  </a>
                ),
              )}
            </nav>
          )}
        </>
      )}
    </>
  )
  return {
    kind: 'page',
    head: { title: 'Tìm kiếm', noIndex: true },
    body,
    tags: [tag.latest, ...hits.map((hit) => tag.article(hit.id))],
  }
}
