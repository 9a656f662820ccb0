import { describe, expect, it } from 'vitest'
import { normaliseForSpeech } from '../../../src/speech/normalise'
import { DEFAULT_DICTIONARY } from '../../../src/speech/normalise/defaultDictionary'
import { integerWords, romanValue } from '../../../src/speech/normalise/numbers'
import type { FlaggedWord } from '../../../src/speech/types'
import { ABBREVIATIONS, BULLETINS, type Case, DATES, DOCUMENTS, MISC, NUMBERS, ORDINALS_AND_MONTHS, PHONES_AND_LINKS, ROMAN, TIMES, UNITS } from './normaliseCases'

const TABLES: Record<string, Case[]> = { ABBREVIATIONS, NUMBERS, DATES, TIMES, ORDINALS_AND_MONTHS, ROMAN, DOCUMENTS, UNITS, PHONES_AND_LINKS, MISC, BULLETINS }

describe('normaliseForSpeech: what the loudspeaker says', () => {
  for (const [name, cases] of Object.entries(TABLES)) {
    describe(name, () => {
      it.each(cases)('%s', (input, spoken) => {
        expect(normaliseForSpeech(input).spoken).toBe(spoken)
      })
    })
  }

  it('has at least 200 cases written from news sentences', () => {
    expect(Object.values(TABLES).flat().length).toBeGreaterThanOrEqual(200)
  })
})

/** Every flag points at exactly its word in `spoken`. */
function expectExactOffsets(spoken: string, flagged: FlaggedWord[]) {
  for (const flag of flagged) expect(spoken.slice(flag.start, flag.end)).toBe(flag.word)
}

type FlagCase = [input: string, spoken: string, flagged: Array<Pick<FlaggedWord, 'word' | 'start' | 'reason' | 'readings'>>]

const FLAGGED: FlagCase[] = [
  ['TT thông báo lịch tiếp dân.', 'TT thông báo lịch tiếp dân.', [{ word: 'TT', start: 0, reason: 'ambiguous', readings: ['thông tư', 'trung tâm', 'thị trấn'] }]],
  ['Theo UBND, TT sẽ mở cửa.', 'Theo ủy ban nhân dân, TT sẽ mở cửa.', [{ word: 'TT', start: 22, reason: 'ambiguous', readings: ['thông tư', 'trung tâm', 'thị trấn'] }]],
  ['Công ty CP Xây dựng 1.800 tỷ', 'Công ty CP Xây dựng một nghìn tám trăm tỷ', [{ word: 'CP', start: 8, reason: 'ambiguous', readings: ['chính phủ', 'cổ phần'] }]],
  ['Phòng VH-TT huyện.', 'Phòng VH-TT huyện.', [{ word: 'VH-TT', start: 6, reason: 'ambiguous', readings: ['văn hóa, thông tin', 'văn hóa, thể thao'] }]],
  ['Bệnh nhân ĐTĐ được khám.', 'Bệnh nhân ĐTĐ được khám.', [{ word: 'ĐTĐ', start: 10, reason: 'ambiguous', readings: ['đái tháo đường', 'điện thoại di động'] }]],
  ['Ông là CT xã.', 'Ông là CT xã.', [{ word: 'CT', start: 7, reason: 'ambiguous', readings: ['chỉ thị', 'chủ tịch', 'công ty'] }]],
  ['Tập đoàn FPT tài trợ.', 'Tập đoàn FPT tài trợ.', [{ word: 'FPT', start: 9, reason: 'unknown-abbreviation', readings: [] }]],
  ['Lúc 5h10, UBND và BQLDA họp.', 'Lúc năm giờ mười phút, ủy ban nhân dân và BQLDA họp.', [{ word: 'BQLDA', start: 42, reason: 'unknown-abbreviation', readings: [] }]],
  ['Đoàn công tác ĐCT làm việc với HĐND.', 'Đoàn công tác ĐCT làm việc với hội đồng nhân dân.', [{ word: 'ĐCT', start: 14, reason: 'unknown-abbreviation', readings: [] }]],
  ['Chương trình ƯDCN mới.', 'Chương trình ƯDCN mới.', [{ word: 'ƯDCN', start: 13, reason: 'unknown-abbreviation', readings: [] }]],
  ['Quyết định 12/QĐ-XYZ.', 'Quyết định mười hai trên quyết định XYZ.', [{ word: 'XYZ', start: 36, reason: 'unknown-abbreviation', readings: [] }]],
  [
    'Ngày 29/11/2026, TT và TP họp; ABC vắng.',
    'Ngày hai mươi chín tháng mười một năm hai nghìn không trăm hai mươi sáu, TT và thành phố họp; ABC vắng.',
    [
      { word: 'TT', start: 73, reason: 'ambiguous', readings: ['thông tư', 'trung tâm', 'thị trấn'] },
      { word: 'ABC', start: 94, reason: 'unknown-abbreviation', readings: [] },
    ],
  ],
  ['Đoạn một.\n\n  XYZ mở đầu.', 'Đoạn một.\nXYZ mở đầu.', [{ word: 'XYZ', start: 10, reason: 'unknown-abbreviation', readings: [] }]],
  ['HS đến trường', 'HS đến trường', [{ word: 'HS', start: 0, reason: 'ambiguous', readings: ['học sinh', 'hồ sơ'] }]],
]

