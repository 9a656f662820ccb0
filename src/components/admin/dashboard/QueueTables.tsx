import { versionComparisonPath } from '../../../newsroom/versionComparison'
import type { ArticleSummary, QueueItem } from '../../../newsroom/queries'
import { waitingText } from '../../../newsroom/waitingTime'
import { articleHref, cell, More, muted, Section, Table, when } from './parts'

/** The approver's two lists: what waits (oldest first, with the diff against the live text) and what is scheduled. */
export function QueueSection({ items, total, now, timeZone }: { items: QueueItem[]; total: number; now: Date; timeZone: string }) {
  return (
    <Section section="queue" count={total} isEmpty={items.length === 0}>
      <Table caption="Tin chờ duyệt, gửi sớm nhất trước" headings={['Tiêu đề', 'Tác giả', 'Chuyên mục', 'Người gửi', 'Đã chờ', 'So sánh']}>
        {items.map((item) => (
          <tr key={item.id} data-article-id={item.id}>
            <td style={cell}>
              <a href={articleHref(item.id)}>{item.title}</a>
            </td>
            <td style={cell}>{item.author ?? '—'}</td>
            <td style={cell}>{item.category ?? '—'}</td>
            <td style={cell}>{item.submittedByName ?? '—'}</td>
            <td style={cell}>
              <span title={`Gửi lúc ${when(item.submittedAt, timeZone)}`}>{waitingText(item.submittedAt, now)}</span>
            </td>
            <td style={cell}>
              {item.comparison ? (
                <a href={versionComparisonPath(item.id, item.comparison.pendingVersionId, item.comparison.publishedVersionId)}>
                  {item.comparison.against === 'published' ? 'So với bản đang xuất bản' : 'So với bản đã trả lại'}
                </a>
              ) : (
                <span style={muted}>Tin mới, chưa xuất bản</span>
              )}
            </td>
          </tr>
        ))}
      </Table>
      <More shown={items.length} total={total} />
    </Section>
  )
}

export function ScheduledSection({ items, total, timeZone }: { items: ArticleSummary[]; total: number; timeZone: string }) {
  return (
    <Section section="scheduled" count={total} isEmpty={items.length === 0}>
      <Table caption="Tin đã duyệt, hẹn giờ xuất bản" headings={['Tiêu đề', 'Tác giả', 'Xuất bản lúc', 'Người duyệt']}>
        {items.map((item) => (
          <tr key={item.id} data-article-id={item.id}>
            <td style={cell}>
              <a href={articleHref(item.id)}>{item.title}</a>
            </td>
            <td style={cell}>{item.author ?? '—'}</td>
            <td style={cell}>{when(item.publishAt, timeZone)}</td>
            <td style={cell}>{item.decidedByName ?? '—'}</td>
          </tr>
        ))}
      </Table>
      <More shown={items.length} total={total} />
    </Section>
  )
}
