import type { CollectionConfig } from 'payload'
import { isRadioOrWriter, isStaff } from '../access/roles'
import { stationTimezone } from '../fields/stationTimezone'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'
import { releaseEmergency, stopEmergency } from './announcementRelease'
import { voiceEmergencyWithoutRecording } from './announcementVoice'

/** Written only by the "Phát ngay"/"Dừng phát" endpoints (Local API), never over REST or GraphQL. */
const releaseOnly = { create: () => false, update: () => false }

/**
 * Thông báo. Levels follow Thông tư 39/2020/TT-BTTTT. Emergencies stay out of the daily programmes:
 * the day's playlist carries each valid one for devices to interrupt (src/broadcast/emergency).
 */
export const Announcements: CollectionConfig = {
  slug: 'announcements',
  labels: { singular: { vi: 'Thông báo', en: 'Announcement' }, plural: { vi: 'Thông báo phát thanh', en: 'Announcements' } },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'level', 'airStatus', 'validFrom', 'validTo'], group: { vi: 'Truyền thanh', en: 'Radio' } },
  // Announcements may carry unpublished local matters; the public sees them through programmes.
  access: { read: isStaff, create: isRadioOrWriter, update: isRadioOrWriter, delete: isRadioOrWriter },
  // Every public page carries the emergency banner: a release, stop or edit drops the page cache so
  // new visitors get it rendered; pages already open learn it from /api/khan-cap.
  // An emergency typed without a recording gets a synthetic voice (src/collections/announcementVoice).
  hooks: { ...refreshPublicPagesHooks, beforeChange: [voiceEmergencyWithoutRecording] },
  endpoints: [
    { path: '/:id/release', method: 'post', handler: releaseEmergency },
    { path: '/:id/stop', method: 'post', handler: stopEmergency },
  ],
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'airStatus',
      type: 'ui',
      label: { vi: 'Tình trạng phát', en: 'On-air status' },
      admin: { components: { Field: '/src/components/admin/EmergencyStatus#EmergencyStatusField', Cell: '/src/components/admin/EmergencyStatus#EmergencyStatusCell' } },
    },
    { name: 'text', type: 'textarea', required: true, label: { vi: 'Nội dung thông báo', en: 'Text' } },
    {
      name: 'clip',
      type: 'upload',
      relationTo: 'audio-clips',
      label: { vi: 'Bản ghi âm', en: 'Recording' },
      admin: {
        description: {
          vi: 'Thông báo chỉ được đưa vào chương trình khi có bản ghi âm. Tin khẩn cấp chưa có bản ghi âm được máy đọc từ nội dung (giọng máy); tải bản ghi âm lên để thay.',
          en: 'Only announcements with a recording are scheduled. An emergency without one is read from its text by a synthetic voice; upload a recording to replace it.',
        },
      },
    },
    {
      name: 'level',
      type: 'select',
      required: true,
      defaultValue: 'normal',
      label: { vi: 'Mức độ', en: 'Level' },
      options: [
        { value: 'normal', label: { vi: 'Thông thường', en: 'Normal' } },
        { value: 'priority', label: { vi: 'Ưu tiên', en: 'Priority' } },
        { value: 'emergency', label: { vi: 'Khẩn cấp', en: 'Emergency' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'validFrom', type: 'date', timezone: stationTimezone, label: { vi: 'Phát từ', en: 'Valid from' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
        { name: 'validTo', type: 'date', timezone: stationTimezone, label: { vi: 'Phát đến', en: 'Valid to' }, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } } },
      ],
    },
    {
      name: 'release',
      type: 'ui',
      label: { vi: 'Phát ngay', en: 'Air now' },
      admin: { components: { Field: '/src/components/admin/EmergencyRelease#EmergencyRelease' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'releasedAt', type: 'date', access: releaseOnly, label: { vi: 'Phát ngay lúc', en: 'Released at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
        { name: 'releasedBy', type: 'relationship', relationTo: 'users', access: releaseOnly, label: { vi: 'Người phát lệnh', en: 'Released by' }, admin: { readOnly: true } },
        { name: 'stoppedAt', type: 'date', access: releaseOnly, label: { vi: 'Dừng lúc', en: 'Stopped at' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } } },
        { name: 'stoppedBy', type: 'relationship', relationTo: 'users', access: releaseOnly, label: { vi: 'Người dừng', en: 'Stopped by' }, admin: { readOnly: true } },
      ],
    },
  ],
}
