import type { CollectionConfig } from 'payload'
import { anyone, isRadioStaff } from '../../access/roles'
import { slugField } from '../../fields/slug'
import { ensureUniqueSlug } from '../../hooks/ensureUniqueSlug'
import { WEEK_MONDAY_FIRST, WEEKDAY_NAMES_EN, WEEKDAY_NAMES_VI } from '../../broadcast/localDate'
import { isSafeHttpUrl } from '../../lib/safeUrl'
import { markProgrammesAfterSlotChange, markProgrammesAfterSlotDelete } from './hooks/markProgrammesForRebuild'
import { refuseOverlappingSlots } from './hooks/refuseOverlappingSlots'
import { refreshPublicPagesHooks } from '../../hooks/refreshPublicPages'
import { auditSlotChange, auditSlotDelete } from '../../audit/radioAuditHooks'

/** Thứ Hai first, as the week is read; values are Weekday numbers (0 = Chủ Nhật). */
export const WEEKDAY_OPTIONS = WEEK_MONDAY_FIRST.map((day) => ({ value: String(day), label: { vi: WEEKDAY_NAMES_VI[day], en: WEEKDAY_NAMES_EN[day] } }))

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/
const validateTime = (value: unknown) => (typeof value === 'string' && TIME_PATTERN.test(value) ? true : 'Nhập giờ dạng HH:MM, ví dụ 05:30 (24:00 là nửa đêm).')

/**
 * Checked as typed: new URL() drops line breaks, and a line break written into the M3U would add a
 * stream for playout devices. Empty is allowed here; refuseOverlappingSlots requires it for relays.
 */
const validateStreamUrl = (value: unknown) =>
  value === null || value === undefined || value === '' || isSafeHttpUrl(value) ? true : 'Địa chỉ luồng phải bắt đầu bằng http:// hoặc https://, không chứa khoảng trắng hay xuống dòng.'

/**
 * Dates stay "YYYY-MM-DD" text (what the schedule logic and schedule files use), picked on a
 * calendar in the admin (src/components/admin/StationDateField); refuseOverlappingSlots checks them.
 */
const stationDatePicker = { components: { Field: '/src/components/admin/StationDateField#StationDateField' } } as const

/** One line of the weekly grid: what airs when. */
export const BroadcastSlots: CollectionConfig = {
  slug: 'broadcast-slots',
  labels: { singular: { vi: 'Khung giờ phát sóng', en: 'Broadcast slot' }, plural: { vi: 'Lịch phát sóng', en: 'Broadcast schedule' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'start', 'end', 'days'], group: { vi: 'Truyền thanh', en: 'Radio' } },
  defaultSort: 'start',
  access: { read: anyone, create: isRadioStaff, update: isRadioStaff, delete: isRadioStaff },
  hooks: {
    beforeChange: [ensureUniqueSlug('broadcast-slots', 'name', 'khung-gio'), refuseOverlappingSlots],
    afterChange: [markProgrammesAfterSlotChange, ...refreshPublicPagesHooks.afterChange, auditSlotChange],
    afterDelete: [markProgrammesAfterSlotDelete, ...refreshPublicPagesHooks.afterDelete, auditSlotDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chương trình', en: 'Name' } },
    slugField(),
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'local',
      label: { vi: 'Loại', en: 'Kind' },
      options: [
        { value: 'local', label: { vi: 'Chương trình địa phương (dựng tự động)', en: 'Local programme (assembled)' } },
        { value: 'rebroadcast', label: { vi: 'Phát lại', en: 'Rebroadcast' } },
        { value: 'relay', label: { vi: 'Tiếp sóng', en: 'Relay' } },
        { value: 'music', label: { vi: 'Âm nhạc', en: 'Music' } },
      ],
    },
    { name: 'days', type: 'select', hasMany: true, required: true, options: WEEKDAY_OPTIONS, label: { vi: 'Các ngày trong tuần', en: 'Days of week' } },
    {
      type: 'row',
      fields: [
        { name: 'start', type: 'text', required: true, validate: validateTime, label: { vi: 'Bắt đầu (HH:MM)', en: 'Start (HH:MM)' } },
        { name: 'end', type: 'text', required: true, validate: validateTime, label: { vi: 'Kết thúc (HH:MM)', en: 'End (HH:MM)' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'text', label: { vi: 'Áp dụng từ ngày', en: 'Valid from' }, admin: stationDatePicker },
        { name: 'validTo', type: 'text', label: { vi: 'Đến ngày', en: 'Valid to' }, admin: stationDatePicker },
      ],
    },
    {
      name: 'datesOff',
      type: 'array',
      label: { vi: 'Ngày nghỉ (không phát)', en: 'Dates off' },
      labels: { singular: { vi: 'Ngày nghỉ', en: 'Date off' }, plural: { vi: 'Ngày nghỉ', en: 'Dates off' } },
      fields: [{ name: 'date', type: 'text', required: true, label: { vi: 'Ngày', en: 'Date' }, admin: stationDatePicker }],
    },
    {
      name: 'rebroadcast',
      type: 'group',
      label: { vi: 'Phát lại', en: 'Rebroadcast' },
      admin: { condition: (_, sibling) => sibling?.kind === 'rebroadcast' },
      fields: [
        { name: 'sourceSlug', type: 'text', label: { vi: 'Phát lại chương trình (đường dẫn khung giờ)', en: 'Source slot slug' } },
        { name: 'dayOffset', type: 'number', defaultValue: -1, label: { vi: 'Lệch ngày (-1 = hôm trước)', en: 'Day offset (-1 = previous day)' } },
      ],
    },
    {
      name: 'relay',
      type: 'group',
      label: { vi: 'Tiếp sóng', en: 'Relay' },
      admin: { condition: (_, sibling) => sibling?.kind === 'relay' },
      fields: [{ name: 'url', type: 'text', validate: validateStreamUrl, label: { vi: 'Địa chỉ luồng phát (http/https)', en: 'Stream URL' } }],
    },
    {
      name: 'music',
      type: 'group',
      label: { vi: 'Âm nhạc', en: 'Music' },
      admin: { condition: (_, sibling) => sibling?.kind === 'music' },
      fields: [{ name: 'clips', type: 'relationship', relationTo: 'audio-clips', hasMany: true, label: { vi: 'Danh sách bài', en: 'Clips' } }],
    },
  ],
}
