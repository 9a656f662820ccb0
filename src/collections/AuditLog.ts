import type { CollectionConfig, PayloadRequest } from 'payload'
import { canReadAuditLog, noAuditWrites } from '../access/auditLog'
import { ROLE_LABELS, ROLES, userHasRole } from '../access/roles'
import { AUDIT_ACTION_WORDS, AUDIT_ACTIONS, AUDITED_COLLECTIONS } from '../audit/auditActions'

/**
 * Nhật ký thao tác: who created, submitted, returned, approved, published or deleted an article, and
 * who changed the radio (slots, schedule, rebuilds, announcements released), with the time. Rows are
 * written only by src/audit/recordAudit through the Local API; no caller can edit or delete them.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { vi: 'Thao tác', en: 'Audit entry' }, plural: { vi: 'Nhật ký thao tác', en: 'Audit log' } },
  admin: {
    useAsTitle: 'docTitle',
    defaultColumns: ['createdAt', 'action', 'collectionSlug', 'docTitle', 'userName', 'userRole', 'reason'],
    listSearchableFields: ['docTitle', 'userName', 'reason'],
    // Only admins read the log; other staff see an article's rows on the article ("Lịch sử").
    hidden: ({ user }) => !userHasRole(user as PayloadRequest['user'], 'admin'),
    group: { vi: 'Hệ thống', en: 'System' },
    description: {
      vi: 'Ai đã làm gì, lúc nào: tin bài và truyền thanh. Không ai sửa hay xóa được nhật ký này.',
      en: 'Who did what and when, for news and radio. Nobody can edit or delete it.',
    },
  },
  defaultSort: '-createdAt',
  access: { read: canReadAuditLog, create: noAuditWrites, update: noAuditWrites, delete: noAuditWrites },
  graphQL: { singularName: 'AuditEntry', pluralName: 'AuditEntries', disableMutations: true },
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Thao tác', en: 'Action' },
      options: AUDIT_ACTIONS.map((value) => ({ value, label: AUDIT_ACTION_WORDS[value] })),
    },
    {
      // Declared here (Payload adds it otherwise) for a Vietnamese label and the station's clock in the list.
      name: 'createdAt',
      type: 'date',
      index: true,
      label: { vi: 'Thời gian', en: 'Time' },
      admin: {
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' },
        components: { Cell: '/src/components/admin/AuditTimeCell#AuditTimeCell' },
      },
    },
    {
      name: 'collectionSlug',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại nội dung', en: 'Collection' },
      options: Object.entries(AUDITED_COLLECTIONS).map(([value, label]) => ({ value, label })),
    },
    { name: 'docId', type: 'text', index: true, label: { vi: 'Mã nội dung', en: 'Document ID' } },
    { name: 'docTitle', type: 'text', label: { vi: 'Tiêu đề', en: 'Title' } },
    { name: 'reason', type: 'textarea', label: { vi: 'Lý do / chi tiết', en: 'Reason / details' } },
    { name: 'user', type: 'relationship', relationTo: 'users', index: true, label: { vi: 'Người thực hiện', en: 'User' } },
    // A snapshot: the log keeps naming who acted after the account is renamed or deleted.
    { name: 'userName', type: 'text', label: { vi: 'Tên người thực hiện', en: 'User name' } },
    {
      name: 'userRole',
      type: 'select',
      label: { vi: 'Vai trò', en: 'Role' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    },
  ],
}
