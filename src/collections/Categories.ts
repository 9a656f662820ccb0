import type { CollectionConfig } from 'payload'
import { anyone, isPublisher } from '../access/roles'
import { slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: { vi: 'Chuyên mục', en: 'Category' }, plural: { vi: 'Chuyên mục', en: 'Categories' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'order'], group: { vi: 'Tin tức', en: 'News' } },
  defaultSort: 'order',
  // Every category is in the public navigation and feeds at once: only approvers and admins change them.
  access: { read: anyone, create: isPublisher, update: isPublisher, delete: isPublisher },
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
