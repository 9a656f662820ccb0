import { describe, expect, it } from 'vitest'
import { readingProblem, termProblem, usableEntries } from '../../../src/speech/normalise/validate'

describe('dictionary entry checks (shown in the admin, in Vietnamese)', () => {
  it.each([
    ['UBND', undefined],
    ['VH-TT&TT', undefined],
    ['TT VH-TT&TT', undefined],
    ['', 'Từ viết tắt không được để trống.'],
    ['   ', 'Từ viết tắt không được để trống.'],
    [' UBND', 'Từ viết tắt không được có dấu cách ở đầu hoặc cuối.'],
    ['X'.repeat(40), undefined],
    ['X'.repeat(41), 'Từ viết tắt dài tối đa 40 ký tự.'],
    [undefined, 'Từ viết tắt không được để trống.'],
  ])('term %j', (term, problem) => {
    expect(termProblem(term)).toBe(problem)
  })

  it.each([
    ['ủy ban nhân dân', undefined],
    [' \t ', 'Cách đọc không được để trống hoặc chỉ có dấu cách.'],
    ['a'.repeat(200), undefined],
    ['a'.repeat(201), 'Cách đọc dài tối đa 200 ký tự.'],
    [null, 'Cách đọc không được để trống hoặc chỉ có dấu cách.'],
  ])('reading %j', (reading, problem) => {
    expect(readingProblem(reading)).toBe(problem)
  })

  it('the normaliser uses only well-formed entries, readings trimmed', () => {
    expect(
      usableEntries([
        { term: 'UBND', readings: [' ủy ban nhân dân '] },
        { term: '', readings: ['trống'] },
        { term: 'TT', readings: ['  ', 'thông tư'] },
        { term: 'XX', readings: ['   '] },
      ]),
    ).toEqual([
      { term: 'UBND', readings: ['ủy ban nhân dân'] },
      { term: 'TT', readings: ['thông tư'] },
    ])
  })
})
