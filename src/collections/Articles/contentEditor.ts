import { EXPERIMENTAL_TableFeature, lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'

/**
 * The article body editor: Payload's default features (headings, lists, quotes, links, …) plus
 * tables, which public notices need (power cuts by area, survey results), and images from the
 * image library only, each with its own caption for this article (the library caption is the
 * fallback when it is left empty).
 */
export const articleContentEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
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
    EXPERIMENTAL_TableFeature(),
  ],
})
