import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { ROLE_LABELS, ROLES, roleOf } from '../../../access/roles'
import { AS_RUN_KIND_WORDS, type AsRunKind } from '../../../broadcast/asRun'
import { type DashboardSection, sectionsForRole } from '../../../newsroom/dashboardSections'
import { airDateNote } from '../../../newsroom/needsRecording'
import {
  airIssuesOn,
  type ArticleSummary,
  failedBuilds,
  failedJobs,
  myArticles,
  programmesOn,
  recordingNeeds,
  reviewQueue,
  scheduledArticles,
  usersByRole,
} from '../../../newsroom/queries'
import { stationDayStart, stationWeekStart } from '../../../newsroom/stationWeek'
import { formatLocalDateVi } from '../../../broadcast/localDate'
import { localDateOf } from '../../../radio/schedule'
import { loadStationSettings } from '../../../radio/station'
import { articleHref, cell, More, muted, programmeHref, Section, stateWord, Table, warn, when } from './parts'
import { QueueSection, ScheduledSection } from './QueueTables'
import { REVIEW_QUEUE_PATH } from './ReviewQueueView'

/**
 * The admin's home page, per role (src/newsroom/dashboardSections) instead of Payload's cards of
 * collections: the editor's own stories by where they stand, the approver's queue, the technician's
 * day on air and what needs recording, and for the admin all of it plus accounts and errors. Only
 * the sections of the viewer's role are fetched; a short list of collections stays at the bottom.
 */
type NavGroup = { label: string; entities: { slug: string; type: string; label: unknown }[] }
type Props = AdminViewServerProps & { navGroups?: NavGroup[] }

const PROGRAMME_STATUS_WORDS: Record<string, string> = { planned: 'Đã lên lịch', assembling: 'Đang dựng', ready: 'Sẵn sàng', failed: 'Lỗi' }

