import type { UIFieldServerProps } from 'payload'
import { userHasRole, WRITER_ROLES } from '../../access/roles'
import { historyLines, type StoredAuditRow } from '../../audit/historyRows'
import { stationTimeZoneFor } from '../../audit/stationTimeZone'

/** How many rows the panel shows; an article rarely has more, and the admin list has them all. */
const LIMIT = 200

/**
 * "Lịch sử" in the article editor: who created, submitted, returned (and why), approved, published
 * the article, newest first. A server component: it reads the audit log here, on the server, with the
 * log's access bypassed for this one article, because the log itself stays readable by admins only.
 * Shown to the staff who write news (editor, approver, admin); technicians do not edit articles.
 */
export async function ArticleHistory({ id, payload, req }: UIFieldServerProps) {
  if (id === undefined || id === null || !userHasRole(req.user, ...WRITER_ROLES)) return null
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ collectionSlug: { equals: 'articles' } }, { docId: { equals: String(id) } }] },
    sort: ['-createdAt', '-id'],
    limit: LIMIT,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const lines = historyLines(docs as unknown as StoredAuditRow[], await stationTimeZoneFor(req))
  return (
    <section aria-labelledby="article-history-heading" className="article-history" style={{ marginBottom: '2rem' }}>
      <h3 id="article-history-heading" style={{ marginBottom: '0.5rem' }}>
        Lịch sử
      </h3>
      {lines.length === 0 ? (
        <p>Chưa có thao tác nào được ghi.</p>
      ) : (
        <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
          <thead>
            <tr>
              <th style={cell}>Thời gian</th>
              <th style={cell}>Thao tác</th>
              <th style={cell}>Người thực hiện</th>
              <th style={cell}>Lý do / chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <td style={cell}>
                  <time dateTime={line.dateTime}>{line.time}</time>
                </td>
                <td style={cell}>{line.action}</td>
                <td style={cell}>{line.role ? `${line.who} (${line.role})` : line.who}</td>
                <td style={{ ...cell, whiteSpace: 'pre-wrap' }}>{line.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p style={{ fontSize: '0.85em', opacity: 0.75 }}>Giờ Việt Nam. Lịch sử cập nhật khi mở lại bài.</p>
    </section>
  )
}

const cell = { textAlign: 'left', verticalAlign: 'top', padding: '0.35rem 0.5rem', borderBottom: '1px solid var(--theme-elevation-150)' } as const
