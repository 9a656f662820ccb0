import type { GroupField } from 'payload'
import { stationTimezone } from '../../fields/stationTimezone'
import { STATION_TIME_ZONE } from '../../lib/viDate'
import { localDateOf } from '../../radio/schedule'

/** "Phát thanh": how an article is read out on the loudspeakers. */
export const broadcastGroup: GroupField = {
  name: 'broadcast',
  type: 'group',
  label: { vi: 'Phát thanh', en: 'Loudspeaker radio' },
  fields: [
    {
      name: 'include',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đưa vào bản tin truyền thanh', en: 'Include in loudspeaker bulletins' },
    },
    {
      name: 'script',
      type: 'textarea',
      label: { vi: 'Lời đọc phát thanh', en: 'Radio script' },
      admin: {
        description: {
          vi: 'Văn bản để phát thanh viên đọc. Để trống sẽ dùng phần tóm tắt.',
          en: 'Plain text read on air. Empty means the summary is read.',
        },
      },
    },
    {
      // The recording that airs: versioned with the text, so it goes through approval with it.
      name: 'readOut',
      type: 'upload',
      relationTo: 'audio-clips',
      label: { vi: 'Bản ghi âm bài đọc', en: 'Read-out recording' },
      filterOptions: { kind: { equals: 'read-out' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', timezone: stationTimezone, label: { vi: 'Phát từ ngày', en: 'Broadcast from' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'to',
          type: 'date',
          timezone: stationTimezone,
          label: { vi: 'Phát đến ngày', en: 'Broadcast until' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
          validate: validateBroadcastUntil,
        },
      ],
    },
  ],
}

/**
 * "Phát đến ngày" must not come before "Phát từ ngày". Compared as days in Vietnam, not as instants:
 * days picked before these fields carried a time zone are stored at noon UTC, later ones at noon in
 * Vietnam, so the same day can be two different instants.
 */
export function validateBroadcastUntil(value: unknown, { siblingData }: { siblingData: { from?: string | null } }): true | string {
  const stationDay = (date: string) => localDateOf(new Date(date), STATION_TIME_ZONE)
  if (value && siblingData.from && stationDay(String(value)) < stationDay(siblingData.from)) {
    return 'Ngày kết thúc phát thanh phải sau ngày bắt đầu.'
  }
  return true
}
