import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/roles'

/**
 * How often each article was read. Kept apart from articles, so counting never changes an article
 * (which would drop the page cache and add versions); written by the web server in batches.
 */
export const ArticleViews: CollectionConfig = {
  slug: 'article-views',
  labels: { singular: { vi: 'Lượt xem', en: 'Views' }, plural: { vi: 'Lượt xem bài viết', en: 'Article views' } },
  admin: { useAsTitle: 'article', defaultColumns: ['article', 'count', 'updatedAt'], group: { vi: 'Tin tức', en: 'News' } },
  defaultSort: '-count',
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true, unique: true, index: true, label: { vi: 'Bài viết', en: 'Article' } },
    { name: 'count', type: 'number', required: true, defaultValue: 0, index: true, label: { vi: 'Số lượt xem', en: 'Views' } },
  ],
}
