import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeAudio } from '../../../src/audio/probe'
import { ESPEAK_MISSING_MESSAGE, localSpeechEngine } from '../../../src/speech/engines/local'
import { SpeechError, type SynthesisProgress } from '../../../src/speech/types'

// A real news paragraph (already in spoken form): 64 words.
const TEXT =
  'Sáng nay, ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm hai nghìn không trăm hai mươi sáu. ' +
  'Đồng chí chủ tịch ủy ban nhân dân huyện đề nghị các xã tiếp tục đẩy mạnh cải cách hành chính, ' +
  'chuyển đổi số và chăm lo đời sống của nhân dân, nhất là các hộ nghèo trong dịp tết sắp tới. ' +
  'Hội nghị đã khen thưởng mười hai tập thể và hai mươi cá nhân có thành tích xuất sắc.'
const WORDS = TEXT.split(/\s+/).length

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'loa-espeak-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('local voice (real espeak-ng, voice vi)', () => {
  it('speaks Vietnamese into a decodable WAV of plausible length, reporting progress, atomically', async () => {
    const output = path.join(dir, 'doc.audio')
    const progress: SynthesisProgress[] = []
    const result = await localSpeechEngine().synthesise(TEXT, output, { onProgress: (p) => progress.push(p) })
    expect(result).toEqual({ engine: 'espeak-ng', voice: 'vi', path: output })
    const probe = await probeAudio(output)
    expect(probe.formatName).toBe('wav')
    // 150 words a minute nominal; espeak-ng's Vietnamese runs a little off it, and pauses at commas.
    const nominal = (WORDS / 150) * 60
    expect(probe.durationSeconds).toBeGreaterThan(nominal * 0.5)
    expect(probe.durationSeconds).toBeLessThan(nominal * 2)
    expect(progress.map((p) => [p.done, p.total])).toEqual([
      [0, 1],
      [1, 1],
    ])
    // Only the output: no temp file left beside it.
    expect(await readdir(dir)).toEqual(['doc.audio'])
    await rm(output)
  })

  it('LOA_TTS_LOCAL_SPEED matters: 240 words a minute is clearly shorter than 120', async () => {
    const slow = await localSpeechEngine({ wordsPerMinute: 120 }).synthesise(TEXT, path.join(dir, 'slow.wav'))
    const fast = await localSpeechEngine({ wordsPerMinute: 240 }).synthesise(TEXT, path.join(dir, 'fast.wav'))
    const [slowSeconds, fastSeconds] = [(await probeAudio(slow.path)).durationSeconds, (await probeAudio(fast.path)).durationSeconds]
    expect(fastSeconds / slowSeconds).toBeLessThan(0.7)
    await rm(slow.path)
    await rm(fast.path)
  })

  it('without espeak-ng installed: a Vietnamese error saying what to install, and no file', async () => {
    const engine = localSpeechEngine({ command: path.join(dir, 'no-such-espeak-ng') })
    const error = await engine.synthesise(TEXT, path.join(dir, 'missing.wav')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpeechError)
    expect((error as SpeechError).message).toBe(ESPEAK_MISSING_MESSAGE)
    expect((error as SpeechError).message).toMatch(/^Máy chủ chưa cài espeak-ng/)
    expect(await readdir(dir)).toEqual([])
  })

  it('an abort kills espeak-ng: Vietnamese "cancelled" error, no output and no partial file', async () => {
    const long = Array.from({ length: 400 }, () => TEXT).join(' ')
    const controller = new AbortController()
    const started = performance.now()
    const pending = localSpeechEngine().synthesise(long, path.join(dir, 'aborted.wav'), { signal: controller.signal })
    setTimeout(() => controller.abort(), 100)
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SpeechError)
    expect((error as SpeechError).message).toBe('Đã hủy tổng hợp giọng đọc.')
    // 400 paragraphs is over an hour of speech (several seconds of synthesis): the kill ended it early.
    expect(performance.now() - started).toBeLessThan(3000)
    expect(await readdir(dir)).toEqual([])
  })
})
