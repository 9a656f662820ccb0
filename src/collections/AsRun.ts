import type { CollectionConfig } from 'payload'
import { canReadAsRun, nobody } from '../access/asRun'
import { stationTimezone } from '../fields/stationTimezone'
import { receiveAsRunReport } from './asRunReport'
import { AS_RUN_END_REASONS, AS_RUN_END_WORDS, AS_RUN_KIND_WORDS, AS_RUN_KINDS, type AsRunEndReason, type AsRunKind } from '../broadcast/asRun'

const KIND_EN: Record<AsRunKind, string> = { local: 'Local programme', music: 'Music', rebroadcast: 'Rebroadcast', relay: 'Relay', emergency: 'Emergency', filler: 'Filler', silence: 'Silence' }
const END_EN: Record<AsRunEndReason, string> = { completed: 'Completed', 'slot-end': 'Slot ended', interrupted: 'Interrupted', stopped: 'Stopped', 'playout-stopped': 'Playout stopped' }

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
      options: AS_RUN_KINDS.map((value) => ({ value, label: { vi: AS_RUN_KIND_WORDS[value], en: KIND_EN[value] } })),
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
      options: AS_RUN_END_REASONS.map((value) => ({ value, label: { vi: AS_RUN_END_WORDS[value], en: END_EN[value] } })),
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