describe('flagged words: shown to the editor, never guessed', () => {
  it.each(FLAGGED)('%s', (input, spoken, flagged) => {
    const result = normaliseForSpeech(input)
    expect(result.spoken).toBe(spoken)
    expect(result.flagged.map(({ word, start, reason, readings }) => ({ word, start, reason, readings }))).toEqual(flagged)
    expectExactOffsets(result.spoken, result.flagged)
    for (const flag of result.flagged) expect(flag.end).toBe(flag.start + flag.word.length)
  })

  it('headline words in capitals are words, not abbreviations', () => {
    expect(normaliseForSpeech('THÔNG BÁO KHẨN VỀ BÃO SỐ 3').flagged).toEqual([])
  })

  it('offsets stay exact in a long text with many replacements before the flag', () => {
    const text = 'Ngày 2/9/2026 lúc 7h30, UBND, HĐND, MTTQ huyện trao 1.250.000 đồng cho 98% hộ; 0912 345 678. TT VH-TT&TT phối hợp với TT xã. QWERTY'
    const result = normaliseForSpeech(text)
    expect(result.flagged.map((flag) => flag.word)).toEqual(['TT', 'QWERTY'])
    expectExactOffsets(result.spoken, result.flagged)
  })
})

describe('the dictionary', () => {
  it('matches whole words only and respects Vietnamese letters at the edges', () => {
    expect(normaliseForSpeech('UBNDX và XUBND, UBNDđ').spoken).toBe('UBNDX và XUBND, UBNDđ')
    // "HĐND" is not "HĐ" + "ND": the longest term wins, and "Đ" is a letter, not a boundary.
    expect(normaliseForSpeech('HĐND xã').spoken).toBe('hội đồng nhân dân xã')
  })

  it('is case-sensitive: "ubnd" or "Ubnd" are left as written', () => {
    expect(normaliseForSpeech('ubnd Ubnd UBND').spoken).toBe('ubnd Ubnd ủy ban nhân dân')
  })

  it("uses the centre's own entries instead of the built-in list", () => {
    const dictionary = [{ term: 'TTVH', readings: ['trung tâm văn hóa'] }, { term: 'UBND', readings: ['uỷ ban'] }]
    const result = normaliseForSpeech('TTVH và UBND, HĐND', { dictionary })
    expect(result.spoken).toBe('trung tâm văn hóa và uỷ ban, HĐND')
    expect(result.flagged).toEqual([{ word: 'HĐND', start: 29, end: 33, reason: 'unknown-abbreviation', readings: [] }])
  })

  it('an entry given two readings is flagged with both, and blank readings are ignored', () => {
    const dictionary = [{ term: 'UBND', readings: ['ủy ban nhân dân', 'ủy ban'] }, { term: 'TP', readings: ['thành phố', '   '] }]
    const result = normaliseForSpeech('UBND TP', { dictionary })
    expect(result.spoken).toBe('UBND thành phố')
    expect(result.flagged).toEqual([{ word: 'UBND', start: 0, end: 4, reason: 'ambiguous', readings: ['ủy ban nhân dân', 'ủy ban'] }])
  })

  it('the built-in list has 60+ entries, unique terms, none empty', () => {
    expect(DEFAULT_DICTIONARY.length).toBeGreaterThanOrEqual(60)
    expect(new Set(DEFAULT_DICTIONARY.map((entry) => entry.term)).size).toBe(DEFAULT_DICTIONARY.length)
    for (const entry of DEFAULT_DICTIONARY) {
      expect(entry.term.trim()).not.toBe('')
      expect(entry.readings.length).toBeGreaterThan(0)
      for (const reading of entry.readings) expect(reading.trim()).not.toBe('')
    }
  })
})

