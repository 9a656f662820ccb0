import type { Role } from '../access/roles'

/**
 * What each role's dashboard shows, and the counts in the navigation, named once. Pure: the admin
 * components (src/components/admin/dashboard) render and fetch only the sections listed here, so a
 * role's page never carries data of a section it does not see.
 */
export const DASHBOARD_SECTIONS = [
  'queue',
  'scheduled',
  'my-returned',
  'my-pending',
  'my-drafts',
  'my-published-week',
  'needs-recording',
  'programmes-today',
  'failed-builds',
  'air-issues',
  'failed-jobs',
  'users',
] as const
export type DashboardSection = (typeof DASHBOARD_SECTIONS)[number]

export const SECTION_WORDS: Record<DashboardSection, { heading: string; empty: string; anchor: string }> = {
  queue: { heading: 'Tin chờ duyệt', empty: 'Không có tin nào chờ duyệt.', anchor: 'tin-cho-duyet' },
  scheduled: { heading: 'Hẹn giờ xuất bản', empty: 'Không có tin nào hẹn giờ xuất bản.', anchor: 'hen-gio-xuat-ban' },
  'my-returned': { heading: 'Tin của tôi bị trả lại', empty: 'Không có tin nào bị trả lại.', anchor: 'bi-tra-lai' },
  'my-pending': { heading: 'Tin của tôi đang chờ duyệt hoặc hẹn giờ', empty: 'Không có tin nào của bạn đang chờ duyệt.', anchor: 'dang-cho-duyet' },
  'my-drafts': { heading: 'Bản nháp của tôi', empty: 'Không có bản nháp nào.', anchor: 'ban-nhap' },
  'my-published-week': { heading: 'Tin của tôi đã xuất bản tuần này', empty: 'Tuần này chưa có tin nào của bạn được xuất bản.', anchor: 'da-xuat-ban-tuan-nay' },
  'needs-recording': { heading: 'Cần ghi âm', empty: 'Không có bài nào cần ghi âm.', anchor: 'can-ghi-am' },
  'programmes-today': { heading: 'Chương trình hôm nay', empty: 'Hôm nay không có chương trình nào.', anchor: 'chuong-trinh-hom-nay' },
  'failed-builds': { heading: 'Chương trình dựng lỗi', empty: 'Không có chương trình nào dựng lỗi.', anchor: 'dung-loi' },
  'air-issues': { heading: 'Sự cố phát sóng hôm nay', empty: 'Hôm nay chưa có lúc im lặng hay phát dự phòng nào.', anchor: 'su-co-phat-song' },
  'failed-jobs': { heading: 'Tác vụ nền bị lỗi', empty: 'Không có tác vụ nền nào bị lỗi.', anchor: 'tac-vu-loi' },
  users: { heading: 'Người dùng', empty: 'Chưa có người dùng nào.', anchor: 'nguoi-dung' },
}

const MINE: DashboardSection[] = ['my-returned', 'my-pending', 'my-drafts', 'my-published-week']
const APPROVAL: DashboardSection[] = ['queue', 'scheduled']
const RADIO: DashboardSection[] = ['needs-recording', 'programmes-today', 'failed-builds', 'air-issues']

const SECTIONS_BY_ROLE: Record<Role, DashboardSection[]> = {
  editor: MINE,
  approver: APPROVAL,
  technician: RADIO,
  // The admin sees everything, the system's own troubles first after the queue.
  admin: [...APPROVAL, 'failed-jobs', ...RADIO, 'users', ...MINE],
}

/** The sections of a role's dashboard, in order; none for someone without a staff role. */
export function sectionsForRole(role: Role | undefined): DashboardSection[] {
  return role ? SECTIONS_BY_ROLE[role] : []
}

/** Who may open "Tin chờ duyệt" and see what waits: those who decide on it. */
export function canSeeQueue(role: Role | undefined): boolean {
  return role === 'approver' || role === 'admin'
}

export const NAV_BADGES = ['queue', 'my-returned', 'needs-recording'] as const
export type NavBadge = (typeof NAV_BADGES)[number]

const BADGES_BY_ROLE: Record<Role, NavBadge[]> = {
  editor: ['my-returned'],
  approver: ['queue'],
  technician: ['needs-recording'],
  admin: ['queue', 'needs-recording'],
}

export function navBadgesForRole(role: Role | undefined): NavBadge[] {
  return role ? BADGES_BY_ROLE[role] : []
}

export const NAV_BADGE_WORDS: Record<NavBadge, string> = {
  queue: 'Tin chờ duyệt',
  'my-returned': 'Bị trả lại',
  'needs-recording': 'Cần ghi âm',
}

/** "Tin chờ duyệt (3)" */
export function navBadgeText(badge: NavBadge, count: number): string {
  return `${NAV_BADGE_WORDS[badge]} (${count})`
}