export async function RoleDashboard(props: Props) {
  const { initPageResult, navGroups = [] } = props
  const { req } = initPageResult
  const user = req.user
  if (!user) return null
  const role = roleOf(user)
  const sections = sectionsForRole(role)
  const has = (section: DashboardSection) => sections.includes(section)
  const viewer = { payload: req.payload, user }
  const now = new Date()
  const { timeZone } = await loadStationSettings(req.payload)
  const today = localDateOf(now, timeZone)
  const todayStart = stationDayStart(now, timeZone)
  const none = Promise.resolve(null)
  const [queue, scheduled, mine, needs, programmes, failed, issues, jobs, users] = await Promise.all([
    has('queue') ? reviewQueue(viewer) : none,
    has('scheduled') ? scheduledArticles(viewer) : none,
    has('my-drafts') ? myArticles(viewer, stationWeekStart(now, timeZone)) : none,
    has('needs-recording') ? recordingNeeds(viewer, today, todayStart, timeZone) : none,
    has('programmes-today') ? programmesOn(viewer, today) : none,
    has('failed-builds') ? failedBuilds(viewer, today) : none,
    has('air-issues') ? airIssuesOn(viewer, today) : none,
    has('failed-jobs') ? failedJobs(viewer) : none,
    has('users') ? usersByRole(viewer) : none,
  ])
  const time = (value: string | null) => (value ? when(value, timeZone).slice(-5) : '—')

  const rendered: Record<DashboardSection, () => React.ReactNode> = {
    queue: () =>
      queue && (
        <div key="queue">
          <QueueSection items={queue.items.slice(0, 10)} total={queue.total} now={now} timeZone={timeZone} />
          <p style={{ marginTop: '-1.5rem', marginBottom: '2rem' }}>
            <a href={`/admin${REVIEW_QUEUE_PATH}`}>Mở trang Tin chờ duyệt</a>
          </p>
        </div>
      ),
    scheduled: () => scheduled && <ScheduledSection key="scheduled" items={scheduled.items} total={scheduled.total} timeZone={timeZone} />,
    'my-returned': () =>
      mine && (
        <Section key="my-returned" section="my-returned" count={mine.returned.total} isEmpty={mine.returned.total === 0}>
          <ul>
            {mine.returned.items.map((item) => (
              <li key={item.id} data-article-id={item.id} style={{ marginBottom: '0.75rem' }}>
                <a href={articleHref(item.id)}>{item.title}</a>
                <div>
                  {`Trả lại bởi ${item.decidedByName ?? 'không rõ'} lúc ${when(item.decidedAt, timeZone)}`}
                </div>
                <blockquote style={{ margin: '0.25rem 0 0', paddingLeft: '0.75rem', borderLeft: '3px solid var(--theme-warning-500)' }}>
                  {`Lý do: ${item.returnReason ?? '(không ghi)'}`}
                </blockquote>
              </li>
            ))}
          </ul>
        </Section>
      ),
    'my-pending': () =>
      mine && (
        <Section key="my-pending" section="my-pending" count={mine.pending.total} isEmpty={mine.pending.total === 0}>
          <ArticleList
            items={mine.pending.items}
            detail={(item) =>
              item.state === 'scheduled'
                ? `Đã duyệt${item.decidedByName ? ` bởi ${item.decidedByName}` : ''}, hẹn xuất bản lúc ${when(item.publishAt, timeZone)}`
                : `Gửi duyệt lúc ${when(item.submittedAt, timeZone)}`
            }
          />
        </Section>
      ),
    'my-drafts': () =>
      mine && (
        <Section key="my-drafts" section="my-drafts" count={mine.drafts.total} isEmpty={mine.drafts.total === 0}>
          <ArticleList items={mine.drafts.items} detail={(item) => `Sửa lần cuối ${when(item.updatedAt, timeZone)}`} />
          <More shown={mine.drafts.items.length} total={mine.drafts.total} />
        </Section>
      ),
    'my-published-week': () =>
      mine && (
        <Section key="my-published-week" section="my-published-week" count={mine.publishedThisWeek.total} isEmpty={mine.publishedThisWeek.total === 0}>
          <ArticleList
            items={mine.publishedThisWeek.items}
            detail={(item) => `Xuất bản ${when(item.publishedAt, timeZone)}${item.decidedByName ? `, duyệt bởi ${item.decidedByName}` : ''}`}
          />
        </Section>
      ),
    'needs-recording': () =>
      needs && (
        <Section key="needs-recording" section="needs-recording" count={needs.length} isEmpty={needs.length === 0}>
          <Table caption="Bài phát thanh chưa có bản ghi âm, phát sớm nhất trước" headings={['Bài viết', 'Thời gian phát', 'Trạng thái']}>
            {needs.map((item) => (
              <tr key={item.id} data-article-id={item.id}>
                <td style={cell}>
                  <a href={articleHref(item.id)}>{item.title}</a>
                </td>
                <td style={cell}>{airDateNote(item, today)}</td>
                <td style={cell}>{stateWord(item.state)}</td>
              </tr>
            ))}
          </Table>
        </Section>
      ),
    'programmes-today': () =>
      programmes && (
        <Section key="programmes-today" section="programmes-today" count={programmes.length} isEmpty={programmes.length === 0}>
          <p style={muted}>{formatLocalDateVi(today)}</p>
          <Table caption="Chương trình phát hôm nay theo giờ phát" headings={['Giờ phát', 'Chương trình', 'Trạng thái', 'Ghi chú']}>
            {programmes.map((programme) => (
              <tr key={programme.id} data-programme-id={programme.id} data-status={programme.status}>
                <td style={cell}>{time(programme.startsAt)}</td>
                <td style={cell}>
                  <a href={programmeHref(programme.id)}>{programme.title}</a>
                </td>
                <td style={{ ...cell, ...(programme.status === 'failed' ? warn : {}) }}>{PROGRAMME_STATUS_WORDS[programme.status] ?? programme.status}</td>
                <td style={cell}>{programme.rebuildReason ? `Cần dựng lại: ${programme.rebuildReason}` : (programme.error ?? '')}</td>
              </tr>
            ))}
          </Table>
        </Section>
      ),
    'failed-builds': () =>
      failed && (
        <Section key="failed-builds" section="failed-builds" count={failed.total} isEmpty={failed.total === 0}>
          <ul>
            {failed.items.map((programme) => (
              <li key={programme.id} data-programme-id={programme.id}>
                <a href={programmeHref(programme.id)}>{programme.title}</a>
                {` — ${formatLocalDateVi(programme.date)} ${time(programme.startsAt)}`}
                {programme.error ? <div style={warn}>{programme.error}</div> : null}
              </li>
            ))}
          </ul>
          <More shown={failed.items.length} total={failed.total} />
        </Section>
      ),
    'air-issues': () =>
      issues && (
        <Section key="air-issues" section="air-issues" count={issues.length} isEmpty={issues.length === 0}>
          <Table caption="Lúc im lặng hoặc phát dự phòng hôm nay" headings={['Thời gian', 'Mục phát', 'Loại', 'Lý do']}>
            {issues.map((issue) => (
              <tr key={issue.id}>
                <td style={cell}>{`${time(issue.actualStart)}–${time(issue.actualEnd)}`}</td>
                <td style={cell}>{issue.title}</td>
                <td style={cell}>{AS_RUN_KIND_WORDS[issue.kind as AsRunKind] ?? issue.kind}</td>
                <td style={cell}>{issue.fallbackReason ?? '—'}</td>
              </tr>
            ))}
          </Table>
          <p>
            <a href="/admin/collections/as-run">Xem nhật ký phát sóng</a>
          </p>
        </Section>
      ),
    'failed-jobs': () =>
      jobs && (
        <Section key="failed-jobs" section="failed-jobs" count={jobs.total} isEmpty={jobs.total === 0}>
          <ul>
            {jobs.items.map((job) => (
              <li key={job.id}>{`${when(job.at, timeZone)} — ${job.task}: ${job.message}`}</li>
            ))}
          </ul>
        </Section>
      ),
    users: () =>
      users && (
        <Section key="users" section="users" count={users.total} isEmpty={users.total === 0}>
          <p>
            {ROLES.filter((userRole) => users.byRole[userRole])
              .map((userRole) => `${ROLE_LABELS[userRole].vi}: ${users.byRole[userRole]}`)
              .join(' · ')}
          </p>
          <p>
            <a href="/admin/collections/users">Quản lý người dùng</a>
          </p>
        </Section>
      ),
  }

  return (
    <Gutter className="loa-dashboard">
      <h1 style={{ marginBottom: '0.25rem' }}>Bảng điều khiển</h1>
      <p style={{ ...muted, marginBottom: '1.5rem' }}>{`${(user as { name?: string }).name ?? user.email} · ${role ? ROLE_LABELS[role].vi : 'Chưa có vai trò'}`}</p>
      {sections.length === 0 ? <p>Tài khoản của bạn chưa được gán vai trò; hãy liên hệ quản trị viên.</p> : sections.map((section) => rendered[section]())}
      <CollectionLinks groups={navGroups} i18nLanguage={req.i18n?.language} />
    </Gutter>
  )
}

