import { describe, expect, it } from 'vitest'
import { articleSpeechSource } from '../../../src/speech/articleSpeechSource'
import { localSpeechEngine } from '../../../src/speech/engines/local'
import { relocateFlags } from '../../../src/speech/flaggedWords'
import { checkReadOutRequest, reserveSynthesis, SPOKEN_MAX_CHARS } from '../../../src/speech/readOutService'
import { readOutIsCurrent } from '../../../src/speech/readOutIsCurrent'
import { textFingerprint } from '../../../src/speech/spokenHash'
import type { FlaggedWord } from '../../../src/speech/types'
import { paragraph } from '../../support/newsroom'

const body = (...texts: string[]) => ({ root: { children: texts.map((text) => paragraph(text).root.children[0]) } })

describe('articleSpeechSource', () => {
  it.each([
    ['the script when there is one', { title: 'T', summary: 'S', broadcast: { script: '  Lời đọc riêng.  ' } }, 'Lời đọc riêng.'],
    ['title, sapo and body paragraphs, each ending a sentence', { title: 'Tiêu đề', summary: 'Tóm tắt', content: body('Đoạn một.', 'Đoạn hai') }, 'Tiêu đề.\nTóm tắt.\nĐoạn một.\nĐoạn hai.'],
    ['an empty script falls back to the text', { title: 'Tiêu đề?', summary: null, broadcast: { script: '   ' } }, 'Tiêu đề?'],
    ['whitespace inside a paragraph is one space', { title: 'Một\n\nhai   ba', summary: '' }, 'Một hai ba.'],
    ['nothing to read', { title: '', summary: '' }, ''],
  ])('%s', (_name, article, expected) => {
    expect(articleSpeechSource(article)).toBe(expected)
  })
})

describe('readOutIsCurrent', () => {
  const article = { title: 'Tin', summary: 'Tóm tắt', content: null, broadcast: { synthetic: 7, spokenFrom: textFingerprint('Tin.\nTóm tắt.') } }
  it.each([
    ['made from the text as it is', article, true],
    ['the sapo changed since', { ...article, summary: 'Tóm tắt mới' }, false],
    ['a script written since', { ...article, broadcast: { ...article.broadcast, script: 'Lời đọc' } }, false],
    ['no synthetic read-out', { ...article, broadcast: { ...article.broadcast, synthetic: null } }, false],
  ])('%s', (_name, value, expected) => {
    expect(readOutIsCurrent(value as never)).toBe(expected)
  })
})

describe('checkReadOutRequest', () => {
  const local = localSpeechEngine()
  const provider = { ...localSpeechEngine(), id: 'fpt' as const, label: 'FPT.AI' }
  const engines = { preferred: provider, local, provider, problems: [], description: '' }
  it.each([
    ['no body: normalise the article, preferred engine', {}, { spoken: null, engine: 'fpt' }],
    ['the editor’s text', { spoken: 'Xin chào.' }, { spoken: 'Xin chào.', engine: 'fpt' }],
    ['control characters become spaces', { spoken: 'A\u0000B\u0007C' }, { spoken: 'A B C', engine: 'fpt' }],
    ['the local voice on request', { engine: 'local' }, { spoken: null, engine: 'espeak-ng' }],
  ])('takes %s', (_name, request, expected) => {
    const checked = checkReadOutRequest(request, engines)
    expect('status' in checked).toBe(false)
    if ('status' in checked) return
    expect({ spoken: checked.spoken, engine: checked.engines[0].id }).toEqual(expected)
  })
  it.each([
    ['a number as text', { spoken: 5 }, 'văn bản'],
    ['blank text', { spoken: '  \n ' }, 'trống'],
    ['text over the limit', { spoken: 'a'.repeat(SPOKEN_MAX_CHARS + 1) }, 'quá dài'],
    ['an engine by URL', { engine: 'http://127.0.0.1:9/' }, 'Bộ đọc'],
  ])('refuses %s with a 400 in Vietnamese', (_name, request, words) => {
    const checked = checkReadOutRequest(request, engines)
    expect(checked).toMatchObject({ status: 400 })
    expect(JSON.stringify(checked)).toContain(words)
  })
})

describe('relocateFlags', () => {
  const flag = (word: string, start: number): FlaggedWord => ({ word, start, end: start + word.length, reason: 'ambiguous', readings: ['a', 'b'] })
  it('finds the flagged words the editor left, at their new places, whole words only', () => {
    const text = 'Ông TT nói. TTX không. TT'
    expect(relocateFlags([flag('TT', 0), flag('TT', 40), flag('CP', 3)], text).map((f) => [f.word, f.start, f.end])).toEqual([
      ['TT', 4, 6],
      ['TT', 23, 25],
    ])
  })
})

describe('reserveSynthesis', () => {
  it('runs one read-out per article and two at once, and frees the place when done', () => {
    const first = reserveSynthesis('1')
    expect('release' in first).toBe(true)
    expect(reserveSynthesis('1')).toMatchObject({ status: 429 })
    const second = reserveSynthesis('2')
    expect(reserveSynthesis('3')).toMatchObject({ status: 429 })
    if ('release' in first) first.release()
    const third = reserveSynthesis('3')
    expect('release' in third).toBe(true)
    for (const slot of [second, third]) if ('release' in slot) slot.release()
  })
})
