import type { FieldHook, GroupField, PayloadRequest, UploadFieldSingleValidation } from 'payload'
import { userFacingError } from '../../lib/errors'
import { validations } from 'payload'
import { stationTimezone } from '../../fields/stationTimezone'
import { STATION_TIME_ZONE } from '../../lib/viDate'
import { localDateOf } from '../../radio/schedule'

/** The id of an upload field's value, populated or not; null when empty. */
function clipIdOf(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') return clipIdOf((value as { id?: unknown; value?: unknown }).id ?? (value as { value?: unknown }).value)
  return value as number | string
}

/**
 * Why a clip cannot be this article's read-out, or null. The recording that airs must be a
 * read-out, and this article's (or not yet any article's): the admin's picker filters by kind, but
 * an API caller could name any clip id (an intro, a music track, another article's read-out).
 */
async function readOutProblem(req: PayloadRequest, value: unknown, articleId: unknown): Promise<string | null> {
  const id = clipIdOf(value)
  if (id === null) return null
  const clip = await req.payload.findByID({ collection: 'audio-clips', id, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  if (!clip) return 'Không tìm thấy bản ghi âm đã chọn.'
  if (clip.kind !== 'read-out') return 'Bản ghi âm bài đọc phải là tệp loại "Bài đọc", không phải nhạc hiệu, thông báo hay nhạc.'
  const owner = clipIdOf(clip.article)
  if (owner !== null && String(owner) !== String(articleId ?? '')) return 'Bản ghi âm này thuộc một bài viết khác; hãy ghi âm hoặc tải lên bản ghi cho bài này.'
  return null
}

/** In the admin form and on publish: the problem shown beside the field, then Payload's own upload checks. */
export const validateReadOut: UploadFieldSingleValidation = async (value, options) => {
  const problem = options.req?.payload ? await readOutProblem(options.req, value, options.id) : null
  return problem ?? validations.upload(value, options)
}

/**
 * Draft saves skip validation (versions.drafts without validate), so the same rule is enforced
 * here on every save that changes the recording: a draft must not hold a clip it could not publish.
 */
const refuseForeignReadOut: FieldHook = async ({ value, previousValue, originalDoc, req }) => {
  if (String(clipIdOf(value)) === String(clipIdOf(previousValue))) return value
  const problem = await readOutProblem(req, value, originalDoc?.id)
  if (problem) throw userFacingError(problem)
  return value
}

/**
 * A recording is linked to its article (the clip's `article`) when the article is published with
 * it, not when it is uploaded: residents may hear the read-out of a published article
 * (src/access/audioClips) and its page plays the newest linked one, so a new recording saved in a
 * draft of a published article must stay staff-only until the change is approved.
 */
const linkPublishedReadOut: FieldHook = async ({ value, originalDoc, draft, req }) => {
  const id = clipIdOf(value)
  if (draft || id === null || !originalDoc?.id || originalDoc._status !== 'published') return value
  const clip = await req.payload.findByID({ collection: 'audio-clips', id, depth: 0, overrideAccess: true, disableErrors: true, req }).catch(() => null)
  if (clip && clipIdOf(clip.article) === null) {
    await req.payload.update({ collection: 'audio-clips', id, data: { article: originalDoc.id }, depth: 0, overrideAccess: true, req })
  }
  return value
}

/** "Phát thanh": how an article is read out on the loudspeakers. */
export const broadcastGroup: GroupField = {
  name: 'broadcast',
  type: 'group',
  label: { vi: 'Phát thanh', en: 'Loudspeaker radio' },
  fields: [
    {
      name: 'include',
      type: 'checkbox',
      defaultValue: false,
      label: { vi: 'Đưa vào bản tin truyền thanh', en: 'Include in loudspeaker bulletins' },
    },
    {
      name: 'script',
      type: 'textarea',
      label: { vi: 'Lời đọc phát thanh', en: 'Radio script' },
      admin: {
        description: {
          vi: 'Văn bản để phát thanh viên đọc. Để trống sẽ dùng phần tóm tắt.',
          en: 'Plain text read on air. Empty means the summary is read.',
        },
      },
    },
    {
      // The recording that airs: versioned with the text, so it goes through approval with it.
      name: 'readOut',
      type: 'upload',
      relationTo: 'audio-clips',
      label: { vi: 'Bản ghi âm bài đọc', en: 'Read-out recording' },
      filterOptions: { kind: { equals: 'read-out' } },
      validate: validateReadOut,
      hooks: { beforeChange: [refuseForeignReadOut], afterChange: [linkPublishedReadOut] },
      admin: {
        components: { Field: '/src/components/admin/ReadOutRecorder#ReadOutRecorder' },
        description: {
          vi: 'Tải lên tệp ghi âm hoặc ghi âm ngay trên trình duyệt. Bản ghi được duyệt cùng nội dung bài; loa chỉ phát bản ghi của bản đã xuất bản.',
          en: 'Upload a recording or record in the browser. It is approved with the text; the loudspeakers air the published version’s recording.',
        },
      },
    },
    {
      // "Tạo bài đọc": the spoken text (normalised, corrected by the editor) and the synthetic
      // read-out made from it. Written only by POST /api/articles/:id/read-out (src/speech), so a
      // caller cannot attach another clip or a text the audio does not say; versioned with the
      // article, so an editor's read-out is approved with the text. A human recording (readOut) wins.
      name: 'spoken',
      type: 'textarea',
      label: { vi: 'Lời đọc đã chuẩn hóa', en: 'Spoken text' },
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'synthetic',
      type: 'upload',
      relationTo: 'audio-clips',
      label: { vi: 'Bài đọc giọng máy', en: 'Synthetic read-out' },
      access: { create: () => false, update: () => false },
      hooks: { afterChange: [linkPublishedReadOut] },
      admin: { readOnly: true, components: { Field: '/src/components/admin/SyntheticReadOut#SyntheticReadOut' } },
    },
    {
      // The fingerprint of the source text (script, or title + sapo + body) the spoken text came from:
      // when the source changes, the synthetic read-out is out of date and is made again.
      name: 'spokenFrom',
      type: 'text',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      type: 'row',
      fields: [
        { name: 'from', type: 'date', timezone: stationTimezone, label: { vi: 'Phát từ ngày', en: 'Broadcast from' }, admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } } },
        {
          name: 'to',
          type: 'date',
          timezone: stationTimezone,
          label: { vi: 'Phát đến ngày', en: 'Broadcast until' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'dd/MM/yyyy' } },
          validate: validateBroadcastUntil,
        },
      ],
    },
  ],
}

/**
 * "Phát đến ngày" must not come before "Phát từ ngày". Compared as days in Vietnam, not as instants:
 * days picked before these fields carried a time zone are stored at noon UTC, later ones at noon in
 * Vietnam, so the same day can be two different instants.
 */
export function validateBroadcastUntil(value: unknown, { siblingData }: { siblingData: { from?: string | null } }): true | string {
  const stationDay = (date: string) => localDateOf(new Date(date), STATION_TIME_ZONE)
  if (value && siblingData.from && stationDay(String(value)) < stationDay(siblingData.from)) {
    return 'Ngày kết thúc phát thanh phải sau ngày bắt đầu.'
  }
  return true
}

