import type { GroupField } from 'payload'

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
      type: 'row',
      fields: [
        { name: 'from', type: 'date', label: { vi: 'Phát từ ngày', en: 'Broadcast from' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'to',
          type: 'date',
          label: { vi: 'Phát đến ngày', en: 'Broadcast until' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
          validate: (value: unknown, { siblingData }: { siblingData: { from?: string | null } }) => {
            if (value && siblingData.from && new Date(String(value)) < new Date(siblingData.from)) {
              return 'Ngày kết thúc phát thanh phải sau ngày bắt đầu.'
            }
            return true
          },
        },
      ],
    },
  ],
}
