
/** Page links with numbers in the URL: page 1 is `base`, page n is `base/trang/n`. */
export function pageHref(base: string, page: number): string {
  return page <= 1 ? base : `${base}/trang/${page}`
}

export function Pagination({ base, page, totalPages }: { base: string; page: number; totalPages: number }) {
  if (totalPages <= 1) return null
  const pages = Array.from({ length: totalPages }, (_, index) => index + 1).filter(
    (number) => number === 1 || number === totalPages || Math.abs(number - page) <= 2,
  )
  return (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 && (
        <a href={pageHref(base, page - 1)} rel="prev">
          ‹ Trang trước
        </a>
      )}
      {pages.map((number, index) => (
        <span key={number}>
          {index > 0 && number - pages[index - 1] > 1 && <span aria-hidden="true"> … </span>}
          {number === page ? (
            <span aria-current="page" className="current">
              {number}
            </span>
          ) : (
            <a href={pageHref(base, number)}>{number}</a>
          )}
        </span>
      ))}
      {page < totalPages && (
        <a href={pageHref(base, page + 1)} rel="next">
          Trang sau ›
        </a>
      )}
    </nav>
  )
}

/** "2" -> 2; anything else (0, -1, "abc", 2.5) -> null, so the page can answer 404. */
export function parsePageNumber(value: string | undefined): number | null {
  if (value === undefined) return 1
  return /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null
}
