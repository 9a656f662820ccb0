import type { CollectionConfig } from 'payload'
import { canReadAsRun, nobody } from '../access/asRun'
import { stationTimezone } from '../fields/stationTimezone'
import { receiveAsRunReport } from './asRunReport'

const seconds = { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } as const

/**
 * Nhật ký phát sóng (as-run log, proof of airing): one row per item that went on air, as Liquidsoap
 * reported it (start creates the row, end closes it). Planned facts (slot, planned times) come from
 * the playlist the playout aired; actual facts from Liquidsoap's clock at the moment of the switch.
 * Nobody edits it: rows are written only by the report endpoint through the Local API.
 */
export const AsRun: CollectionConfig = {
  slug: 'as-run',
  labels: { singular: { vi: 'Mục đã phát', en: 'As-run entry' }, plural: { vi: 'Nhật ký phát sóng', en: 'As-run log' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['actualStart', 'title', 'kind', 'plannedStart', 'durationSeconds', 'endReason', 'fallbackReason'],
    group: { vi: 'Truyền thanh', en: 'Radio' },
    description: {
      vi: 'Những gì đã thực sự phát lên sóng, do phần phát sóng (Liquidsoap) báo về. Không ai sửa được nhật ký này.',
      en: 'What actually went on air, as reported by the playout (Liquidsoap). Nobody can edit it.',
    },
  },
  defaultSort: '-actualStart',
  access: { read: canReadAsRun, create: nobody, update: nobody, delete: nobody },
  // Liquidsoap's reports (secret + loopback); see src/collections/asRunReport.
  endpoints: [{ path: '/report', method: 'post', handler: receiveAsRunReport }],
  fields: [
    {
      name: 'date',
      type: 'text',
      required: true,
      index: true,
      label: { vi: 'Ngày phát', en: 'Station date' },
      admin: { description: { vi: 'Ngày (YYYY-MM-DD) theo giờ của đài lúc bắt đầu phát.', en: 'Station date (YYYY-MM-DD) of the actual start.' } },
    },
    { name: 'slot', type: 'text', label: { vi: 'Khung giờ', en: 'Slot' } },
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên mục phát', en: 'Title' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: { vi: 'Loại', en: 'Kind' },
      // The playlist entry kinds (src/broadcast/types SlotKind | 'emergency') plus what airs outside the plan.
      options: [
        { value: 'local', label: { vi: 'Chương trình địa phương', en: 'Local programme' } },
        { value: 'music', label: { vi: 'Âm nhạc', en: 'Music' } },
        { value: 'rebroadcast', label: { vi: 'Phát lại', en: 'Rebroadcast' } },
        { value: 'relay', label: { vi: 'Tiếp sóng', en: 'Relay' } },
        { value: 'emergency', label: { vi: 'Khẩn cấp', en: 'Emergency' } },
        { value: 'filler', label: { vi: 'Nhạc nền, dự phòng', en: 'Filler' } },
        { value: 'silence', label: { vi: 'Im lặng', en: 'Silence' } },
      ],
    },
    { name: 'source', type: 'text', label: { vi: 'Nguồn (tệp hoặc luồng tiếp sóng)', en: 'Source (file or relay URL)' } },
    {
      type: 'row',
      fields: [
        { name: 'plannedStart', type: 'date', timezone: stationTimezone, label: { vi: 'Giờ bắt đầu theo lịch', en: 'Planned start' }, admin: { date: seconds } },
        { name: 'plannedEnd', type: 'date', timezone: stationTimezone, label: { vi: 'Giờ kết thúc theo lịch', en: 'Planned end' }, admin: { date: seconds } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'actualStart', type: 'date', required: true, index: true, timezone: stationTimezone, label: { vi: 'Bắt đầu phát thực tế', en: 'Actual start' }, admin: { date: seconds } },
        { name: 'actualEnd', type: 'date', timezone: stationTimezone, label: { vi: 'Kết thúc thực tế', en: 'Actual end' }, admin: { date: seconds } },
        { name: 'durationSeconds', type: 'number', label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' } },
      ],
    },
    {
      name: 'fallbackReason',
      type: 'text',
      label: { vi: 'Phát thay thế vì', en: 'Fallback reason' },
      admin: { description: { vi: 'Vì sao nội dung khác với lịch đã phát (mất tín hiệu tiếp sóng, thiếu tệp…).', en: 'Why something other than the plan aired.' } },
    },
    { name: 'interruptedBy', type: 'text', label: { vi: 'Bị ngắt bởi', en: 'Interrupted by' } },
    {
      name: 'endReason',
      type: 'select',
      label: { vi: 'Kết thúc do', en: 'End reason' },
      options: [
        { value: 'completed', label: { vi: 'Phát hết', en: 'Completed' } },
        { value: 'slot-end', label: { vi: 'Hết khung giờ', en: 'Slot ended' } },
        { value: 'interrupted', label: { vi: 'Bị ngắt (khẩn cấp)', en: 'Interrupted' } },
        { value: 'stopped', label: { vi: 'Bị dừng', en: 'Stopped' } },
        { value: 'playout-stopped', label: { vi: 'Phần phát sóng dừng', en: 'Playout stopped' } },
      ],
    },
    {
      name: 'reportKey',
      type: 'text',
      unique: true,
      index: true,
      label: { vi: 'Mã báo cáo', en: 'Report key' },
      admin: { hidden: true },
    },
  ],
}
