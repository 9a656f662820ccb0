import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { publicAudioOrStaff } from '../../access/audioClips'
import { isRadioOrWriter, userHasRole } from '../../access/roles'
import type { FieldAccess } from 'payload'
import { safeFileResponseHeaders } from '../../lib/safeFileResponseHeaders'
import { mediaDir } from '../../lib/paths'
import { markProgrammesAfterClipDelete, markProgrammesAfterClipReplaced } from './hooks/markProgrammesUsingClip'
import { validateAndMeasureAudio } from './hooks/validateAndMeasureAudio'
import { refreshPublicPagesAfterChange, refreshPublicPagesAfterDelete } from '../../hooks/refreshPublicPages'

export const AUDIO_CLIP_KINDS = [
  { value: 'intro', label: { vi: 'Nhạc hiệu / mở đầu', en: 'Signature tune / intro' } },
  { value: 'outro', label: { vi: 'Kết thúc', en: 'Outro' } },
  { value: 'read-out', label: { vi: 'Bài đọc', en: 'Read-out' } },
  { value: 'announcement', label: { vi: 'Thông báo', en: 'Announcement' } },
  { value: 'music', label: { vi: 'Âm nhạc', en: 'Music' } },
  { value: 'filler', label: { vi: 'Đệm', en: 'Filler' } },
] as const

const measured = (name: string, vi: string, en: string) =>
  ({ name, type: 'number', label: { vi, en }, admin: { readOnly: true, position: 'sidebar' } }) as const

/** The audio library. Every file is checked and measured on upload; nothing undecodable is kept. */
export const AudioClips: CollectionConfig = {
  slug: 'audio-clips',
  labels: { singular: { vi: 'Tệp âm thanh', en: 'Audio clip' }, plural: { vi: 'Thư viện âm thanh', en: 'Audio library' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'durationSeconds', 'loudnessLufs'],
    group: { vi: 'Truyền thanh', en: 'Radio' },
  },
  // Anonymous callers reach only audio that is part of something public (src/access/audioClips).
  access: { read: publicAudioOrStaff, create: isRadioOrWriter, update: isRadioOrWriter, delete: isRadioOrWriter },
  hooks: {
    beforeOperation: [validateAndMeasureAudio],
    afterChange: [markProgrammesAfterClipReplaced, refreshPublicPagesAfterChange],
    afterDelete: [markProgrammesAfterClipDelete, refreshPublicPagesAfterDelete],
  },
  upload: {
    staticDir: path.join(mediaDir(), 'audio'),
    // ffprobe in the hook, not the browser-declared type, decides what is audio and names the file.
    // Payload's own file route (/api/audio-clips/file/…) answers with the same safety headers as /media.
    modifyResponseHeaders: safeFileResponseHeaders,
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: { vi: 'Tên', en: 'Title' } },
    { name: 'kind', type: 'select', required: true, defaultValue: 'read-out', options: [...AUDIO_CLIP_KINDS], label: { vi: 'Loại', en: 'Kind' } },
    {
      name: 'article',
      type: 'relationship',
      relationTo: 'articles',
      label: { vi: 'Bài viết được đọc', en: 'Article read out' },
      // A clip linked here is public and airs as soon as its article is published. An editor's
      // recording must go through approval: editors attach it in the article's "Phát thanh" group
      // (broadcast.readOut, versioned with the text), and the link is made when an approver publishes.
      access: { create: mayLinkReadOutDirectly, update: mayLinkReadOutDirectly },
      admin: { description: { vi: 'Với bài đọc: bài viết mà tệp này đọc lên.', en: 'For read-outs: the article this recording reads.' } },
    },
    measured('durationSeconds', 'Thời lượng (giây)', 'Duration (s)'),
    measured('sampleRate', 'Tần số lấy mẫu (Hz)', 'Sample rate (Hz)'),
    measured('channels', 'Số kênh', 'Channels'),
    measured('loudnessLufs', 'Độ lớn (LUFS)', 'Integrated loudness (LUFS)'),
    measured('truePeakDbtp', 'Đỉnh thực (dBTP)', 'True peak (dBTP)'),
    { name: 'codec', type: 'text', label: { vi: 'Mã hóa', en: 'Codec' }, admin: { readOnly: true, position: 'sidebar' } },
    {
      // Set only by the server when it synthesises a read-out (src/speech/synthesiseClip): a caller
      // must not pass a recording off as synthetic or a synthetic one as a human recording.
      name: 'synthetic',
      type: 'group',
      label: { vi: 'Giọng đọc tổng hợp', en: 'Synthetic voice' },
      access: { create: () => false, update: () => false },
      admin: {
        condition: (data) => Boolean(data?.synthetic?.engine),
        description: { vi: 'Tệp này do máy đọc từ văn bản, không phải người ghi âm.', en: 'This file was synthesised from text, not recorded by a person.' },
      },
      fields: [
        { name: 'engine', type: 'text', label: { vi: 'Bộ đọc', en: 'Engine' }, admin: { readOnly: true } },
        { name: 'voice', type: 'text', label: { vi: 'Giọng', en: 'Voice' }, admin: { readOnly: true } },
        { name: 'spokenText', type: 'textarea', label: { vi: 'Văn bản đã đọc', en: 'Text spoken' }, admin: { readOnly: true } },
        { name: 'spokenHash', type: 'text', admin: { hidden: true } },
      ],
    },
  ],
}

/** The people who answer for what airs (approver), and who run the radio library (technician, admin). */
function mayLinkReadOutDirectly({ req }: Parameters<FieldAccess>[0]): boolean {
  return userHasRole(req.user, 'admin', 'approver', 'technician')
}
