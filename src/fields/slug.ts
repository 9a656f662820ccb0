import type { TextField } from 'payload'

/** The slug field; its value is filled and made unique by the ensureUniqueSlug hook of the collection. */
export function slugField(): TextField {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    unique: true,
    label: { vi: 'Đường dẫn (slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Để trống để tạo tự động từ tiêu đề (bỏ dấu, đ → d). Có thể sửa.',
        en: 'Leave empty to generate it from the title. Editable.',
      },
    },
  }
}
