import { describe, expect, it } from 'vitest'
import { announcementNeedsVoice, emergencyEngines, voiceToMake, withTimeout } from '../../../src/speech/announcementReadOut'
import { localSpeechEngine } from '../../../src/speech/engines/local'
import { SpeechError, type SpeechEngine, type SynthesisOptions } from '../../../src/speech/types'

/** A provider stand-in: answers after `ms` (never when null), and records whether it was aborted. */
function provider(ms: number | null, options: { honoursSignal?: boolean } = {}) {
  const seen = { aborted: false }
  const engine: SpeechEngine = {
    id: 'fpt',
    voice: 'banmai',
    label: 'FPT.AI',
    maxChars: 5000,
    synthesise: (_text: string, outputPath: string, synthesis: SynthesisOptions = {}) =>
      new Promise((resolve, reject) => {
        synthesis.signal?.addEventListener('abort', () => {
          seen.aborted = true
          if (options.honoursSignal !== false) reject(new SpeechError('Đã hủy.', 'aborted'))
        })
        if (ms !== null) setTimeout(() => resolve({ engine: 'fpt', voice: 'banmai', path: outputPath }), ms)
      }),
  }
  return { engine, seen }
}

describe('which announcements get a synthetic voice', () => {
  it.each([
    ['emergency', true],
    ['priority', false],
    ['normal', false],
    [undefined, false],
  ])('%s → %s', (level, expected) => expect(announcementNeedsVoice(level)).toBe(expected))
})

describe('voiceToMake', () => {
  const HASH = 'a'.repeat(32)
  it.each([
    ['no clip', null, 'make'],
    ['a human recording (no synthetic group)', { synthetic: null }, 'keep'],
    ['a human recording (empty synthetic group)', { synthetic: { engine: null, spokenHash: null } }, 'keep'],
    ['a synthetic clip of the text as it is', { synthetic: { engine: 'espeak-ng', spokenHash: HASH } }, 'keep'],
    ['a synthetic clip of an older text', { synthetic: { engine: 'espeak-ng', spokenHash: 'b'.repeat(32) } }, 'make'],
    ['a synthetic clip without a fingerprint', { synthetic: { engine: 'fpt', spokenHash: null } }, 'make'],
  ] as const)('%s → %s', (_name, clip, expected) => expect(voiceToMake(clip, HASH)).toBe(expected))
})

describe('emergencyEngines', () => {
  const local = localSpeechEngine()
  it('is the local voice once when no provider is configured', () => {
    expect(emergencyEngines({ preferred: local, local }).map((e) => e.id)).toEqual(['espeak-ng'])
  })
  it('is the provider first, then the local voice', () => {
    expect(emergencyEngines({ preferred: provider(0).engine, local }).map((e) => e.id)).toEqual(['fpt', 'espeak-ng'])
  })
  it('gives up on a provider that does not answer in time, so the local voice can speak', async () => {
    const slow = provider(null)
    const [first] = emergencyEngines({ preferred: slow.engine, local }, 300)
    const started = Date.now()
    const error = await first.synthesise('Bão số 5.', '/tmp/never.mp3').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpeechError)
    expect((error as SpeechError).message).toBe('FPT.AI không trả lời sau 1 giây.')
    expect((error as SpeechError).retryable).toBe(true)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(slow.seen.aborted).toBe(true)
  })
})

describe('withTimeout', () => {
  it('passes a timely answer through', async () => {
    const result = await withTimeout(provider(10).engine, 2000).synthesise('Lũ về.', '/tmp/x.mp3')
    expect(result).toEqual({ engine: 'fpt', voice: 'banmai', path: '/tmp/x.mp3' })
  })
  it('stops waiting even for an engine that ignores its abort signal', async () => {
    const deaf = provider(null, { honoursSignal: false })
    const started = Date.now()
    await expect(withTimeout(deaf.engine, 200).synthesise('Lũ về.', '/tmp/x.mp3')).rejects.toThrow(/không trả lời/)
    expect(Date.now() - started).toBeLessThan(3000)
    expect(deaf.seen.aborted).toBe(true)
  })
  it("forwards the caller's abort to the engine", async () => {
    const slow = provider(null)
    const controller = new AbortController()
    const pending = withTimeout(slow.engine, 60_000).synthesise('Lũ về.', '/tmp/x.mp3', { signal: controller.signal })
    controller.abort()
    await expect(pending).rejects.toThrow('Đã hủy.')
    expect(slow.seen.aborted).toBe(true)
  })
})
