import { describe, expect, it } from 'vitest'
import { checkUrl, DEFAULT_TUNING, redact, retryAfterMs, type ProviderCall } from '../../../src/speech/engines/http'
import { SpeechError } from '../../../src/speech/types'

const call = (allowHttp: boolean): ProviderCall => ({ name: 'FPT.AI', key: 'SECRET-KEY', allowHttp, tuning: DEFAULT_TUNING })

describe('provider HTTP rules', () => {
  it.each([
    ['7', 7000],
    ['0', 0],
    ['1.5', 1500],
    ['Wed, 21 Oct 2026 07:28:10 GMT', 10_000],
    ['soon', null],
    [null, null],
  ])('Retry-After %s → %s ms', (header, ms) => {
    expect(retryAfterMs(header, Date.parse('Wed, 21 Oct 2026 07:28:00 GMT'))).toBe(ms)
  })

  it.each([
    ['https://s3.example.com/a.mp3', true, true],
    ['https://s3.example.com/a.mp3', false, true],
    ['http://127.0.0.1:8080/a.mp3', true, true],
    ['http://s3.example.com/a.mp3', false, false],
    ['file:///etc/passwd', true, false],
    ['data:audio/mpeg;base64,AAAA', true, false],
    ['ftp://example.com/a.mp3', true, false],
    ['not a url', true, false],
  ])('result link %s (http allowed: %s) accepted: %s', (url, allowHttp, ok) => {
    if (ok) expect(checkUrl(call(allowHttp), url).href).toBe(new URL(url).href)
    else expect(() => checkUrl(call(allowHttp), url)).toThrow(SpeechError)
  })

  it('removes the key from anything meant for the log', () => {
    expect(redact(call(false), 'invalid api_key SECRET-KEY for SECRET-KEY')).toBe('invalid api_key *** for ***')
  })
})
