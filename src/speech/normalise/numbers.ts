/**
 * Numbers as Vietnamese words, the way a news reader says them. Pure.
 *
 * Rules (the common Northern reading used on air):
 * - 1 after a tens digit of 2 or more is "mốt" (21 hai mươi mốt), 5 after any tens digit is "lăm"
 *   (15 mười lăm, 25 hai mươi lăm), 4 after a tens digit of 2 or more is "tư" (24 hai mươi tư);
 * - 10–19 "mười …", 20 and up "… mươi";
 * - a zero tens digit after hundreds is "linh" (105 một trăm linh năm);
 * - a group of three after a bigger one reads its hundreds even when zero ("không trăm"):
 *   2026 hai nghìn không trăm hai mươi sáu; groups that are all zero are left out:
 *   1.000.500 một triệu năm trăm, 1.000.000 một triệu;
 * - "nghìn" (not "ngàn"), "tỷ"; beyond a thousand billion: "nghìn tỷ".
 */
export const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const

/** 0–999; `full`: a non-leading group, which always says its hundreds ("không trăm", "linh"). */
function threeDigits(n: number, full: boolean): string {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const units = n % 10
  const words: string[] = []
  if (hundreds > 0 || full) words.push(DIGITS[hundreds], 'trăm')
  if (tens === 0) {
    if (units > 0 && words.length > 0) words.push('linh')
    if (units > 0 || words.length === 0) words.push(DIGITS[units])
    return words.join(' ')
  }
  if (tens === 1) words.push('mười')
  else words.push(DIGITS[tens], 'mươi')
  if (units === 1) words.push(tens >= 2 ? 'mốt' : 'một')
  else if (units === 4) words.push(tens >= 2 ? 'tư' : 'bốn')
  else if (units === 5) words.push('lăm')
  else if (units > 0) words.push(DIGITS[units])
  return words.join(' ')
}

const SCALES: Array<[bigint, string]> = [
  [1_000_000_000n, 'tỷ'],
  [1_000_000n, 'triệu'],
  [1_000n, 'nghìn'],
]

function readBig(n: bigint, full: boolean): string {
  for (const [size, name] of SCALES) {
    if (n >= size) {
      const head = n / size
      const rest = n % size
      const words = [readBig(head, full), name]
      if (rest > 0n) words.push(readBig(rest, true))
      return words.join(' ')
    }
  }
  // Below a thousand: "full" only matters after a bigger group.
  return threeDigits(Number(n), full)
}

/** A whole number (digits only, no separators) in words. Very long digit strings are read digit by digit. */
export function integerWords(digits: string): string {
  const clean = digits.replace(/^0+(?=\d)/, '')
  if (clean.length > 15) return digitByDigit(digits)
  return readBig(BigInt(clean), false)
}

export function numberWords(n: number): string {
  return integerWords(String(Math.trunc(Math.abs(n))))
}

export function digitByDigit(digits: string): string {
  return [...digits].filter((d) => /\d/.test(d)).map((d) => DIGITS[Number(d)]).join(' ')
}

/**
 * The part after the decimal comma: "2,5" hai phẩy năm, "1,25" một phẩy hai mươi lăm (as said on air),
 * "1,05" một phẩy không năm (a leading zero: digit by digit), longer parts digit by digit.
 */
export function fractionWords(digits: string): string {
  if (digits.startsWith('0') || digits.length > 2) return digitByDigit(digits)
  return integerWords(digits)
}

/** Months: "tháng tư" (never "tháng bốn"), the others as numbers: tháng một … tháng mười hai. */
export function monthWords(month: number): string {
  return month === 4 ? 'tư' : numberWords(month)
}

/** After "thứ": thứ nhất, thứ hai, thứ ba, thứ tư, thứ năm …, thứ mười, thứ mười một. */
export function ordinalWords(n: number): string {
  if (n === 1) return 'nhất'
  if (n === 4) return 'tư'
  return numberWords(n)
}

const ROMAN = /^(M{0,3})(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 }

/** The value of a Roman numeral (uppercase), or undefined when it is not one. */
export function romanValue(text: string): number | undefined {
  if (!text || !ROMAN.test(text)) return undefined
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN_VALUES[text[i]]
    const next = ROMAN_VALUES[text[i + 1]] ?? 0
    total += value < next ? -value : value
  }
  return total
}
