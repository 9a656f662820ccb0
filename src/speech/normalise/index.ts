import type { DictionaryEntry, FlaggedWord, FlagReason, LinkReading, NormaliseOptions, NormaliseResult } from '../types'
import { DEFAULT_DICTIONARY } from './defaultDictionary'
import { spellLink } from './links'
import { digitByDigit, fractionWords, integerWords, monthWords, numberWords, ordinalWords, romanValue } from './numbers'
import { usableEntries } from './validate'

/**
 * Article text → what the loudspeaker should say. Pure: no I/O, no clock.
 *
 * One pass from left to right. At each position the first rule that fits decides what is said for
 * the characters it covers; everything else is copied (whitespace collapsed, line breaks kept as one
 * "\n", punctuation kept because the voices pause on it). Because the spoken text is built in one
 * go, the offsets of flagged words are simply where they were appended.
 *
 * Rules, in the order they are tried where a number starts: links, phone numbers, document numbers
 * (61/2018/NĐ-CP), dates (29/11/2026, 29-11-2026), month/year (11/2026), times (5h10, 17h00, 7:30),
 * day/month (ngày 2/9) or fractions (2/3), then plain numbers with ranges (7–9, 10-15%) and units.
 * Words: links, dictionary terms (longest first, whole words, case-sensitive), Roman numerals after
 * "khóa", "Đại hội", "quý", "thứ"…, unknown all-capital words (flagged), anything else as written.
 *
 * Document numbers are read part by part with "trên" for each "/" (as vinorm reads slashes), the
 * symbol through the dictionary: "61/2018/NĐ-CP" → "sáu mươi mốt trên hai nghìn không trăm mười
 * tám trên nghị định chính phủ". Unambiguous, and the listener can write it down.
 */
export function normaliseForSpeech(text: string, options: NormaliseOptions = {}): NormaliseResult {
  const dictionary = buildDictionary(options.dictionary ?? DEFAULT_DICTIONARY)
  return new Normaliser(text.normalize('NFC'), dictionary, options.links ?? 'skip').run()
}

export { DEFAULT_DICTIONARY }

// ─── Characters ──────────────────────────────────────────────────────────────────────────────────

const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{M}]/u.test(c)
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
const isWordChar = (c: string | undefined) => isLetter(c) || isDigit(c)

