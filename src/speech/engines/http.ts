import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { SpeechError } from '../types'

/**
 * What every provider adapter shares: requests with timeouts, bounded retries on rate limits,
 * streamed and size-limited downloads, and errors in Vietnamese that never contain the key.
 * Node's own fetch (undici); no SDKs.
 */

export interface HttpTuning {
  /** One request to the provider's API (Viettel answers with the audio, so this covers synthesis). */
  requestTimeoutMs: number
  /** One download of a result file. */
  downloadTimeoutMs: number
  /** Rate limits and transient failures: attempts in all, and the backoff (Retry-After wins, capped at maxDelayMs). */
  retry: { attempts: number; baseDelayMs: number; maxDelayMs: number }
  /** FPT.AI's asynchronous result: first wait, longest wait between polls, and when to give up. */
  poll: { initialMs: number; maxIntervalMs: number; timeoutMs: number }
  /** Result files larger than this are refused (streamed to disk, never held in memory). */
  maxDownloadBytes: number
}

export const DEFAULT_TUNING: HttpTuning = {
  requestTimeoutMs: 120_000,
  downloadTimeoutMs: 120_000,
  retry: { attempts: 4, baseDelayMs: 2_000, maxDelayMs: 30_000 },
  // FPT.AI's documentation: the file appears 5 seconds to 2 minutes after the answer.
  poll: { initialMs: 2_000, maxIntervalMs: 10_000, timeoutMs: 180_000 },
  maxDownloadBytes: 50 * 1024 * 1024,
}

export interface ProviderCall {
  /** For messages: "FPT.AI", "Viettel AI", "Zalo AI". */
  name: string
  key: string
  /** Plain http is accepted only when the configured endpoint itself is http (the tests' stand-ins). */
  allowHttp: boolean
  tuning: HttpTuning
  signal?: AbortSignal
}

export const RATE_LIMIT_MESSAGE = 'Nhà cung cấp giọng đọc đang quá tải, thử lại sau.'

/** Thrown inside an attempt to ask withRetry for another go (HTTP 429, or a provider's own "too many requests"). */
export class RetryLater extends Error {
  constructor(
    readonly detail: string,
    readonly retryAfterMs: number | null = null,
    readonly rateLimited = true,
  ) {
    super(detail)
    this.name = 'RetryLater'
  }
}

/** The key, wherever it might have been echoed (a provider's error message, a URL), replaced. */
export function redact(call: Pick<ProviderCall, 'key'>, text: string): string {
  if (!call.key) return text
  return text.split(call.key).join('***')
}

export function badKeyError(call: ProviderCall, detail: string): SpeechError {
  return new SpeechError(`${call.name} từ chối khóa API (LOA_TTS_API_KEY sai hoặc đã hết hạn). Hãy kiểm tra khóa trong cấu hình máy chủ.`, redact(call, detail), false)
}

export function abortedError(): SpeechError {
  return new SpeechError('Đã hủy tổng hợp giọng đọc.', 'aborted by caller')
}

/**
 * Runs `attempt` until it returns, retrying RetryLater (rate limits, 5xx, network failures) with
 * backoff: the provider's Retry-After when given, else base·2^n with jitter, both capped. After the
 * last attempt the caller gets a retryable SpeechError in Vietnamese.
 */
export async function withRetry<T>(call: ProviderCall, attempt: () => Promise<T>): Promise<T> {
  const { attempts, baseDelayMs, maxDelayMs } = call.tuning.retry
  let last: RetryLater | null = null
  for (let n = 1; n <= attempts; n++) {
    if (call.signal?.aborted) throw abortedError()
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof RetryLater)) throw error
      last = error
      if (n === attempts) break
      const backoff = baseDelayMs * 2 ** (n - 1) * (0.8 + Math.random() * 0.4)
      await sleep(Math.min(maxDelayMs, error.retryAfterMs ?? backoff), call.signal)
    }
  }
  const detail = redact(call, `${call.name}: gave up after ${attempts} attempts: ${last?.detail}`)
  if (last?.rateLimited) throw new SpeechError(RATE_LIMIT_MESSAGE, detail, true)
  throw new SpeechError(`Không kết nối được ${call.name} (nhà cung cấp giọng đọc), thử lại sau.`, detail, true)
}

/** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null
  const value = header.trim()
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000
  const date = Date.parse(value)
  return Number.isFinite(date) ? Math.max(0, date - now) : null
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(abortedError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** Only http(s) URLs, and http only when allowed; anything else (file:, data:, ftp:) is refused. */
export function checkUrl(call: ProviderCall, raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new SpeechError(`${call.name} trả về địa chỉ tệp âm thanh không hợp lệ.`, redact(call, `unparseable URL: ${raw.slice(0, 200)}`))
  }
  const ok = url.protocol === 'https:' || (url.protocol === 'http:' && call.allowHttp)
  if (!ok) {
    throw new SpeechError(`${call.name} trả về địa chỉ tệp âm thanh không an toàn (chỉ chấp nhận https).`, redact(call, `refused URL scheme ${url.protocol} (${url.origin})`))
  }
  return url
}

/**
 * One fetch with a timeout joined to the caller's signal. Redirects are followed by hand (at most 3)
 * so each target is checked by checkUrl: no redirect to another scheme, nor from https to http.
 * Network failures and timeouts become RetryLater (transient); the caller's abort becomes abortedError.
 */
