import type { CollectionConfig } from 'payload'
import { anyone, isWriter } from '../access/roles'
import { slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: { vi: 'Tin tức', en: 'News' } },
  defaultSort: 'order',
  access: { read: anyone, create: isWriter, update: isWriter, delete: isWriter },
  hooks: { ...refreshPublicPagesHooks, beforeChange: [ensureUniqueSlug('categories', 'name', 'chuyen-muc')] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Tên chuyên mục', en: 'Name' } },
    slugField(),
    { name: 'description', type: 'textarea', label: { vi: 'Mô tả', en: 'Description' } },
    {
      name: 'order',
      type: 'number',
      defaultValue: 10,
      label: { vi: 'Thứ tự hiển thị', en: 'Order' },
      admin: { position: 'sidebar', description: { vi: 'Số nhỏ hiện trước.', en: 'Lower comes first.' } },
    },
  ],
}