/** A Vietnamese syllable (lowercase): all-capital words that are syllables are headline words, not abbreviations. */
const VOWEL = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[${VOWEL}]{1,3}(?:ch|ng|nh|[cmnpt])?$`, 'u')
const isSyllable = (word: string) => SYLLABLE.test(word.toLowerCase())

// ─── Dictionary ──────────────────────────────────────────────────────────────────────────────────

type Dictionary = Map<string, DictionaryEntry[]>

/** Terms by first character, longest first, so "TP.HCM" wins over "TP" and "VH-TT&TT" over "VH-TT". */
function buildDictionary(entries: DictionaryEntry[]): Dictionary {
  const byTerm = new Map<string, DictionaryEntry>()
  for (const entry of usableEntries(entries)) byTerm.set(entry.term, entry)
  const index: Dictionary = new Map()
  for (const entry of byTerm.values()) {
    const list = index.get(entry.term[0]) ?? []
    list.push(entry)
    index.set(entry.term[0], list)
  }
  for (const list of index.values()) list.sort((a, b) => b.term.length - a.term.length)
  return index
}

/** In a document symbol the first part is the kind of document and later parts the issuer: "TT" there is always "thông tư". */
const DOCUMENT_KINDS: Record<string, string> = {
  NĐ: 'nghị định', QĐ: 'quyết định', TT: 'thông tư', NQ: 'nghị quyết', CT: 'chỉ thị', KH: 'kế hoạch', TB: 'thông báo',
  CV: 'công văn', BC: 'báo cáo', HD: 'hướng dẫn', TTr: 'tờ trình', QC: 'quy chế', QyĐ: 'quy định', KL: 'kết luận', CĐ: 'công điện', L: 'luật',
}
const ISSUERS: Record<string, string> = {
  CP: 'chính phủ', TTg: 'thủ tướng', TU: 'tỉnh ủy', HU: 'huyện ủy', ĐU: 'đảng ủy', TW: 'trung ương', BCT: 'bộ chính trị', BBT: 'ban bí thư',
  VPCP: 'văn phòng chính phủ', BTC: 'bộ tài chính', BCA: 'bộ công an', BQP: 'bộ quốc phòng', BNN: 'bộ nông nghiệp', BXD: 'bộ xây dựng',
  BTNMT: 'bộ tài nguyên và môi trường', BNNPTNT: 'bộ nông nghiệp và phát triển nông thôn', BLĐTBXH: 'bộ lao động, thương binh và xã hội',
  SNV: 'sở nội vụ', STTTT: 'sở thông tin và truyền thông', VP: 'văn phòng', UBMTTQ: 'ủy ban mặt trận tổ quốc',
}

// ─── Units and words around numbers ──────────────────────────────────────────────────────────────

const UNITS: Array<[string, string]> = (
  [
    ['km/h', 'ki lô mét trên giờ'], ['km²', 'ki lô mét vuông'], ['km2', 'ki lô mét vuông'], ['m²', 'mét vuông'], ['m2', 'mét vuông'],
    ['m³', 'mét khối'], ['m3', 'mét khối'], ['m/s', 'mét trên giây'], ['ha', 'héc ta'], ['km', 'ki lô mét'], ['kg', 'ki lô gam'],
    ['cm', 'xen ti mét'], ['mm', 'mi li mét'], ['ml', 'mi li lít'], ['mg', 'mi li gam'], ['kWh', 'ki lô oát giờ'], ['kW', 'ki lô oát'],
    ['MW', 'mê ga oát'], ['°C', 'độ C'], ['℃', 'độ C'], ['°', 'độ'], ['m', 'mét'], ['g', 'gam'], ['đ', 'đồng'], ['VNĐ', 'đồng'],
    ['VND', 'đồng'], ['vnđ', 'đồng'], ['USD', 'đô la Mỹ'], ['%', 'phần trăm'],
  ] as Array<[string, string]>
).sort((a, b) => b[0].length - a[0].length)

/** "7.500 đồng/kg" → "… đồng một ki lô gam": what may follow a "/" after a unit or a word. */
const PER_UNITS: Record<string, string> = {
  kg: 'ki lô gam', ha: 'héc ta', m2: 'mét vuông', 'm²': 'mét vuông', m3: 'mét khối', 'm³': 'mét khối', km: 'ki lô mét', l: 'lít', m: 'mét',
  h: 'giờ', tấn: 'tấn', tạ: 'tạ', tháng: 'tháng', năm: 'năm', ngày: 'ngày', người: 'người', hộ: 'hộ', giờ: 'giờ', lít: 'lít', con: 'con',
  suất: 'suất', lượt: 'lượt', chiếc: 'chiếc', học: 'học', ca: 'ca', vụ: 'vụ', sào: 'sào', công: 'công', phần: 'phần', bao: 'bao',
}

/** Words after which a day/month pair is a date, not a fraction ("ngày 2/9", "từ 15/10"). */
const DATE_WORDS = new Set(['ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'từ', 'đến', 'tới', 'và', 'trước', 'sau', 'hết', 'hạn', 'lúc', 'vào', 'mùng', 'mồng'])
/** "gọi 114", "tổng đài 113", "đường dây nóng 111, 115" (the list may go on after commas). */
const HOTLINE_BEFORE = /(?:gọi|tổng đài|đường dây nóng|số điện thoại|số khẩn cấp|hotline)[^.!?\n]{0,24}$/iu
/** Words naming a day: after them "29-11" is a date. */
const DAY_WORDS = new Set(['ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'rạng sáng', 'mùng', 'mồng'])
/** Words after which a Roman numeral is a number ("khóa XIV", "Đại hội XIII", "quý IV", "lần thứ XVII"). */
const ROMAN_WORDS = new Set(['khóa', 'khoá', 'đại hội', 'quốc hội', 'quý', 'thế kỷ', 'thế kỉ', 'chương', 'phần', 'mục', 'thứ', 'lần', 'giai đoạn', 'kỳ', 'kì', 'tập', 'hạng', 'loại', 'đợt', 'phiên', 'vòng', 'cấp', 'nhóm', 'khu vực', 'quân khu'])
const KEYWORD_BEFORE = /(?:^|[^\p{L}\p{M}])(rạng sáng|đại hội|quốc hội|thế kỷ|thế kỉ|giai đoạn|khu vực|quân khu|[\p{L}\p{M}]+)[ \t\u00a0]+$/iu

// ─── Sticky patterns tried where a number starts ─────────────────────────────────────────────────

const PHONE = /(?:\(0\d{2,3}\)[ .]?\d{3,4}[ .]?\d{3,4}|0\d{2,3}[. ]\d{3,4}[. ]\d{3,4}|0\d{3}[. ]\d{6}|0\d{9,10}|1[89]00[. ]?\d{2}[. ]?\d{2}|1[89]00[. ]?\d{4})(?![\d\p{L}])/uy
const DOCUMENT = /(\d{1,6})([\/-])(?:(\d{4})\/)?([\p{Lu}][\p{L}\d&]*(?:[.\/-][\p{L}\d&]+)*)/uy
const DATE = /(\d{1,2})([\/.-])(\d{1,2})\2(\d{4})(?!\d)/y
const MONTH_YEAR = /(\d{1,2})[\/-](\d{4})(?![\d\/])/y
const TIME = /(\d{1,2})(?:(h)(\d{2})?|(g)(\d{2})|(:)(\d{2}))(?:'|’|p(?![\p{L}]))?(?![\p{L}\p{N}]|[:.,]\d)/uy
const DAY_MONTH_DASH = /(\d{1,2})-(\d{1,2})(?![\d\/.-])/y
const DAY_MONTH = /(\d{1,2})\/(\d{1,2})(?![\d\/])/y
const NUMBER = /(\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,(\d+)|\.(\d{1,2})(?![\d.]))?/y
const RANGE_DASH = /[ \t]*[-–—][ \t]*(?=\d)/y
const URL = /(?:https?:\/\/|www\.)[^\s<>"'“”]+/iy
const EMAIL = /[\p{L}\d._%+-]+@[a-z\d-]+(?:\.[a-z\d-]+)+/iuy
const DOMAIN = /[a-z\d][a-z\d-]*(?:\.[a-z\d-]+)*\.(?:vn|com|net|org|gov|edu|info|io)(?:\/[^\s<>"'“”]*)?(?![\p{L}\p{N}])/iuy

const MAX_LINK_CHARS = 300

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

/** Links end before the sentence's own punctuation. */
function trimLink(link: string): string {
  let end = link.length
  while (end > 0 && /[.,;:!?)\]]/.test(link[end - 1])) end--
  return link.slice(0, end)
}

class Normaliser {
  private out = ''
  private flagged: FlaggedWord[] = []
  private i = 0

  constructor(
    private readonly text: string,
    private readonly dictionary: Dictionary,
    private readonly links: LinkReading,
  ) {}

  run(): NormaliseResult {
    const { text } = this
    while (this.i < text.length) {
      const c = text[this.i]
      if (/\s/.test(c)) {
        this.whitespace()
        continue
      }
      const wordStart = !isWordChar(text[this.i - 1])
      if (wordStart && (isLetter(c) || isDigit(c)) && this.link()) continue
      if (isDigit(c) && !isDigit(text[this.i - 1]) && this.number()) continue
      if ((c === '-' || c === '−') && isDigit(text[this.i + 1]) && this.negative()) continue
      if (isLetter(c) && wordStart) {
        this.word()
        continue
      }
      if (c === '%') {
        this.space()
        this.say('phần trăm')
        this.i++
        continue
      }
      if (c === '(' && isDigit(text[this.i + 1]) && this.phone()) continue
      if (c === '&' && /\s/.test(text[this.i - 1] ?? ' ') && /\s/.test(text[this.i + 1] ?? ' ')) {
        this.say('và')
        this.i++
        continue
      }
      if (c === '/' && isLetter(text[this.i - 1]) && this.perUnit()) continue
      this.say(c)
      this.i++
    }
    return { spoken: this.out.trimEnd(), flagged: this.flagged }
  }

  // ─── Output ────────────────────────────────────────────────────────────────────────────────────

  private say(words: string) {
    this.out += words
  }

  /** A space unless at the start or after a space, line break or opening bracket. */
  private space() {
    if (this.out === '' || /[\s(\[“"‘]/.test(this.out[this.out.length - 1])) return
    this.out += ' '
  }

  /** Looks at the end only: the spoken text grows to tens of thousands of characters. */
  private trimTrailingSpaces() {
    let end = this.out.length
    while (end > 0 && (this.out[end - 1] === ' ' || this.out[end - 1] === '\t')) end--
    if (end < this.out.length) this.out = this.out.slice(0, end)
  }

  private flag(word: string, reason: FlagReason, readings: string[]) {
    const start = this.out.length
    this.out += word
    this.flagged.push({ word, start, end: start + word.length, reason, readings })
  }

  private whitespace() {
    let end = this.i
    let newline = false
    while (end < this.text.length && /\s/.test(this.text[end])) {
      if (this.text[end] === '\n') newline = true
      end++
    }
    this.i = end
    if (this.out === '') return
    if (newline) {
      this.trimTrailingSpaces()
      if (!this.out.endsWith('\n')) this.out += '\n'
    } else this.space()
  }

  /** The word before position `at` in the source, lowercased ("tháng", "thứ", "đại hội"…). */
  private keywordBefore(at: number): string | undefined {
    const head = this.text.slice(Math.max(0, at - 24), at)
    return KEYWORD_BEFORE.exec(head)?.[1]?.toLowerCase()
  }

  // ─── Links ─────────────────────────────────────────────────────────────────────────────────────

  private link(): boolean {
    // Addresses are short: matching on a window keeps "1.1.1.1…" from being rescanned at every digit.
    const window = this.text.slice(this.i, this.i + MAX_LINK_CHARS)
    const match = stickyAt(URL, window, 0) ?? stickyAt(EMAIL, window, 0) ?? stickyAt(DOMAIN, window, 0)
    if (!match) return false
    const link = trimLink(match[0])
    if (!link.includes('.')) return false
    this.i += link.length
    if (this.links === 'spell') {
      this.space()
      this.say(spellLink(link))
    } else {
      // "Xem tại: www…." → "Xem tại." — the colon announced what is no longer said.
      this.trimTrailingSpaces()
      if (this.out.endsWith(':')) this.out = this.out.slice(0, -1)
      this.trimTrailingSpaces()
    }
    return true
  }

  // ─── Numbers ───────────────────────────────────────────────────────────────────────────────────

  private negative(): boolean {
    // "-5°C", "(-3%)": a sign after a space or bracket; "5 - 7" is a range (read by number()).
    const previous = this.text[this.i - 1]
    if (previous !== undefined && !/[\s(\[:]/.test(previous)) return false
    if (/[\d%]$/.test(this.text.slice(Math.max(0, this.i - 16), this.i).trimEnd())) return false
    const match = stickyAt(NUMBER, this.text, this.i + 1)
    if (!match) return false
    this.space()
    this.say('âm ')
    this.i++
    return this.number()
  }

  private number(): boolean {
    const { text } = this
    const at = this.i
    if (isLetter(text[at - 1])) this.space()
    const keyword = this.keywordBefore(at)

    if (this.phone()) return true

    const doc = stickyAt(DOCUMENT, text, at)
    if (doc && this.document(doc)) return true

    const date = stickyAt(DATE, text, at)
    if (date && validDay(+date[1], +date[3])) {
      if (keyword !== 'ngày') this.say('ngày ')
      this.say(`${numberWords(+date[1])} tháng ${monthWords(+date[3])} năm ${integerWords(date[4])}`)
      this.i += date[0].length
      return true
    }

    const monthYear = stickyAt(MONTH_YEAR, text, at)
    if (monthYear && keyword === 'quý') {
      this.say(`${numberWords(+monthYear[1])} năm ${integerWords(monthYear[2])}`)
      this.i += monthYear[0].length
      return true
    }
    if (monthYear && +monthYear[1] >= 1 && +monthYear[1] <= 12 && keyword !== 'số') {
      if (keyword !== 'tháng') this.say('tháng ')
      this.say(`${monthWords(+monthYear[1])} năm ${integerWords(monthYear[2])}`)
      this.i += monthYear[0].length
      return true
    }

    if (this.time()) return true

    // Some papers write dates with a dash: "sáng 29-11", "ngày 3-4". After a day word that is a date, not a range.
    const dashDate = stickyAt(DAY_MONTH_DASH, text, at)
    if (dashDate && keyword !== undefined && DAY_WORDS.has(keyword) && validDay(+dashDate[1], +dashDate[2])) {
      if (keyword !== 'ngày' && keyword !== 'mùng' && keyword !== 'mồng') this.say('ngày ')
      this.say(`${numberWords(+dashDate[1])} tháng ${monthWords(+dashDate[2])}`)
      this.i += dashDate[0].length
      return true
    }

    const dayMonth = stickyAt(DAY_MONTH, text, at)
    if (dayMonth) {
      const [a, b] = [+dayMonth[1], +dayMonth[2]]
      const dateWord = keyword !== undefined && DATE_WORDS.has(keyword)
      // "Quốc khánh 2/9." is a date, "2/3 số hộ" a fraction: a fraction goes on into its noun.
      const endsPhrase = /^(?:\s*$|\s*[.,;:!?()\n]|\s+(?:năm|âm lịch|dương lịch|hằng năm)(?![\p{L}]))/u.test(text.slice(at + dayMonth[0].length, at + dayMonth[0].length + 16))
      if (validDay(a, b) && (dateWord || a >= b || endsPhrase)) {
        if (keyword !== 'ngày' && keyword !== 'mùng' && keyword !== 'mồng') this.say('ngày ')
        this.say(`${numberWords(a)} tháng ${monthWords(b)}`)
      } else if (b > 0 && a < b && b <= 10) {
        this.say(`${numberWords(a)} phần ${b === 4 ? 'tư' : numberWords(b)}`)
      } else {
        this.say(`${integerWords(dayMonth[1])} trên ${integerWords(dayMonth[2])}`)
      }
      this.i += dayMonth[0].length
      this.unit()
      return true
    }

    // "11 giờ 00" is said "mười một giờ".
    if (keyword === 'giờ' && /^00(?![\d.,:])/.test(text.slice(at, at + 3))) {
      this.trimTrailingSpaces()
      this.i += 2
      return true
    }

    // Emergency lines 111–115 are said digit by digit ("gọi một một bốn"); "115 hộ" is a number.
    const hotline = /^11[1-5](?!\d|[.,]\d)/.exec(text.slice(at, at + 5))
    if (hotline && HOTLINE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) {
      this.say(digitByDigit(hotline[0]))
      this.i += 3
      return true
    }

    const first = this.plainNumber(at, keyword)
    if (!first) return false
    this.say(first.words)
    this.i = first.end
    const dash = stickyAt(RANGE_DASH, text, this.i)
    if (dash) {
      const afterDash = this.i + dash[0].length
      // "7h30-9h", "7-9h": the end of a range may be a time.
      this.i = afterDash
      this.say(' đến ')
      if (!this.time()) {
        const second = this.plainNumber(afterDash, keyword)
        if (second) {
          this.say(second.words)
          this.i = second.end
        }
      }
    }
    // "số 12/2024", "15/20 xã": a ratio or a number with its year, read with "trên".
    while (!first.decimal && text[this.i] === '/' && isDigit(text[this.i + 1])) {
      const next = this.plainNumber(this.i + 1, undefined)
      if (!next) break
      this.say(` trên ${next.words}`)
      this.i = next.end
    }
    this.unit()
    if (isLetter(text[this.i])) this.say(' ')
    return true
  }

  /** "0232.3822.123", "(0232) 3822 123", "0912 345 678", "1900 1234": digit by digit, in the groups written. */
  private phone(): boolean {
    const phone = stickyAt(PHONE, this.text, this.i)
    if (!phone) return false
    const groups = phone[0].split(/[^\d]+/).filter(Boolean)
    const parts = groups.length > 1 ? groups : splitPhone(groups[0])
    this.say(parts.map(digitByDigit).join(', '))
    this.i += phone[0].length
    return true
  }

  /** A number at `at` in words, as the word before asks ("tháng tư", "thứ nhất", "hạng nhì"). */
  private plainNumber(at: number, keyword: string | undefined): { words: string; end: number; decimal: boolean } | undefined {
    const match = stickyAt(NUMBER, this.text, at)
    if (!match) return undefined
    const [whole, integer, commaFraction, dotFraction] = match
    const digits = integer.replace(/\./g, '')
    const end = at + whole.length
    // "Cách mạng công nghiệp 4.0", "phiên bản 2.0": said "bốn chấm không".
    if (dotFraction !== undefined) {
      if (dotFraction === '0') return { words: `${integerWords(digits)} chấm không`, end, decimal: true }
      return { words: `${integerWords(digits)} phẩy ${fractionWords(dotFraction)}`, end, decimal: true }
    }
    if (commaFraction !== undefined) return { words: `${integerWords(digits)} phẩy ${fractionWords(commaFraction)}`, end, decimal: true }
    const value = Number(digits)
    if (keyword === 'tháng' && value >= 1 && value <= 12) return { words: monthWords(value), end, decimal: false }
    if (keyword === 'thứ' && value >= 1 && value <= 99) return { words: ordinalWords(value), end, decimal: false }
    if (keyword === 'hạng' && value >= 1 && value <= 3) return { words: ['nhất', 'nhì', 'ba'][value - 1], end, decimal: false }
    return { words: integerWords(digits), end, decimal: false }
  }

  /** "5h10" năm giờ mười phút, "17h00" mười bảy giờ, "7h30'" bảy giờ ba mươi phút, "14g30", "7:30". */
  private time(): boolean {
    const match = stickyAt(TIME, this.text, this.i)
    if (!match) return false
    const hours = +match[1]
    const minutes = match[3] ?? match[5] ?? match[7]
    if (hours > 24 || (minutes !== undefined && +minutes > 59)) return false
    this.say(`${numberWords(hours)} giờ`)
    if (minutes !== undefined && +minutes > 0) this.say(` ${integerWords(minutes)} phút`)
    this.i += match[0].length
    const dash = stickyAt(RANGE_DASH, this.text, this.i)
    if (dash) {
      const back = this.i
      this.i += dash[0].length
      const before = this.out
      this.say(' đến ')
      if (!this.time()) {
        this.i = back
        this.out = before
      }
    }
    return true
  }

  /** A unit right after a number (with or without a space): "5 ha", "98%", "32°C", "50.000đ". */
  private unit() {
    const { text } = this
    const gap = text[this.i] === ' ' ? 1 : 0
    for (const [unit, reading] of UNITS) {
      if (!text.startsWith(unit, this.i + gap)) continue
      const next = text[this.i + gap + unit.length]
      if (isWordChar(next) && unit !== '%') continue
      this.say(` ${reading}`)
      this.i += gap + unit.length
      if (text[this.i] === '/' && this.perUnit()) return
      return
    }
  }

  /** "đồng/kg" → "đồng một ki lô gam", "tạ/ha" → "tạ một héc ta", "người/ngày". */
  private perUnit(): boolean {
    const match = /^\/([\p{L}\p{M}\d²³]+)/u.exec(this.text.slice(this.i, this.i + 12))
    if (!match || isWordChar(this.text[this.i + match[0].length])) return false
    const reading = PER_UNITS[match[1]]
    if (!reading) return false
    this.say(` một ${reading}`)
    this.i += match[0].length
    return true
  }

  /** "61/2018/NĐ-CP", "số 1234/QĐ-UBND", "26-NQ/TW", "15/2023/QH15". */
  private document(match: RegExpExecArray): boolean {
    const [, number, separator, year, rawSymbol] = match
    const symbol = rawSymbol.replace(/\.+$/, '')
    // "7-CP" is rare; "5-Điện Biên" is not a document: a dash needs a slash or a known symbol after it.
    const parts = symbol.split(/[-\/.]/)
    if (separator === '-' && !symbol.includes('/') && !this.lookup(symbol)) return false
    if (!parts.every((part) => /^[\p{Lu}\d][\p{L}\d&]*$/u.test(part) && /\p{Lu}/u.test(part))) return false
    this.say(integerWords(number))
    this.say(separator === '/' ? ' trên ' : ' ')
    if (year) this.say(`${integerWords(year)} trên `)
    const whole = this.lookup(symbol)
    if (whole && whole.readings.length === 1) this.say(whole.readings[0])
    else {
      // biome-ignore lint/suspicious/useIterableCallbackReturn: each `return` ends this part early; say() and flag() return nothing
      parts.forEach((part, index) => {
        if (index > 0) this.say(' ')
        const reading = index === 0 ? DOCUMENT_KINDS[part] : ISSUERS[part]
        if (reading) return this.say(reading)
        const congress = /^QH(\d+)$/.exec(part)
        if (congress) return this.say(`quốc hội khóa ${integerWords(congress[1])}`)
        const entry = this.lookup(part)
        if (entry?.readings.length === 1) return this.say(entry.readings[0])
        if (entry) return this.flag(part, 'ambiguous', entry.readings)
        if (/^\d+$/.test(part)) return this.say(integerWords(part))
        this.flag(part, 'unknown-abbreviation', [])
      })
    }
    this.i += number.length + 1 + (year ? year.length + 1 : 0) + symbol.length
    return true
  }

  private lookup(term: string): DictionaryEntry | undefined {
    return this.dictionary.get(term[0])?.find((entry) => entry.term === term)
  }

  // ─── Words ─────────────────────────────────────────────────────────────────────────────────────

  /** The longest dictionary term written at the current position, ending at a word boundary. */
  private dictionaryMatch(): DictionaryEntry | undefined {
    const { text, i } = this
    for (const entry of this.dictionary.get(text[i]) ?? []) {
      if (!text.startsWith(entry.term, i)) continue
      const next = text[i + entry.term.length]
      const last = entry.term[entry.term.length - 1]
      // "QL1A": a term may run into the number it names.
      if (isWordChar(next) && !(isLetter(last) && isDigit(next))) continue
      if (next === '&') continue
      return entry
    }
    return undefined
  }

  private word() {
    const { text } = this
    const entry = this.dictionaryMatch()
    if (entry) {
      if (entry.readings.length === 1) this.say(entry.readings[0])
      else this.flag(entry.term, 'ambiguous', entry.readings)
      this.i += entry.term.length
      if (isDigit(text[this.i])) this.say(' ')
      return
    }
    const token = /[\p{L}\p{M}][\p{L}\p{M}\d]*/uy
    token.lastIndex = this.i
    const word = token.exec(text)![0]
    const roman = romanValue(word)
    const keyword = this.keywordBefore(this.i)
    if (roman !== undefined && keyword !== undefined && ROMAN_WORDS.has(keyword)) {
      if (keyword === 'thứ') this.say(ordinalWords(roman))
      else if (keyword === 'hạng' && roman <= 3) this.say(['nhất', 'nhì', 'ba'][roman - 1])
      else this.say(numberWords(roman))
      // "quý I/2026": the quarter of that year.
      const year = /^\/(\d{4})(?!\d)/.exec(text.slice(this.i + word.length, this.i + word.length + 6))
      if (year) {
        this.say(` năm ${integerWords(year[1])}`)
        this.i += year[0].length
      }
    } else if (word.length >= 2 && /^\p{Lu}+$/u.test(word) && !isSyllable(word)) {
      this.flag(word, 'unknown-abbreviation', [])
    } else this.say(word)
    this.i += word.length
  }
}

function validDay(day: number, month: number) {
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** Unbroken phone numbers in the groups people say: 0912 345 678, 0232 3822 123, 1900 1234. */
function splitPhone(digits: string): string[] {
  if (digits.length === 10) return [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)]
  if (digits.length === 11) return [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8)]
  if (digits.length === 8) return [digits.slice(0, 4), digits.slice(4)]
  return [digits]
}
