import type { Access, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { userFacingError } from '../lib/errors'
import { lexicalUploadIds } from '../lib/lexicalUploads'
import { PUBLISHER_ROLES, userHasRole, WRITER_ROLES } from './roles'

/**
 * An image shown by a published article (as its hero image or inside its body) is part of what
 * residents read: editors may not replace, re-caption or delete it; approvers and admins may.
 * Editors still upload images and change those no live article uses. The main articles table holds
 * only live content for published articles (an editor's changes are draft versions), so it is what
 * is searched.
 */
export const updateUnlessLiveImage: Access = async ({ req, id, data }) => {
  if (userHasRole(req.user, ...PUBLISHER_ROLES)) return true
  if (!userHasRole(req.user, ...WRITER_ROLES)) return false
  // Checked here, before Payload replaces the stored files, which it does before any change hook.
  if (id !== undefined) return !(await publishedArticleShows(req, id))
  // Without an id: a bulk edit (refused, it could reach live images), or the admin asking what the
  // menus may offer (allowed; each image is checked when it is opened or saved).
  return data === undefined
}

/**
 * Delete access runs without an id for bulk deletes, indistinguishable from the admin's menu check,
 * so deletes are checked per image here, before Payload removes any file.
 */
export const liveImageDeleteForPublishers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  if (!req.user || userHasRole(req.user, ...PUBLISHER_ROLES)) return
  if (await publishedArticleShows(req, id)) throw userFacingError(LIVE_IMAGE_REFUSED, 403)
}

async function publishedArticleShows(req: PayloadRequest, id: number | string): Promise<boolean> {
  const published = { _status: { equals: 'published' } } as const
  const asHero = await req.payload.count({ collection: 'articles', where: { and: [published, { heroImage: { equals: id } }] }, req })
  if (asHero.totalDocs > 0) return true
  for (let page = 1; ; page++) {
    const batch = await req.payload.find({ collection: 'articles', where: published, select: { content: true }, depth: 0, limit: 200, page, req })
    if (batch.docs.some((doc) => lexicalUploadIds(doc.content, 'media').includes(String(id)))) return true
    if (!batch.hasNextPage) return false
  }
}

const LIVE_IMAGE_REFUSED = 'Ảnh này đang hiển thị trong một bài đã xuất bản; chỉ lãnh đạo duyệt tin hoặc quản trị mới được xóa.'
