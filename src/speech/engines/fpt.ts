import { SpeechError } from '../types'
import type { ProviderSettings } from './config'
import { badKeyError, checkUrl, failureFrom, readJson, redact, RetryLater, retryAfterMs, saveBody, send, sleep, withRetry, type ProviderCall } from './http'

/**
 * FPT.AI Speech, Text to Speech API v5 (docs.fpt.ai): `POST /hmi/tts/v5` with headers `api_key`,
 * `voice`, `speed` (-3..+3) and `format`, the raw UTF-8 text as the body (3 to 5 000 characters).
 * It answers at once with JSON `{ "async": "<mp3 link>", "error": 0, "message", "request_id" }`; the
 * file behind the link appears "5 seconds to 2 minutes" later and answers 404 until then, so the link
 * is polled with a growing interval up to tuning.poll.timeoutMs. (FPT.AI can also call a callback_url;
 * Loa does not use it: it would need a public inbound endpoint on the centre's server.)
 *
 * ASSUMPTIONS where the documentation is silent: the body is sent as text/plain (the documented
 * curl sends it form-encoded, which the service evidently reads as the raw text); a bad key is
 * answered with HTTP 401/403 (an API gateway's answer) or with a non-zero `error` and a message
 * naming the key; the result store may answer 403 rather than 404 for a file not yet written
 * (S3 does so when listing is not allowed), so both mean "not ready".
 */
export async function fptPart(call: ProviderCall, settings: ProviderSettings, text: string, file: string, report: (stage: string) => void): Promise<void> {
  const link = await withRetry(call, async () => {
    const response = await send(
      call,
      settings.endpoint,
      {
        method: 'POST',
        headers: {
          api_key: settings.key,
          voice: settings.voice,
          speed: String(settings.speed),
          format: 'mp3',
          'content-type': 'text/plain; charset=utf-8',
        },
        body: text,
      },
      call.tuning.requestTimeoutMs,
    )
    if (!response.ok) throw await failureFrom(call, response, 'synthesis request')
    const answer = await readJson(call, response, 'synthesis request')
    if (answer.error === 0 && typeof answer.async === 'string' && answer.async) return answer.async
    const message = typeof answer.message === 'string' ? answer.message : ''
    const detail = `FPT.AI error ${String(answer.error)}: ${message.slice(0, 300)}`
    if (/too many|rate limit|quá nhiều/i.test(message)) throw new RetryLater(redact(call, detail))
    if (/api[_ ]?key|unauthori[sz]ed|authenticat|credential|xác thực|khóa/i.test(message)) throw badKeyError(call, detail)
    throw new SpeechError('FPT.AI không nhận yêu cầu đọc.', redact(call, detail))
  })
  await pollResult(call, link, file, report)
}

async function pollResult(call: ProviderCall, link: string, file: string, report: (stage: string) => void): Promise<void> {
  const url = checkUrl(call, link)
  const { initialMs, maxIntervalMs, timeoutMs } = call.tuning.poll
  const started = Date.now()
  let wait = initialMs
  let polls = 0
  let last = 'no answer yet'
  for (;;) {
    if (Date.now() + wait - started > timeoutMs) {
      throw new SpeechError(
        `FPT.AI chưa trả tệp âm thanh sau ${Math.round((Date.now() - started) / 1000)} giây, thử lại sau.`,
        redact(call, `FPT.AI result not ready after ${polls} polls in ${Date.now() - started} ms (${url.origin}): ${last}`),
        true,
      )
    }
    report(polls === 0 ? 'Đang chờ FPT.AI trả tệp âm thanh' : `Đang chờ FPT.AI trả tệp âm thanh (đã hỏi ${polls} lần)`)
    await sleep(wait, call.signal)
    polls++
    let response: Response
    try {
      response = await send(call, url, { method: 'GET' }, call.tuning.downloadTimeoutMs)
    } catch (error) {
      if (!(error instanceof RetryLater)) throw error
      last = error.detail
      wait = Math.min(maxIntervalMs, wait * 1.5)
      continue
    }
    if (response.ok) {
      try {
        await saveBody(call, response, file)
        return
      } catch (error) {
        if (!(error instanceof RetryLater)) throw error
        last = error.detail
        continue
      }
    }
    last = `HTTP ${response.status}`
    if (response.status === 404 || response.status === 403) {
      await response.body?.cancel()
      wait = Math.min(maxIntervalMs, wait * 1.5)
      continue
    }
    if (response.status === 429 || response.status === 503) {
      const after = retryAfterMs(response.headers.get('retry-after'))
      await response.body?.cancel()
      wait = Math.min(maxIntervalMs * 3, after ?? wait * 2)
      continue
    }
    throw await failureFrom(call, response, 'result download', false)
  }
}
