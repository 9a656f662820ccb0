import { SpeechError } from '../types'
import type { ProviderSettings } from './config'
import { badKeyError, download, failureFrom, readJson, redact, RetryLater, send, withRetry, type ProviderCall } from './http'

/**
 * Zalo AI text to speech: `POST /v1/tts/synthesize` with header `apikey` and form fields `input`,
 * `speaker_id`, `speed` (0.8..1.2) and `encode_type` (1 = MP3, 0 = WAV). It answers JSON
 * `{ "data": { "url": "<file>" }, "error_code": 0, "error_message": "…" }`; the file is downloaded
 * (streamed, size-limited, https only).
 *
 * ASSUMPTIONS where the documentation is silent: a rejected key is HTTP 401/403 or a non-zero
 * error_code whose message names the key; a rate limit is HTTP 429 or a message saying so.
 */
export async function zaloPart(call: ProviderCall, settings: ProviderSettings, text: string, file: string, report: (stage: string) => void): Promise<void> {
  report('Đang chờ Zalo AI đọc')
  const url = await withRetry(call, async () => {
    const response = await send(
      call,
      settings.endpoint,
      {
        method: 'POST',
        headers: { apikey: settings.key },
        // URLSearchParams: application/x-www-form-urlencoded;charset=UTF-8, as the documented form.
        body: new URLSearchParams({ input: text, speaker_id: settings.voice, speed: String(settings.speed), encode_type: '1' }),
      },
      call.tuning.requestTimeoutMs,
    )
    if (!response.ok) throw await failureFrom(call, response, 'synthesis request')
    const answer = await readJson(call, response, 'synthesis request')
    const data = answer.data as { url?: unknown } | undefined
    if (answer.error_code === 0 && typeof data?.url === 'string' && data.url) return data.url
    const message = typeof answer.error_message === 'string' ? answer.error_message : ''
    const detail = redact(call, `Zalo AI error_code ${String(answer.error_code)}: ${message.slice(0, 300)}`)
    if (/too many|rate limit|quá nhiều/i.test(message)) throw new RetryLater(detail)
    if (/api ?key|unauthori[sz]ed|authenticat|xác thực|khóa/i.test(message)) throw badKeyError(call, detail)
    throw new SpeechError('Zalo AI không đọc được văn bản này.', detail)
  })
  report('Đang tải tệp âm thanh từ Zalo AI')
  await download(call, url, file)
}