function ArticleList({ items, detail }: { items: ArticleSummary[]; detail: (item: ArticleSummary) => string }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={item.id} data-article-id={item.id}>
          <a href={articleHref(item.id)}>{item.title}</a> <span style={muted}>{`— ${detail(item)}`}</span>
        </li>
      ))}
    </ul>
  )
}

/** The collections this user may open, compact, where Payload's dashboard had its cards. */
function CollectionLinks({ groups, i18nLanguage }: { groups: NavGroup[]; i18nLanguage?: string }) {
  if (groups.length === 0) return null
  const label = (value: unknown) => {
    if (typeof value === 'string') return value
    if (value && typeof value === 'object') {
      const labels = value as Record<string, string>
      return labels[i18nLanguage ?? 'vi'] ?? labels.vi ?? Object.values(labels)[0] ?? ''
    }
    return ''
  }
  return (
    <nav aria-label="Danh mục quản trị" style={{ marginTop: '2.5rem', borderTop: '1px solid var(--theme-elevation-150)', paddingTop: '1rem' }}>
      <h2 style={{ fontSize: '1.1rem', marginBottom: '0.5rem' }}>Danh mục</h2>
      {groups.map((group) => (
        <p key={group.label} style={{ margin: '0 0 0.4rem' }}>
          <strong>{`${group.label}: `}</strong>
          {group.entities.map((entity, index) => (
            <span key={entity.slug}>
              {index > 0 ? ' · ' : ''}
              <a href={`/admin/${entity.type}/${entity.slug}`}>{label(entity.label)}</a>
            </span>
          ))}
        </p>
      ))}
    </nav>
  )
}
