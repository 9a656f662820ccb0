import type { CollectionConfig } from 'payload'
import { finishedOrStaff } from '../../access/programmes'
import { isRadioStaff, isStaffFieldLevel } from '../../access/roles'
import { segmentsWithoutServerPaths } from './segmentsWithoutServerPaths'
import { stationTimezone } from '../../fields/stationTimezone'
import { requestRebuild } from './requestRebuild'
import { refreshPublicPagesHooks } from '../../hooks/refreshPublicPages'

const readOnly = { readOnly: true } as const

/** One assembled programme: a slot on a date, its file and what went into it. */
export const Programmes: CollectionConfig = {
  slug: 'programmes',
  labels: { singular: { vi: 'Chương trình', en: 'Programme' }, plural: { vi: 'Chương trình đã dựng', en: 'Programmes' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', 'status', 'durationSeconds', 'report', 'assembledAt'],
    group: { vi: 'Truyền thanh', en: 'Radio' },
  },
  defaultSort: '-date',
  // Programmes are the worker's record of what it built: every field is a measurement or a file it
  // wrote. Over REST and GraphQL nobody writes them (a forged "ready" programme would publish a file
  // in the podcast, or make any clip public by listing it); the worker, the seed and "Dựng lại"
  // write through the Local API.
  access: { read: finishedOrStaff, create: () => false, update: () => false, delete: isRadioStaff },
  // Two workers can never create two documents for the same slot on the same date.
  indexes: [{ fields: ['date', 'slotSlug'], unique: true }],
  endpoints: [{ path: '/:id/rebuild', method: 'post', handler: requestRebuild }],
  hooks: refreshPublicPagesHooks,
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên', en: 'Title' }, admin: readOnly },
    {
      name: 'player',
      type: 'ui',
      label: { vi: 'Nghe thử', en: 'Listen' },
      admin: { components: { Field: '/src/components/admin/ProgrammePlayer#ProgrammePlayer' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'date', type: 'text', required: true, index: true, label: { vi: 'Ngày (YYYY-MM-DD)', en: 'Date' }, admin: readOnly },
        { name: 'slotSlug', type: 'text', required: true, index: true, label: { vi: 'Khung giờ', en: 'Slot' }, admin: readOnly },
        { name: 'startsAt', type: 'date', timezone: stationTimezone, label: { vi: 'Giờ phát', en: 'Airs at' }, admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'planned',
      index: true,
      label: { vi: 'Trạng thái', en: 'Status' },
      options: [
        { value: 'planned', label: { vi: 'Đã lên lịch', en: 'Planned' } },
        { value: 'assembling', label: { vi: 'Đang dựng', en: 'Assembling' } },
        { value: 'ready', label: { vi: 'Sẵn sàng', en: 'Ready' } },
        { value: 'failed', label: { vi: 'Lỗi', en: 'Failed' } },
      ],
      admin: { position: 'sidebar', readOnly: true },
    },
    { name: 'file', type: 'text', label: { vi: 'Tệp (trong thư mục media)', en: 'File (under media/)' }, admin: readOnly },
    {
      type: 'row',
      fields: [
        { name: 'durationSeconds', type: 'number', label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' }, admin: readOnly },
        { name: 'loudnessLufs', type: 'number', label: { vi: 'Độ lớn đo được (LUFS)', en: 'Measured loudness (LUFS)' }, admin: readOnly },
        { name: 'truePeakDbtp', type: 'number', label: { vi: 'Đỉnh thực (dBTP)', en: 'True peak (dBTP)' }, admin: readOnly },
      ],
    },
    { name: 'bytes', type: 'number', label: { vi: 'Kích thước (byte)', en: 'Size (bytes)' }, admin: readOnly },
    { name: 'sha256', type: 'text', label: 'SHA-256', admin: readOnly },
    {
      name: 'segments',
      type: 'json',
      label: { vi: 'Các mục trong chương trình', en: 'Segments' },
      admin: readOnly,
      hooks: { afterRead: [segmentsWithoutServerPaths] },
    },
    {
      name: 'report',
      type: 'ui',
      label: { vi: 'Mục bị bỏ, không đưa vào và cảnh báo', en: 'Dropped, excluded, warnings' },
      admin: { components: { Field: '/src/components/admin/ProgrammeReport#ProgrammeReportField', Cell: '/src/components/admin/ProgrammeReport#ProgrammeReportCell' } },
    },
    // What was left out names announcements that never aired (some not yet valid, emergencies): staff only.
    { name: 'dropped', type: 'json', label: { vi: 'Mục bị bỏ (không đủ thời lượng)', en: 'Dropped items' }, admin: readOnly, access: { read: isStaffFieldLevel } },
    { name: 'excluded', type: 'json', label: { vi: 'Mục không đưa vào (và lý do)', en: 'Excluded items (with reasons)' }, admin: readOnly, access: { read: isStaffFieldLevel } },
    { name: 'warnings', type: 'json', label: { vi: 'Cảnh báo khi dựng', en: 'Assembly warnings' }, admin: readOnly, access: { read: isStaffFieldLevel } },
    // Set when the slot's times changed, the slot was deleted or a clip of the programme was deleted
    // or replaced after it was built (src/radio/rebuildMarks): its file must not air; the worker
    // rebuilds it and clears this. Staff only, like the report above.
    {
      name: 'rebuildReason',
      type: 'text',
      label: { vi: 'Cần dựng lại vì', en: 'Needs rebuilding because' },
      admin: readOnly,
      access: { read: isStaffFieldLevel },
    },
    { name: 'contentHash', type: 'text', label: { vi: 'Dấu nội dung', en: 'Content hash' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'assembledAt', type: 'date', timezone: stationTimezone, label: { vi: 'Dựng lúc', en: 'Assembled at' }, admin: { ...readOnly, position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    { name: 'attempts', type: 'number', defaultValue: 0, label: { vi: 'Số lần thử', en: 'Attempts' }, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'nextAttemptAt', type: 'date', timezone: stationTimezone, label: { vi: 'Thử lại lúc', en: 'Next attempt' }, admin: { ...readOnly, position: 'sidebar', date: { displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
    // ffmpeg's messages name files by their absolute path on the server: for staff only.
    { name: 'error', type: 'text', label: { vi: 'Lỗi', en: 'Error' }, admin: readOnly, access: { read: isStaffFieldLevel } },
    { name: 'logTail', type: 'textarea', label: { vi: 'Nhật ký ffmpeg (cuối)', en: 'ffmpeg log tail' }, admin: readOnly, access: { read: isStaffFieldLevel } },
  ],
}
