/**
 * What the audit log (nhật ký thao tác) records, named once: the collection's options, the history
 * panel and the admin list take their Vietnamese words from here.
 */
export const AUDIT_ACTIONS = [
  // Articles
  'created',
  'submitted',
  'withdrawn',
  'returned',
  'approved',
  'scheduled',
  'published',
  'unpublished',
  'deleted',
  'read-out-made',
  // Radio
  'slot-changed',
  'slot-deleted',
  'schedule-changed',
  'rebuild-requested',
  'announcement-released',
  'announcement-stopped',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_ACTION_WORDS: Record<AuditAction, { vi: string; en: string }> = {
  created: { vi: 'Tạo bài', en: 'Created' },
  submitted: { vi: 'Gửi duyệt', en: 'Submitted for approval' },
  withdrawn: { vi: 'Rút lại', en: 'Withdrawn' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  approved: { vi: 'Duyệt', en: 'Approved' },
  scheduled: { vi: 'Hẹn giờ xuất bản', en: 'Scheduled' },
  published: { vi: 'Xuất bản', en: 'Published' },
  unpublished: { vi: 'Gỡ xuống', en: 'Unpublished' },
  deleted: { vi: 'Xóa', en: 'Deleted' },
  'read-out-made': { vi: 'Tạo bài đọc giọng máy', en: 'Synthetic read-out made' },
  'slot-changed': { vi: 'Sửa khung giờ phát', en: 'Slot changed' },
  'slot-deleted': { vi: 'Xóa khung giờ phát', en: 'Slot deleted' },
  'schedule-changed': { vi: 'Đổi lịch phát', en: 'Schedule changed' },
  'rebuild-requested': { vi: 'Yêu cầu dựng lại chương trình', en: 'Rebuild requested' },
  'announcement-released': { vi: 'Phát ngay thông báo', en: 'Announcement released' },
  'announcement-stopped': { vi: 'Dừng thông báo', en: 'Announcement stopped' },
}

/** The collections the log names, with their Vietnamese names for the list's "Loại nội dung" column and filter. */
export const AUDITED_COLLECTIONS = {
  articles: { vi: 'Bài viết', en: 'Article' },
  'broadcast-slots': { vi: 'Lịch phát sóng', en: 'Broadcast schedule' },
  holidays: { vi: 'Ngày lễ, ngày nghỉ', en: 'Holidays' },
  programmes: { vi: 'Chương trình', en: 'Programme' },
  announcements: { vi: 'Thông báo', en: 'Announcement' },
} as const satisfies Record<string, { vi: string; en: string }>
export type AuditedCollection = keyof typeof AUDITED_COLLECTIONS
