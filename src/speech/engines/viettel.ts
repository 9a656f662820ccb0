import { SpeechError } from '../types'
import type { ProviderSettings } from './config'
import { badKeyError, failureFrom, readJson, redact, RetryLater, saveBody, send, withRetry, type ProviderCall } from './http'

/**
 * Viettel AI text to speech: `POST /tts/speech_synthesis` with a JSON body `{ text, voice, speed,
 * tts_return_option, token, without_filter }` (the key travels in the body as `token`);
 * tts_return_option 3 asks for MP3 (1 streaming, 2 WAV). The answer is the audio itself, streamed to
 * disk; errors come back as JSON.
 *
 * ASSUMPTIONS where the public pages are silent: an error answer is recognised by its JSON content
 * type (whatever the status); its code/message fields vary between versions, so the status and any
 * of `code`, `message`, `vi_message`, `en_message`, `error` are read; a rejected token is HTTP
 * 401/403 or a message naming the token. `without_filter: false` keeps Viettel's quality filter on
 * (slower, better, which matters more than speed for a bulletin).
 */
export async function viettelPart(call: ProviderCall, settings: ProviderSettings, text: string, file: string, report: (stage: string) => void): Promise<void> {
  report('Đang chờ Viettel AI đọc')
  await withRetry(call, async () => {
    const response = await send(
      call,
      settings.endpoint,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'audio/*, application/json' },
        body: JSON.stringify({ text, voice: settings.voice, speed: settings.speed, tts_return_option: 3, token: settings.key, without_filter: false }),
      },
      call.tuning.requestTimeoutMs,
    )
    const json = /json/i.test(response.headers.get('content-type') ?? '')
    if (!response.ok && !(json && response.status < 500 && response.status !== 429)) throw await failureFrom(call, response, 'synthesis')
    if (!json) {
      await saveBody(call, response, file)
      return
    }
    const answer = await readJson(call, response, 'synthesis')
    const message = ['vi_message', 'en_message', 'message', 'error', 'msg'].map((k) => answer[k]).find((v): v is string => typeof v === 'string') ?? ''
    const code = answer.code ?? answer.status ?? answer.error_code
    const detail = redact(call, `Viettel AI HTTP ${response.status} code ${String(code)}: ${message.slice(0, 300)}`)
    if (code === 429 || /too many|rate limit|quá nhiều/i.test(message)) throw new RetryLater(detail)
    if (response.status === 401 || response.status === 403 || code === 401 || code === 403 || /token|unauthori[sz]ed|authenticat|xác thực|khóa/i.test(message)) {
      throw badKeyError(call, detail)
    }
    throw new SpeechError('Viettel AI không đọc được văn bản này.', detail)
  })
}
