import type { GroupField } from 'payload'
import { stationTimezone } from '../../fields/stationTimezone'
import { REVIEW_STATE_WORDS, REVIEW_STATES } from '../../newsroom/reviewStates'

const when = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } as const

/**
 * "Duyệt tin": where the story stands in the approval flow (src/newsroom/reviewStates) and who moved
 * it last. Stored on every version, so the newest draft of a published article carries its own state
 * while the published version stays live. Names are snapshots: other staff cannot read user accounts.
 */
export const reviewGroup: GroupField = {
  name: 'review',
  type: 'group',
  label: { vi: 'Duyệt tin', en: 'Approval' },
  admin: { position: 'sidebar', readOnly: true },
  fields: [
    {
      name: 'state',
      type: 'select',
      defaultValue: 'draft',
      index: true,
      label: { vi: 'Trạng thái duyệt', en: 'Approval state' },
      options: REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_WORDS[value] })),
    },
    { name: 'submittedAt', type: 'date', timezone: stationTimezone, label: { vi: 'Gửi duyệt lúc', en: 'Submitted at' }, admin: { date: when } },
    { name: 'submittedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người gửi duyệt', en: 'Submitted by' } },
    { name: 'submittedByName', type: 'text', label: { vi: 'Tên người gửi duyệt', en: 'Submitted by (name)' } },
    { name: 'returnReason', type: 'textarea', label: { vi: 'Lý do trả lại', en: 'Reason for return' } },
    { name: 'decidedAt', type: 'date', timezone: stationTimezone, label: { vi: 'Duyệt / trả lại lúc', en: 'Decided at' }, admin: { date: when } },
    { name: 'decidedBy', type: 'relationship', relationTo: 'users', label: { vi: 'Người duyệt / trả lại', en: 'Decided by' } },
    { name: 'decidedByName', type: 'text', label: { vi: 'Tên người duyệt / trả lại', en: 'Decided by (name)' } },
    { name: 'publishAt', type: 'date', timezone: stationTimezone, label: { vi: 'Hẹn giờ xuất bản lúc', en: 'Publish at' }, admin: { date: when } },
  ],
}
