import { EXPERIMENTAL_TableFeature, LinkFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import { LINKABLE_COLLECTIONS } from '../linkableCollections'

const TABLE_SIZE_LABELS: Record<string, { vi: string; en: string }> = {
  rows: { vi: 'Số hàng', en: 'Rows' },
  columns: { vi: 'Số cột', en: 'Columns' },
}

/**
 * Payload's table feature with Vietnamese labels: its client part is wrapped in
 * src/components/admin/VietnameseTableFeature, and the "rows"/"columns" fields of its insert
 * dialog get labels here.
 */
function vietnameseTableFeature() {
  const base = EXPERIMENTAL_TableFeature()
  const resolve = base.feature as (args: unknown) => Promise<Record<string, unknown> & { generateSchemaMap?: (args: unknown) => Map<string, { fields: { name?: string; label?: unknown }[] }> }>
  return {
    ...base,
    feature: async (args: unknown) => {
      const resolved = await resolve(args)
      const generateSchemaMap = resolved.generateSchemaMap
      return {
        ...resolved,
        ClientFeature: '/src/components/admin/VietnameseTableFeature#VietnameseTableFeatureClient',
        generateSchemaMap: (schemaArgs: unknown) => {
          const schemaMap = generateSchemaMap?.(schemaArgs) ?? new Map()
          for (const field of schemaMap.get('fields')?.fields ?? []) if (field.name && TABLE_SIZE_LABELS[field.name]) field.label = TABLE_SIZE_LABELS[field.name]
          return schemaMap
        },
      }
    },
  } as typeof base
}

/**
 * The article body editor: Payload's default features (headings, lists, quotes, …) with three
 * changes. Links to the site's own documents may point only at articles, categories and tags (the
 * ones with public pages). Tables are added, which public notices need (power cuts by area, survey
 * results). Images come from the image library only, each with its own caption for this article
 * (the library caption is the fallback when it is left empty).
 */
export const articleContentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'upload' && feature.key !== 'link'),
    // Internal links only to documents that have a public page.
    LinkFeature({ enabledCollections: LINKABLE_COLLECTIONS }),
    UploadFeature({
      enabledCollections: ['media'],
      collections: {
        media: {
          fields: [
            {
              name: 'caption',
              type: 'text',
              label: { vi: 'Chú thích ảnh trong bài', en: 'Caption in this article' },
              admin: { description: { vi: 'Để trống thì dùng chú thích trong thư viện ảnh.', en: 'Empty: the caption from the image library is used.' } },
            },
          ],
        },
      },
    }),
    vietnameseTableFeature(),
  ],
})
