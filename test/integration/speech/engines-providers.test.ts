import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { probeAudio } from '../../../src/audio/probe'
import { speechEnginesFromEnv } from '../../../src/speech/engines'
import type { HttpTuning } from '../../../src/speech/engines/http'
import { SpeechError, type SynthesisProgress } from '../../../src/speech/types'
import { standInAudio, startFptStandIn, startViettelStandIn, startZaloStandIn, type StandIn, type StandInOptions } from '../../support/ttsStandIns'

const KEY = 'loa-test-key-7f3a9c1e5b'
const PART_SECONDS = 1.5

// Fast timings: the stand-ins are local. Retry-After is capped at maxDelayMs, as in production (30 s).
const TUNING: Partial<HttpTuning> = {
  requestTimeoutMs: 5000,
  downloadTimeoutMs: 5000,
  retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 50 },
  poll: { initialMs: 20, maxIntervalMs: 50, timeoutMs: 3000 },
}

const SENTENCE = 'Ủy ban nhân dân xã thông báo lịch tiêm chủng mở rộng cho trẻ em dưới năm tuổi tại trạm y tế, từ bảy giờ sáng đến mười một giờ trưa. '

interface ProviderCase {
  id: 'fpt' | 'viettel' | 'zalo'
  start: (options: StandInOptions) => Promise<StandIn>
  limit: number
  voice: string
  speed: string
  /** Where the key travelled, as the stand-in saw it. */
  keyOf: (r: StandIn['requests'][number]) => unknown
  /** Where voice and speed travelled. */
  voiceOf: (r: StandIn['requests'][number]) => unknown
  speedOf: (r: StandIn['requests'][number]) => unknown
  /** Returns a result link that can be pointed elsewhere (FPT, Zalo). */
  linked: boolean
}

const cases: ProviderCase[] = [
  { id: 'fpt', start: startFptStandIn, limit: 5000, voice: 'leminh', speed: '-1', keyOf: (r) => r.headers.api_key, voiceOf: (r) => r.headers.voice, speedOf: (r) => r.headers.speed, linked: true },
  { id: 'viettel', start: startViettelStandIn, limit: 2000, voice: 'hn-thanhtung', speed: '0.9', keyOf: (r) => r.fields.token, voiceOf: (r) => r.fields.voice, speedOf: (r) => r.fields.speed, linked: false },
  { id: 'zalo', start: startZaloStandIn, limit: 1980, voice: '4', speed: '1.1', keyOf: (r) => r.headers.apikey, voiceOf: (r) => r.fields.speaker_id, speedOf: (r) => r.fields.speed, linked: true },
]

let audioDir: string
let audio: string
beforeAll(async () => {
  audioDir = await mkdtemp(path.join(tmpdir(), 'loa-tts-audio-'))
  audio = await standInAudio(audioDir, PART_SECONDS)
})
afterAll(async () => {
  await rm(audioDir, { recursive: true, force: true })
})

