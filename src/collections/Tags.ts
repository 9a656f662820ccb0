import type { CollectionConfig } from 'payload'
import { anyone, isPublisher, isWriter } from '../access/roles'
import { slugField } from '../fields/slug'
import { ensureUniqueSlug } from '../hooks/ensureUniqueSlug'
import { refreshPublicPagesHooks } from '../hooks/refreshPublicPages'

export const Tags: CollectionConfig = {
  slug: 'tags',
  labels: { singular: { vi: 'Từ khóa', en: 'Tag' }, plural: { vi: 'Từ khóa', en: 'Tags' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { vi: 'Tin tức', en: 'News' } },
  // Editors add tags to their drafts; renaming or deleting one changes published pages, so only approvers and admins do.
  access: { read: anyone, create: isWriter, update: isPublisher, delete: isPublisher },
  hooks: { ...refreshPublicPagesHooks, beforeChange: [ensureUniqueSlug('tags', 'name', 'tu-khoa')] },
  fields: [{ name: 'name', type: 'text', required: true, label: { vi: 'Từ khóa', en: 'Tag' } }, slugField()],
}