export async function send(call: ProviderCall, url: URL, init: RequestInit, timeoutMs: number): Promise<Response> {
  let target = url
  for (let hop = 0; hop <= 3; hop++) {
    const signals = [AbortSignal.timeout(timeoutMs), ...(call.signal ? [call.signal] : [])]
    let response: Response
    try {
      response = await fetch(target, { ...init, redirect: 'manual', signal: AbortSignal.any(signals) })
    } catch (error) {
      if (call.signal?.aborted) throw abortedError()
      const err = error as Error & { cause?: { code?: string; message?: string } }
      if (err.name === 'TimeoutError') throw new RetryLater(`timeout after ${timeoutMs} ms (${target.origin}${target.pathname})`, null, false)
      throw new RetryLater(`network error (${target.origin}): ${err.cause?.code ?? ''} ${err.cause?.message ?? err.message}`, null, false)
    }
    if (response.status < 300 || response.status >= 400 || response.status === 304) return response
    const location = response.headers.get('location')
    await response.body?.cancel()
    if (!location || (init.method && init.method !== 'GET')) {
      throw new SpeechError(`${call.name} trả lời chuyển hướng không mong đợi.`, `HTTP ${response.status} redirect for ${init.method ?? 'GET'} ${target.origin}${target.pathname}`)
    }
    if (hop === 3) break
    target = checkUrl(call, new URL(location, target).toString())
    if (url.protocol === 'https:' && target.protocol !== 'https:') {
      throw new SpeechError(`${call.name} chuyển hướng sang địa chỉ không an toàn.`, `redirect from https to ${target.protocol}`)
    }
  }
  throw new SpeechError(`${call.name} chuyển hướng quá nhiều lần.`, `more than 3 redirects from ${url.origin}`)
}

/**
 * Turns an HTTP failure into RetryLater (429, 5xx) or a SpeechError (401/403: the key; other 4xx:
 * refused). The body is read only up to 2 KB, for the log.
 */
export async function failureFrom(call: ProviderCall, response: Response, what: string, keyed = true): Promise<Error> {
  const body = redact(call, await readText(response, 2048).catch(() => ''))
  const detail = `${call.name} ${what}: HTTP ${response.status} ${body.replace(/\s+/g, ' ').slice(0, 500)}`
  if (response.status === 429) return new RetryLater(detail, retryAfterMs(response.headers.get('retry-after')))
  if (response.status === 503) return new RetryLater(detail, retryAfterMs(response.headers.get('retry-after')))
  if (response.status >= 500) return new RetryLater(detail, null, false)
  if (keyed && (response.status === 401 || response.status === 403)) return badKeyError(call, detail)
  if (!keyed) return new SpeechError(`Không tải được tệp âm thanh từ ${call.name} (HTTP ${response.status}).`, detail)
  return new SpeechError(`${call.name} từ chối yêu cầu đọc (HTTP ${response.status}).`, detail)
}

/** Reads at most `limit` bytes of a body as UTF-8 text (error answers, small JSON). */
export async function readText(response: Response, limit: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    while (size < limit) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.byteLength
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  return Buffer.concat(chunks).subarray(0, limit).toString('utf8')
}

/** A JSON answer (at most 64 KB: these answers are a few hundred bytes); a SpeechError when it is not JSON. */
export async function readJson(call: ProviderCall, response: Response, what: string): Promise<Record<string, unknown>> {
  const text = await readText(response, 64 * 1024)
  try {
    const value: unknown = JSON.parse(text)
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // fall through
  }
  throw new SpeechError(`${call.name} trả lời không đúng định dạng.`, redact(call, `${what}: not a JSON object: ${text.slice(0, 200)}`))
}

/**
 * Streams a response body to `file`, refusing more than maxDownloadBytes (by Content-Length before
 * reading, and by counting while reading, since the header may be absent or lie). The partial file
 * is removed on any failure.
 */
export async function saveBody(call: ProviderCall, response: Response, file: string): Promise<number> {
  const limit = call.tuning.maxDownloadBytes
  const tooLarge = (bytes: string) =>
    new SpeechError(
      `Tệp âm thanh ${call.name} trả về quá lớn (trên ${Math.round(limit / 1024 / 1024)} MB), không tải về.`,
      `${call.name}: result of ${bytes} bytes exceeds the limit of ${limit}`,
    )
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel()
    throw tooLarge(String(declared))
  }
  if (!response.body) throw new SpeechError(`${call.name} trả về tệp âm thanh rỗng.`, `${call.name}: no body`)
  let size = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length
      if (size > limit) return callback(tooLarge(`more than ${limit}`))
      callback(null, chunk)
    },
  })
  try {
    await pipeline(Readable.fromWeb(response.body as unknown as WebReadableStream<Uint8Array>), counter, createWriteStream(file, { flags: 'wx' }))
  } catch (error) {
    await rm(file, { force: true })
    if (error instanceof SpeechError) throw error
    if (call.signal?.aborted) throw abortedError()
    throw new RetryLater(`${call.name}: download interrupted: ${(error as Error).message}`, null, false)
  }
  if (size === 0) {
    await rm(file, { force: true })
    throw new SpeechError(`${call.name} trả về tệp âm thanh rỗng.`, `${call.name}: empty body`)
  }
  return size
}

/** Downloads a result URL (http(s) only, size-limited), retrying rate limits and transient failures. */
export async function download(call: ProviderCall, rawUrl: string, file: string): Promise<void> {
  const url = checkUrl(call, rawUrl)
  await withRetry(call, async () => {
    const response = await send(call, url, { method: 'GET' }, call.tuning.downloadTimeoutMs)
    // The result URL carries no key of ours: a 401/403 there is not a bad key.
    if (!response.ok) throw await failureFrom(call, response, 'download', false)
    await saveBody(call, response, file)
  })
}
