import type { UIField } from 'payload'

/** The article editor's "Lịch sử" panel (src/components/admin/ArticleHistory): no data, rendered on the server. */
export const articleHistoryField: UIField = {
  name: 'history',
  type: 'ui',
  label: { vi: 'Lịch sử', en: 'History' },
  admin: { components: { Field: '/src/components/admin/ArticleHistory#ArticleHistory' } },
}
