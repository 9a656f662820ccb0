import path from 'node:path'
import type { CollectionAfterReadHook, CollectionConfig } from 'payload'
import { liveImageDeleteForPublishers, updateUnlessLiveImage } from '../../access/liveImagesForPublishers'
import { anyone, isWriter } from '../../access/roles'
import { mediaDir } from '../../lib/paths'
import { refreshPublicPagesHooks } from '../../hooks/refreshPublicPages'
import { safeFileResponseHeaders } from '../../lib/safeFileResponseHeaders'
import { decodeImageUpload } from './hooks/decodeImageUpload'

const STATIC_IMAGES = '/media/images/'

/**
 * Payload names files by its API route (/api/media/file/…), which runs an access check per image
 * and answers HEAD with 404. Images are public, and Express serves the same folder at /media with
 * caching headers, ranges and ETags, so pages point there.
 */
const imageUrlsFromStaticFolder: CollectionAfterReadHook = ({ doc }) => {
  const staticUrl = (filename?: string | null) => (filename ? `${STATIC_IMAGES}${encodeURIComponent(filename)}` : null)
  if (doc.filename) doc.url = staticUrl(doc.filename)
  for (const size of Object.values(doc.sizes ?? {}) as { filename?: string | null; url?: string | null }[]) {
    if (size?.filename) size.url = staticUrl(size.filename)
  }
  return doc
}

/** Images for articles. Files live in <media>/images and are also served by Express under /media. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Thư viện ảnh', en: 'Images' } },
  admin: { group: { vi: 'Tin tức', en: 'News' }, defaultColumns: ['filename', 'alt', 'updatedAt'] },
  access: { read: anyone, create: isWriter, update: updateUnlessLiveImage, delete: isWriter },
  upload: {
    staticDir: path.join(mediaDir(), 'images'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
    // Cheap phones get small WebP variants; the original is kept for print and sharing.
    imageSizes: [
      { name: 'thumbnail', width: 400, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'hero', width: 1280, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    // Payload's own file route (/api/media/file/…) answers with the same safety headers as /media.
    modifyResponseHeaders: safeFileResponseHeaders,
  },
  hooks: {
    ...refreshPublicPagesHooks,
    beforeOperation: [decodeImageUpload],
    afterRead: [imageUrlsFromStaticFolder],
    beforeDelete: [liveImageDeleteForPublishers],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { vi: 'Mô tả ảnh (alt)', en: 'Alt text' },
      admin: { description: { vi: 'Mô tả nội dung ảnh cho người khiếm thị.', en: 'Describe the picture for blind readers.' } },
    },
    { name: 'caption', type: 'text', label: { vi: 'Chú thích', en: 'Caption' } },
  ],
}
