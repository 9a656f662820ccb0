import type { CollectionConfig } from 'payload'
import { anyone, isWriter } from '../access/roles'
import { slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: { vi: 'Từ khóa', en: 'Tag' }, plural: { vi: 'Từ khóa', en: 'Tags' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Tin tức', en: 'News' } },
  access: { read: anyone, create: isWriter, update: isWriter, delete: isWriter },
  hooks: { ...refreshPublicPagesHooks, beforeChange: [ensureUniqueSlug('tags', 'name', 'tu-khoa')] },
  fields: [{ name: 'name', type: 'text', required: true, label: { vi: 'Từ khóa', en: 'Tag' } }, slugField()],
}
