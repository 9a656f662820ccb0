import type { CollectionConfig } from 'payload'
import { isStaff, userHasRole } from '../access/roles'
import type { Access } from 'payload'
import { readingProblem, termProblem } from '../speech/normalise/validate'

/** Leaders and the radio side answer for what the voice says on air; editors read the list. */
const mayEditDictionary: Access = ({ req }) => userHasRole(req.user, 'admin', 'approver', 'technician')

/**
 * Từ điển viết tắt: how the read-out voice reads an abbreviation (src/speech/normalise). An entry
 * with two or more readings is never guessed: the editor is shown it and chooses.
 */
export const SpeechDictionary: CollectionConfig = {
  slug: 'speech-dictionary',
  labels: { singular: { vi: 'Từ viết tắt', en: 'Abbreviation' }, plural: { vi: 'Từ điển đọc', en: 'Speech dictionary' } },
  admin: { useAsTitle: 'term', defaultColumns: ['term', 'readings'], group: { vi: 'Truyền thanh', en: 'Radio' } },
  access: { read: isStaff, create: mayEditDictionary, update: mayEditDictionary, delete: mayEditDictionary },
  fields: [
    {
      name: 'term',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Từ viết tắt', en: 'Abbreviation' },
      admin: { description: { vi: 'Viết đúng như trong bài, phân biệt chữ hoa, ví dụ UBND, VH-TT&TT.', en: 'As written in articles, case-sensitive.' } },
      validate: (value: unknown) => termProblem(value) ?? true,
    },
    {
      name: 'readings',
      type: 'array',
      required: true,
      minRows: 1,
      label: { vi: 'Cách đọc', en: 'Readings' },
      labels: { singular: { vi: 'Cách đọc', en: 'Reading' }, plural: { vi: 'Cách đọc', en: 'Readings' } },
      admin: { description: { vi: 'Nhiều cách đọc: máy không đoán, biên tập viên sẽ chọn.', en: 'More than one reading: the editor chooses.' } },
      fields: [{ name: 'reading', type: 'text', required: true, label: { vi: 'Đọc là', en: 'Read as' }, validate: (value: unknown) => readingProblem(value) ?? true }],
    },
    { name: 'note', type: 'text', label: { vi: 'Ghi chú', en: 'Note' } },
  ],
}