describe.each(cases)('$id adapter against its stand-in', (c) => {
  let dir: string
  let standIn: StandIn | null = null
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), `loa-tts-${c.id}-`))
  })
  afterEach(async () => {
    await standIn?.close()
    standIn = null
    await rm(dir, { recursive: true, force: true })
  })

  async function engineFor(options: Partial<StandInOptions> = {}, tuning: Partial<HttpTuning> = TUNING, key = KEY) {
    standIn = await c.start({ key: KEY, audioFile: audio, ...options })
    const env = { LOA_TTS_PROVIDER: c.id, LOA_TTS_API_KEY: key, LOA_TTS_URL: standIn.url, LOA_TTS_VOICE: c.voice, LOA_TTS_SPEED: c.speed }
    const engines = speechEnginesFromEnv(env, tuning)
    expect(engines.problems).toEqual([])
    expect(engines.preferred.id).toBe(c.id)
    return engines.preferred
  }

  async function failure(promise: Promise<unknown>): Promise<SpeechError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(SpeechError)
    const speechError = error as SpeechError
    // Never the key, neither for staff nor in the log.
    expect(`${speechError.message} ${speechError.detail}`).not.toContain(KEY)
    // Nothing left behind: no output, no hidden parts folder or temp file.
    expect(await readdir(dir)).toEqual([])
    return speechError
  }

  it('speaks a short text: one request with key, voice and speed where the provider expects them; decodable MP3', async () => {
    const engine = await engineFor()
    const output = path.join(dir, 'doc.audio')
    const result = await engine.synthesise(SENTENCE.trim(), output)
    expect(result).toEqual({ engine: c.id, voice: c.voice, path: output })
    const probe = await probeAudio(output)
    expect(probe.formatName).toBe('mp3')
    expect(probe.durationSeconds).toBeCloseTo(PART_SECONDS, 0)
    expect(standIn!.requests).toHaveLength(1)
    const [request] = standIn!.requests
    expect(request.outcome).toBe('ok')
    expect(request.text).toBe(SENTENCE.trim())
    expect(c.keyOf(request)).toBe(KEY)
    expect(String(c.voiceOf(request))).toBe(c.voice)
    expect(Number(c.speedOf(request))).toBe(Number(c.speed))
    expect(await readdir(dir)).toEqual(['doc.audio'])
  })

  it('splits a long text at sentence ends into requests within the limit, in order, and joins them into one file', async () => {
    const engine = await engineFor()
    const text = SENTENCE.repeat(Math.ceil((2.4 * c.limit) / SENTENCE.length)).trim()
    const progress: SynthesisProgress[] = []
    const output = path.join(dir, 'long.audio')
    await engine.synthesise(text, output, { onProgress: (p) => progress.push(p) })
    const requests = standIn!.requests
    expect(requests.length).toBe(3)
    expect(requests.every((r) => r.outcome === 'ok' && [...r.text].length <= c.limit)).toBe(true)
    expect(requests.every((r) => r.text.endsWith('trưa.'))).toBe(true)
    expect(requests.map((r) => r.text).join(' ')).toBe(text)
    const probe = await probeAudio(output)
    expect(probe.formatName).toBe('mp3')
    expect(probe.durationSeconds).toBeGreaterThan(3 * PART_SECONDS - 0.3)
    expect(probe.durationSeconds).toBeLessThan(3 * PART_SECONDS + 0.5)
    const stages = progress.map((p) => p.stage)
    expect(stages).toEqual(expect.arrayContaining([expect.stringMatching(/phần 1\/3/), expect.stringMatching(/phần 3\/3/), expect.stringMatching(/Đang ghép 3 phần/)]))
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 })
    expect(await readdir(dir)).toEqual(['long.audio'])
  })

  it('a bad key: a non-retryable Vietnamese error that does not contain the key', async () => {
    const engine = await engineFor({}, TUNING, 'wrong-key-123')
    const error = await failure(engine.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
    expect(error.message).toMatch(/từ chối khóa API \(LOA_TTS_API_KEY sai hoặc đã hết hạn\)/)
    expect(error.retryable).toBe(false)
    expect(standIn!.requests.map((r) => r.outcome)).toEqual(['bad-key'])
  })

  it('rate limited twice, then served: retried with backoff and succeeds', async () => {
    const engine = await engineFor({ rateLimitFirst: 2 })
    await engine.synthesise(SENTENCE, path.join(dir, 'doc.audio'))
    expect(standIn!.requests.map((r) => r.outcome)).toEqual(['rate-limited', 'rate-limited', 'ok'])
    expect((await probeAudio(path.join(dir, 'doc.audio'))).formatName).toBe('mp3')
  })

  it('rate limited on every attempt: a retryable "quá tải" error after the bounded attempts', async () => {
    const engine = await engineFor({ rateLimitFirst: 100 })
    const error = await failure(engine.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
    expect(error.message).toBe('Nhà cung cấp giọng đọc đang quá tải, thử lại sau.')
    expect(error.retryable).toBe(true)
    expect(standIn!.requests).toHaveLength(3)
  })

  it('no answer in time: retried, then a retryable Vietnamese error', async () => {
    const engine = await engineFor({ delayMs: 1500 }, { ...TUNING, requestTimeoutMs: 150, retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 20 } })
    const error = await failure(engine.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
    expect(error.message).toMatch(/^Không kết nối được .* thử lại sau\.$/)
    expect(error.retryable).toBe(true)
    expect(error.detail).toMatch(/timeout after 150 ms/)
  })

  it.each([true, false])('an oversized result is refused while streaming (Content-Length declared: %s), nothing kept', async (declareLength) => {
    const engine = await engineFor({ oversizeBytes: 3 * 1024 * 1024, declareLength }, { ...TUNING, maxDownloadBytes: 1024 * 1024 })
    const error = await failure(engine.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
    expect(error.message).toMatch(/quá lớn \(trên 1 MB\), không tải về/)
    expect(error.retryable).toBe(false)
  })

  // Viettel answers with the audio itself: no result link to follow.
  if (c.linked) {
    it('a result link with another scheme (file:) is refused', async () => {
      const engine = await engineFor({ resultUrl: 'file:///etc/passwd' })
      const error = await failure(engine.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
      expect(error.message).toMatch(/địa chỉ tệp âm thanh không an toàn/)
    })

    it('a redirect of the result link is followed within http(s), and refused to another scheme', async () => {
      const engine = await engineFor({ redirectTo: 'same-server' })
      await engine.synthesise(SENTENCE, path.join(dir, 'doc.audio'))
      expect(standIn!.downloads.map((d) => d.status)).toEqual([302, 200])
      expect((await probeAudio(path.join(dir, 'doc.audio'))).formatName).toBe('mp3')
      await rm(path.join(dir, 'doc.audio'))
      await standIn!.close()

      const refusing = await engineFor({ redirectTo: 'file:///etc/passwd' })
      const error = await failure(refusing.synthesise(SENTENCE, path.join(dir, 'doc.audio')))
      expect(error.message).toMatch(/không an toàn/)
    })
  }
})

describe('FPT.AI asynchronous result', () => {
  let dir: string
  let standIn: StandIn | null = null
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'loa-tts-fpt-async-'))
  })
  afterEach(async () => {
    await standIn?.close()
    standIn = null
    await rm(dir, { recursive: true, force: true })
  })
  const engine = (tuning: Partial<HttpTuning> = TUNING) => speechEnginesFromEnv({ LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_URL: standIn!.url }, tuning).preferred

  it('polls the link while it answers 404, reporting that it waits, then downloads it', async () => {
    standIn = await startFptStandIn({ key: KEY, audioFile: audio, pendingPolls: 3 })
    const stages: string[] = []
    await engine().synthesise(SENTENCE, path.join(dir, 'doc.audio'), { onProgress: (p) => stages.push(p.stage) })
    expect(standIn.downloads.map((d) => d.status)).toEqual([404, 404, 404, 200])
    expect(stages).toContain('Đang chờ FPT.AI trả tệp âm thanh (đã hỏi 2 lần)')
    expect((await probeAudio(path.join(dir, 'doc.audio'))).formatName).toBe('mp3')
  })

  it('gives up when the file does not appear in time: a retryable Vietnamese error', async () => {
    standIn = await startFptStandIn({ key: KEY, audioFile: audio, pendingPolls: 1_000_000 })
    const error = (await engine({ ...TUNING, poll: { initialMs: 20, maxIntervalMs: 40, timeoutMs: 400 } })
      .synthesise(SENTENCE, path.join(dir, 'doc.audio'))
      .catch((e: unknown) => e)) as SpeechError
    expect(error).toBeInstanceOf(SpeechError)
    expect(error.message).toMatch(/^FPT\.AI chưa trả tệp âm thanh sau \d+ giây, thử lại sau\.$/)
    expect(error.retryable).toBe(true)
    expect(standIn.downloads.length).toBeGreaterThan(3)
    expect(await readdir(dir)).toEqual([])
  })

  it('an abort while waiting for the file stops at once: Vietnamese "cancelled", nothing left', async () => {
    standIn = await startFptStandIn({ key: KEY, audioFile: audio, pendingPolls: 1_000_000 })
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 150)
    const started = performance.now()
    const error = (await engine().synthesise(SENTENCE, path.join(dir, 'doc.audio'), { signal: controller.signal }).catch((e: unknown) => e)) as SpeechError
    expect(error).toBeInstanceOf(SpeechError)
    expect(error.message).toBe('Đã hủy tổng hợp giọng đọc.')
    expect(performance.now() - started).toBeLessThan(1000)
    expect(await readdir(dir)).toEqual([])
  })

  it("respects Retry-After (bounded by the cap) before asking again", async () => {
    standIn = await startFptStandIn({ key: KEY, audioFile: audio, rateLimitFirst: 1, retryAfter: '1' })
    const started = performance.now()
    await engine({ ...TUNING, retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 5000 } }).synthesise(SENTENCE, path.join(dir, 'doc.audio'))
    expect(performance.now() - started).toBeGreaterThan(950)
    expect(standIn.requests.map((r) => r.outcome)).toEqual(['rate-limited', 'ok'])
  })
})