describe('links', () => {
  it("are left out by default and spelled when the station says 'spell'", () => {
    const text = 'Xem tại www.quangtri.gov.vn hoặc gửi thư về ttvh@gmail.com.'
    expect(normaliseForSpeech(text).spoken).toBe('Xem tại hoặc gửi thư về.')
    expect(normaliseForSpeech(text, { links: 'spell' }).spoken).toBe(
      'Xem tại vê kép vê kép vê kép chấm quy u a en nờ giê tê e rờ i chấm giê o vê chấm vê en nờ hoặc gửi thư về tê tê vê hát a còng giê em mờ a i e lờ chấm xê o em mờ.',
    )
  })

  it('spells the path and digits of a web address, without the https://', () => {
    expect(normaliseForSpeech('https://loa.vn/tin-1', { links: 'spell' }).spoken).toBe('e lờ o a chấm vê en nờ gạch chéo tê i en nờ gạch ngang một')
  })
})

describe('number words', () => {
  it.each([
    ['0', 'không'], ['4', 'bốn'], ['14', 'mười bốn'], ['24', 'hai mươi tư'], ['41', 'bốn mươi mốt'], ['55', 'năm mươi lăm'],
    ['205', 'hai trăm linh năm'], ['1001', 'một nghìn không trăm linh một'], ['2026', 'hai nghìn không trăm hai mươi sáu'],
    ['1000000', 'một triệu'], ['1000000000', 'một tỷ'], ['1200000000', 'một tỷ hai trăm triệu'], ['1000000005', 'một tỷ không trăm linh năm'],
  ])('%s → %s', (digits, words) => {
    expect(integerWords(digits)).toBe(words)
  })

  it('knows Roman numerals and refuses what is not one', () => {
    expect([romanValue('XIV'), romanValue('XIII'), romanValue('IV'), romanValue('MCMXC')]).toEqual([14, 13, 4, 1990])
    expect([romanValue('IIII'), romanValue('VX'), romanValue('ABC'), romanValue('')]).toEqual([undefined, undefined, undefined, undefined])
  })
})

describe('robustness', () => {
  /** A small deterministic generator, so a failure can be replayed. */
  function* pieces(seed: number) {
    const alphabet = ['UBND', 'TT', 'ABC', 'XIV', 'khóa', 'thứ', 'tháng', 'ngày', ' ', ' ', '\n', '-', '–', '/', '.', ',', '%', '&', '(', ')', '0', '1', '4', '5', '9', '12', '2026', 'h', 'g', ':', "'", 'km', 'ha', 'm²', '°C', 'đ', 'www.', 'gov', '.vn', '@', 'a', 'Đ', 'Ư', '−']
    let state = seed
    for (;;) {
      state = (state * 1103515245 + 12345) % 2 ** 31
      yield alphabet[state % alphabet.length]
    }
  }

  it('never throws, never leaves a flag pointing elsewhere, on 2 000 random texts', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const generator = pieces(seed)
      const text = Array.from({ length: 40 }, () => generator.next().value).join('')
      for (const links of ['skip', 'spell'] as const) {
        const result = normaliseForSpeech(text, { links })
        expectExactOffsets(result.spoken, result.flagged)
        expect(result.spoken).toBe(result.spoken.trim())
      }
    }
  })

  it('reads a 20 000-character article quickly', () => {
    const paragraph = 'Ngày 29/11/2026, UBND huyện tổ chức hội nghị lúc 7h30 với 1.250 đại biểu; tỷ lệ đạt 98,5%, kinh phí 15 tỷ đồng theo Quyết định 1234/QĐ-UBND. Liên hệ 0912 345 678 hoặc www.huyen.gov.vn. TT thông báo.\n'
    const text = paragraph.repeat(Math.ceil(20_000 / paragraph.length)).slice(0, 20_000)
    const started = performance.now()
    const result = normaliseForSpeech(text)
    expect(performance.now() - started).toBeLessThan(1_000)
    expect(result.flagged.length).toBeGreaterThan(50)
  })

  it.each([
    ['dotted digits', '1.'.repeat(10_000)],
    ['line after line', 'a\n'.repeat(10_000)],
    ['dashes', '- '.repeat(10_000)],
    ['numbers', '1 '.repeat(10_000)],
    ['capitals', 'AB '.repeat(6_666)],
    ['addresses', 'a.vn '.repeat(4_000)],
  ])('stays fast on 20 000 characters of %s', (_name, text) => {
    const started = performance.now()
    normaliseForSpeech(text)
    expect(performance.now() - started).toBeLessThan(1_000)
  })
})
