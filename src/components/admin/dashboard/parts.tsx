import type { ReactNode } from 'react'
import { type DashboardSection, SECTION_WORDS } from '../../../newsroom/dashboardSections'
import { REVIEW_STATE_WORDS, type ReviewState } from '../../../newsroom/reviewStates'
import { formatVietnameseDateTime } from '../../../lib/viDate'

/** Shared pieces of "Tin chờ duyệt" and the dashboards: a titled section with its empty state, a table, links. */
export const cell = { padding: '0.35rem 0.6rem', borderBottom: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' as const, textAlign: 'left' as const }
export const muted = { color: 'var(--theme-elevation-600)' }
export const warn = { color: 'var(--theme-error-500)', fontWeight: 600 }

export const articleHref = (id: string) => `/admin/collections/articles/${encodeURIComponent(id)}`
export const programmeHref = (id: string) => `/admin/collections/programmes/${encodeURIComponent(id)}`

export function stateWord(state: ReviewState | null): string {
  return state ? REVIEW_STATE_WORDS[state].vi : '—'
}

export function when(value: string | null | undefined, timeZone: string): string {
  return value ? formatVietnameseDateTime(value, timeZone) : '—'
}

/** A dashboard section: heading (with the count when given), then the content or the empty sentence. */
export function Section({ section, count, isEmpty, children }: { section: DashboardSection; count?: number; isEmpty: boolean; children?: ReactNode }) {
  const { heading, empty, anchor } = SECTION_WORDS[section]
  return (
    <section id={anchor} aria-labelledby={`${anchor}-tieu-de`} data-section={section} style={{ marginBottom: '2rem' }}>
      <h2 id={`${anchor}-tieu-de`} style={{ marginBottom: '0.5rem' }}>
        {count === undefined ? heading : `${heading} (${count})`}
      </h2>
      {isEmpty ? <p data-empty="true">{empty}</p> : children}
    </section>
  )
}

/** A table with a caption for screen readers and column headings. */
export function Table({ caption, headings, children }: { caption: string; headings: string[]; children: ReactNode }) {
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={{ borderCollapse: 'collapse', width: '100%' }}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {headings.map((heading) => (
              <th key={heading} style={cell} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}

/** "… và 12 tin nữa" under a list cut at its limit. */
export function More({ shown, total }: { shown: number; total: number }) {
  return total > shown ? <p style={muted}>{`… và ${total - shown} mục nữa.`}</p> : null
}
