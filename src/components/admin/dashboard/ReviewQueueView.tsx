import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'
import { roleOf } from '../../../access/roles'
import { canSeeQueue } from '../../../newsroom/dashboardSections'
import { reviewQueue, scheduledArticles } from '../../../newsroom/queries'
import { loadStationSettings } from '../../../radio/station'
import { QueueSection, ScheduledSection } from './QueueTables'

export const REVIEW_QUEUE_PATH = '/tin-cho-duyet'

/**
 * "Tin chờ duyệt" (/admin/tin-cho-duyet): what waits for the approver, oldest submission first,
 * and what is approved for a later time. Payload serves custom views without a login check, so a
 * visitor is sent to the login page here, and staff who do not approve get a sentence, never the data.
 */
export async function ReviewQueueView(props: AdminViewServerProps) {
  const { initPageResult, params, searchParams } = props
  const { req, permissions, locale, visibleEntities } = initPageResult
  const user = req.user
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/admin${REVIEW_QUEUE_PATH}`)}`)
  const template = {
    i18n: req.i18n,
    locale,
    params,
    payload: req.payload,
    permissions,
    req,
    searchParams,
    user,
    viewType: 'tin-cho-duyet',
    visibleEntities: { collections: visibleEntities?.collections, globals: visibleEntities?.globals },
  }
  if (!canSeeQueue(roleOf(user))) {
    return (
      <DefaultTemplate {...template}>
        <Gutter>
          <h1>Tin chờ duyệt</h1>
          <p role="alert" data-no-access="true">
            Bạn không có quyền xem danh sách tin chờ duyệt. Trang này dành cho lãnh đạo duyệt tin và quản trị viên.
          </p>
          <p>
            <a href="/admin">Về bảng điều khiển</a>
          </p>
        </Gutter>
      </DefaultTemplate>
    )
  }
  const viewer = { payload: req.payload, user }
  const now = new Date()
  const [{ timeZone }, queue, scheduled] = await Promise.all([loadStationSettings(req.payload), reviewQueue(viewer), scheduledArticles(viewer)])
  return (
    <DefaultTemplate {...template}>
      <Gutter>
        <h1 style={{ marginBottom: '1rem' }}>Tin chờ duyệt</h1>
        <p style={{ marginBottom: '1.5rem' }}>Tin gửi sớm nhất ở trên cùng. Mở tiêu đề để đọc, sửa, duyệt hoặc trả lại tin; "So với bản đang xuất bản" cho thấy những gì sẽ thay đổi trên trang.</p>
        <QueueSection items={queue.items} total={queue.total} now={now} timeZone={timeZone} />
        <ScheduledSection items={scheduled.items} total={scheduled.total} timeZone={timeZone} />
      </Gutter>
    </DefaultTemplate>
  )
}
