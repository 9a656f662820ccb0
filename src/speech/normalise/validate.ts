import type { DictionaryEntry } from '../types'

/** Limits of a dictionary entry: an abbreviation is short, a reading a phrase. */
export const MAX_TERM_LENGTH = 40
export const MAX_READING_LENGTH = 200

/** What is wrong with a term, in Vietnamese; undefined when it is fine. */
export function termProblem(term: unknown): string | undefined {
  if (typeof term !== 'string' || term.trim() === '') return 'Từ viết tắt không được để trống.'
  if (term !== term.trim()) return 'Từ viết tắt không được có dấu cách ở đầu hoặc cuối.'
  if (term.length > MAX_TERM_LENGTH) return `Từ viết tắt dài tối đa ${MAX_TERM_LENGTH} ký tự.`
  return undefined
}

/** What is wrong with one reading, in Vietnamese; undefined when it is fine. */
export function readingProblem(reading: unknown): string | undefined {
  if (typeof reading !== 'string' || reading.trim() === '') return 'Cách đọc không được để trống hoặc chỉ có dấu cách.'
  if (reading.length > MAX_READING_LENGTH) return `Cách đọc dài tối đa ${MAX_READING_LENGTH} ký tự.`
  return undefined
}

/** Entries the normaliser can use: well-formed terms, readings trimmed, empty ones left out. */
export function usableEntries(entries: DictionaryEntry[]): DictionaryEntry[] {
  const usable: DictionaryEntry[] = []
  for (const entry of entries) {
    if (termProblem(entry.term)) continue
    const readings = entry.readings.filter((reading) => !readingProblem(reading)).map((reading) => reading.trim())
    if (readings.length > 0) usable.push({ term: entry.term, readings })
  }
  return usable
}
