import { describe, expect, it } from 'vitest'
import { describeSpeechSettings, speechConfigProblems, speechSettingsFromEnv } from '../../../src/speech/engines/config'
import { speechEnginesFromEnv } from '../../../src/speech/engines'

const KEY = 'sk-test-0123456789abcdef'

describe('speech settings from LOA_TTS_*', () => {
  it('nothing set: no provider, the local voice, no problems, and the log says nothing is sent', () => {
    const settings = speechSettingsFromEnv({})
    expect(settings).toMatchObject({ provider: null, localWordsPerMinute: 150, problems: [] })
    expect(describeSpeechSettings(settings)).toMatch(/espeak-ng.*không gửi văn bản đi đâu/)
    const engines = speechEnginesFromEnv({})
    expect(engines.preferred).toBe(engines.local)
    expect(engines.provider).toBeNull()
    expect(engines.local.id).toBe('espeak-ng')
  })

  it.each([
    ['fpt', 'banmai', 0, 'https://api.fpt.ai/hmi/tts/v5', 5000],
    ['viettel', 'hn-quynhanh', 1, 'https://viettelai.vn/tts/speech_synthesis', 2000],
    ['zalo', '2', 1, 'https://api.zalo.ai/v1/tts/synthesize', 1980],
  ] as const)('%s with a key: defaults for voice, speed and endpoint; preferred is the provider', (provider, voice, speed, url, maxChars) => {
    const env = { LOA_TTS_PROVIDER: provider.toUpperCase(), LOA_TTS_API_KEY: KEY }
    const settings = speechSettingsFromEnv(env)
    expect(settings.problems).toEqual([])
    expect(settings.provider).toMatchObject({ provider, voice, speed, key: KEY })
    expect(settings.provider?.endpoint.href).toBe(url)
    const engines = speechEnginesFromEnv(env)
    expect(engines.preferred.id).toBe(provider)
    expect(engines.preferred.maxChars).toBe(maxChars)
    expect(engines.local.id).toBe('espeak-ng')
    expect(engines.description).toContain(voice)
    expect(engines.description).not.toContain(KEY)
  })

  const problems: { name: string; env: Record<string, string>; message: RegExp }[] = [
    { name: 'unknown provider', env: { LOA_TTS_PROVIDER: 'google', LOA_TTS_API_KEY: KEY }, message: /LOA_TTS_PROVIDER phải là fpt, viettel hoặc zalo.*"google"/ },
    { name: 'provider without key', env: { LOA_TTS_PROVIDER: 'fpt' }, message: /Thiếu LOA_TTS_API_KEY: khóa API của FPT\.AI/ },
    { name: 'key without provider', env: { LOA_TTS_API_KEY: KEY }, message: /chưa chọn nhà cung cấp/ },
    { name: 'key with a space (header injection)', env: { LOA_TTS_PROVIDER: 'zalo', LOA_TTS_API_KEY: 'abc def' }, message: /LOA_TTS_API_KEY không hợp lệ/ },
    { name: 'FPT speed not an integer', env: { LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_SPEED: '1.5' }, message: /LOA_TTS_SPEED của FPT\.AI phải là số nguyên từ -3 đến 3/ },
    { name: 'FPT speed out of range', env: { LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_SPEED: '5' }, message: /từ -3 đến 3/ },
    { name: 'Viettel speed out of range', env: { LOA_TTS_PROVIDER: 'viettel', LOA_TTS_API_KEY: KEY, LOA_TTS_SPEED: '2' }, message: /Viettel AI phải là số từ 0\.7 đến 1\.3/ },
    { name: 'Zalo speed not a number', env: { LOA_TTS_PROVIDER: 'zalo', LOA_TTS_API_KEY: KEY, LOA_TTS_SPEED: 'nhanh' }, message: /Zalo AI phải là số từ 0\.8 đến 1\.2.*"nhanh"/ },
    { name: 'URL with another scheme', env: { LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_URL: 'ftp://example.org/tts' }, message: /LOA_TTS_URL phải bắt đầu bằng https:\/\// },
    { name: 'URL that is not a URL', env: { LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_URL: 'api.fpt.ai' }, message: /LOA_TTS_URL không phải địa chỉ hợp lệ/ },
    { name: 'voice with a line break', env: { LOA_TTS_PROVIDER: 'fpt', LOA_TTS_API_KEY: KEY, LOA_TTS_VOICE: 'banmai\r\nx-evil: 1' }, message: /LOA_TTS_VOICE phải là mã giọng/ },
    { name: 'local speed out of bounds', env: { LOA_TTS_LOCAL_SPEED: '20' }, message: /LOA_TTS_LOCAL_SPEED phải là số từ mỗi phút, từ 80 đến 450/ },
  ]
  for (const { name, env, message } of problems) {
    it(`refuses ${name} in Vietnamese, never echoing the key, and sends nothing`, () => {
      const found = speechConfigProblems(env)
      expect(found.join(' ')).toMatch(message)
      expect(found.join(' ')).not.toContain(KEY)
      const engines = speechEnginesFromEnv(env)
      expect(engines.provider).toBeNull()
      expect(engines.preferred).toBe(engines.local)
      expect(engines.problems).toEqual(found)
      expect(engines.description).not.toContain(KEY)
    })
  }

  it('accepts a Vietnamese decimal comma, an http endpoint (stand-ins) and the local speed', () => {
    const settings = speechSettingsFromEnv({ LOA_TTS_PROVIDER: 'viettel', LOA_TTS_API_KEY: KEY, LOA_TTS_SPEED: '0,9', LOA_TTS_URL: 'http://127.0.0.1:9/tts', LOA_TTS_LOCAL_SPEED: '170' })
    expect(settings.problems).toEqual([])
    expect(settings.provider?.speed).toBe(0.9)
    expect(settings.provider?.endpoint.href).toBe('http://127.0.0.1:9/tts')
    expect(settings.localWordsPerMinute).toBe(170)
    expect(describeSpeechSettings(settings)).toMatch(/^Giọng đọc: Viettel AI, giọng hn-quynhanh, tốc độ 0\.9, địa chỉ http:\/\/127\.0\.0\.1:9\/tts; dự phòng .*170 từ\/phút/)
  })
})
