import { describe, expect, it } from 'vitest'
import { splitText } from '../../../src/speech/splitText'

const S1 = 'UBND huyện tổ chức hội nghị tổng kết năm.'
const S2 = 'Đồng chí Chủ tịch phát biểu chỉ đạo!'
const S3 = 'Người dân có hài lòng không?'

describe('splitText', () => {
  const cases: { name: string; text: string; max: number; parts: string[] }[] = [
    { name: 'empty text: no parts', text: '   ', max: 50, parts: [] },
    { name: 'fits: one part, spaces tidied', text: `  ${S1}   ${S2} `, max: 500, parts: [`${S1} ${S2}`] },
    { name: 'sentences packed while they fit', text: `${S1} ${S2} ${S3}`, max: S1.length + 1 + S2.length, parts: [`${S1} ${S2}`, S3] },
    { name: 'one sentence per part when two do not fit', text: `${S1} ${S2} ${S3}`, max: 42, parts: [S1, S2, S3] },
    { name: 'a line break ends a sentence (headline without a full stop)', text: 'Tin nóng trong ngày\nMưa lớn gây ngập tại xã Tân Phú.', max: 40, parts: ['Tin nóng trong ngày', 'Mưa lớn gây ngập tại xã Tân Phú.'] },
    { name: '… and a closing quote after the stop stays with its sentence', text: 'Ông nói: “Chúng tôi sẽ làm ngay.” Sau đó ông rời đi.', max: 35, parts: ['Ông nói: “Chúng tôi sẽ làm ngay.”', 'Sau đó ông rời đi.'] },
    { name: 'thousands dots and document numbers do not end sentences', text: 'Hỗ trợ 1.800 hộ theo Nghị định 61/2018/NĐ-CP. Xong.', max: 46, parts: ['Hỗ trợ 1.800 hộ theo Nghị định 61/2018/NĐ-CP.', 'Xong.'] },
    { name: 'decimal comma is not a clause break', text: 'Tăng 2,5 lần so với cùng kỳ năm ngoái và vượt kế hoạch, đạt 98%.', max: 56, parts: ['Tăng 2,5 lần so với cùng kỳ năm ngoái và vượt kế hoạch,', 'đạt 98%.'] },
    {
      name: 'a sentence longer than the limit splits at commas',
      text: 'Tham dự có lãnh đạo huyện, các phòng ban, đại diện các xã, thị trấn và đông đảo nhân dân.',
      max: 40,
      parts: ['Tham dự có lãnh đạo huyện,', 'các phòng ban, đại diện các xã,', 'thị trấn và đông đảo nhân dân.'],
    },
    {
      name: 'a clause longer than the limit splits at spaces, never mid-word',
      text: 'Chương trình phát thanh buổi sáng hôm nay gồm các tin tức thời sự quan trọng nhất',
      max: 30,
      parts: ['Chương trình phát thanh buổi', 'sáng hôm nay gồm các tin tức', 'thời sự quan trọng nhất'],
    },
    { name: 'a single word longer than the limit is kept whole', text: 'Xem https://ubnd.example.gov.vn/tin-tuc/bai-viet-rat-dai ngay.', max: 20, parts: ['Xem', 'https://ubnd.example.gov.vn/tin-tuc/bai-viet-rat-dai', 'ngay.'] },
    { name: 'semicolons break clauses too', text: 'Thứ nhất, làm đường; thứ hai, xây trường; thứ ba, lát vỉa hè.', max: 25, parts: ['Thứ nhất, làm đường;', 'thứ hai, xây trường;', 'thứ ba, lát vỉa hè.'] },
  ]
  for (const { name, text, max, parts } of cases) {
    it(name, () => {
      expect(splitText(text, max)).toEqual(parts)
    })
  }

  it('keeps every word, in order, and no part exceeds the limit (a long article, several limits)', () => {
    const article = Array.from({ length: 60 }, (_, i) => `Câu số ${i + 1}, về công tác chuyển đổi số và cải cách hành chính tại xã, đạt kết quả tích cực trong tháng.`).join(' ')
    for (const max of [40, 120, 500, 1980, 5000]) {
      const parts = splitText(article, max)
      expect(parts.every((p) => p.length <= max)).toBe(true)
      expect(parts.join(' ').split(/\s+/)).toEqual(article.split(/\s+/))
      if (max >= 120) expect(parts.every((p) => /[.]$/.test(p)), `limit ${max}: parts end at sentence ends`).toBe(true)
    }
  })

  it('refuses a limit that is not a positive integer', () => {
    expect(() => splitText('abc', 0)).toThrow(RangeError)
    expect(() => splitText('abc', 2.5)).toThrow(RangeError)
  })
})
