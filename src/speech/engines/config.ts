import { LOCAL_SPEED_DEFAULT, LOCAL_SPEED_MAX, LOCAL_SPEED_MIN } from './local'

/**
 * Speech settings from the environment. Pure: the environment is passed in.
 *
 *   LOA_TTS_PROVIDER     fpt | viettel | zalo; empty: none (only the local voice; nothing is sent anywhere)
 *   LOA_TTS_API_KEY      the provider's key (FPT.AI api_key, Viettel AI token, Zalo AI apikey)
 *   LOA_TTS_VOICE        the provider's voice name (default per provider, below)
 *   LOA_TTS_SPEED        on the provider's own scale: FPT.AI -3..3 (integer), Viettel AI 0.7..1.3, Zalo AI 0.8..1.2
 *   LOA_TTS_URL          endpoint override (a proxy, or the tests' stand-ins); http only for those
 *   LOA_TTS_LOCAL_SPEED  espeak-ng words per minute, 80..450 (default 150)
 *
 * As with SMTP_* (src/notify/smtpConfig), anything set but malformed is a problem reported in one
 * Vietnamese sentence each (speechConfigProblems), so a typo shows at start and not on the day of a storm.
 */

export type ProviderId = 'fpt' | 'viettel' | 'zalo'

export interface ProviderSpec {
  id: ProviderId
  /** The provider's name, for staff and the log. */
  name: string
  defaultUrl: string
  defaultVoice: string
  /** Voice names go into an HTTP header (FPT.AI) or a form field: a plain token only. */
  speed: { min: number; max: number; normal: number; integer: boolean }
  /** The longest text one request may carry (see each adapter for the source). */
  maxChars: number
}

export const PROVIDERS: Record<ProviderId, ProviderSpec> = {
  // docs.fpt.ai "FPT.AI Speech - Text to Speech" (API v5): voices banmai, leminh, thuminh, myan, lannhi,
  // linhsan, giahuy; speed -3..+3 (0 normal); 5 000 characters per request, at least 3.
  fpt: { id: 'fpt', name: 'FPT.AI', defaultUrl: 'https://api.fpt.ai/hmi/tts/v5', defaultVoice: 'banmai', speed: { min: -3, max: 3, normal: 0, integer: true }, maxChars: 5000 },
  // Viettel AI's public API pages give speed 0.7..1.3 and voices such as hn-quynhanh, hn-thanhtung,
  // hcm-diemmy. ASSUMPTION: no per-request length limit was found in the public documentation we
  // could read; 2 000 characters is a conservative choice (clients in the wild send up to 2 000 and
  // less), so long articles are split rather than refused.
  viettel: { id: 'viettel', name: 'Viettel AI', defaultUrl: 'https://viettelai.vn/tts/speech_synthesis', defaultVoice: 'hn-quynhanh', speed: { min: 0.7, max: 1.3, normal: 1, integer: false }, maxChars: 2000 },
  // Zalo AI "text-to-audio-converter": speaker_id 1..4 (1 southern female, 2 northern female,
  // 3 southern male, 4 northern male), speed 0.8..1.2; input up to about 2 000 characters (clients
  // trim at 1 980, which is what we send at most).
  zalo: { id: 'zalo', name: 'Zalo AI', defaultUrl: 'https://api.zalo.ai/v1/tts/synthesize', defaultVoice: '2', speed: { min: 0.8, max: 1.2, normal: 1, integer: false }, maxChars: 1980 },
}

export interface ProviderSettings {
  provider: ProviderId
  key: string
  voice: string
  speed: number
  endpoint: URL
}

export interface SpeechSettings {
  /** null: no provider configured (or it is misconfigured: see problems); read-outs use the local voice. */
  provider: ProviderSettings | null
  localWordsPerMinute: number
  /** Vietnamese, one sentence each; empty when everything set is valid. */
  problems: string[]
}

const VOICE = /^[A-Za-z0-9_.-]{1,64}$/
// A key goes into an HTTP header or a JSON body: printable ASCII without spaces.
const KEY = /^[\x21-\x7e]{1,512}$/

export function speechSettingsFromEnv(env: Record<string, string | undefined>): SpeechSettings {
  const problems: string[] = []
  const localWordsPerMinute = parseLocalSpeed(env.LOA_TTS_LOCAL_SPEED, problems)
  const providerRaw = env.LOA_TTS_PROVIDER?.trim().toLowerCase() ?? ''
  const key = env.LOA_TTS_API_KEY?.trim() ?? ''
  if (!providerRaw) {
    if (key) problems.push('Có LOA_TTS_API_KEY nhưng chưa chọn nhà cung cấp: hãy đặt LOA_TTS_PROVIDER (fpt, viettel hoặc zalo), hoặc bỏ khóa.')
    return { provider: null, localWordsPerMinute, problems }
  }
  if (!Object.hasOwn(PROVIDERS, providerRaw)) {
    problems.push(`LOA_TTS_PROVIDER phải là fpt, viettel hoặc zalo, hoặc để trống để chỉ dùng giọng đọc cục bộ (đang là "${env.LOA_TTS_PROVIDER?.trim().slice(0, 40)}").`)
    return { provider: null, localWordsPerMinute, problems }
  }
  const spec = PROVIDERS[providerRaw as ProviderId]
  const before = problems.length
  // The key itself is never repeated in a message.
  if (!key) problems.push(`Thiếu LOA_TTS_API_KEY: khóa API của ${spec.name} (nhà cung cấp giọng đọc đã chọn ở LOA_TTS_PROVIDER).`)
  else if (!KEY.test(key)) problems.push('LOA_TTS_API_KEY không hợp lệ: khóa không được chứa khoảng trắng, dấu xuống dòng hay chữ có dấu.')

  const voice = env.LOA_TTS_VOICE?.trim() || spec.defaultVoice
  if (!VOICE.test(voice)) problems.push(`LOA_TTS_VOICE phải là mã giọng của ${spec.name}, chỉ gồm chữ không dấu, số, "-", "_" hoặc "." (đang là "${voice.slice(0, 40)}").`)

  const speed = parseSpeed(env.LOA_TTS_SPEED, spec, problems)
  const endpoint = parseEndpoint(env.LOA_TTS_URL, spec, problems)
  if (problems.length > before || !endpoint) return { provider: null, localWordsPerMinute, problems }
  return { provider: { provider: spec.id, key, voice, speed, endpoint }, localWordsPerMinute, problems }
}

/** The problems only (empty: fine), for the start-up check. */
export function speechConfigProblems(env: Record<string, string | undefined>): string[] {
  return speechSettingsFromEnv(env).problems
}

/** One line for the log, in Vietnamese, without the key. */
export function describeSpeechSettings(settings: SpeechSettings): string {
  const local = `giọng cục bộ espeak-ng (vi, ${settings.localWordsPerMinute} từ/phút)`
  if (settings.problems.length > 0) return `Giọng đọc: cấu hình LOA_TTS_* có lỗi (${settings.problems.join(' ')}); chỉ dùng ${local}.`
  if (!settings.provider) return `Giọng đọc: ${local}; chưa cấu hình nhà cung cấp (LOA_TTS_PROVIDER), không gửi văn bản đi đâu.`
  const { provider, voice, speed, endpoint } = settings.provider
  const spec = PROVIDERS[provider]
  const custom = endpoint.href === spec.defaultUrl ? '' : `, địa chỉ ${endpoint.origin}${endpoint.pathname}`
  return `Giọng đọc: ${spec.name}, giọng ${voice}, tốc độ ${speed}${custom}; dự phòng ${local}.`
}

function parseLocalSpeed(raw: string | undefined, problems: string[]): number {
  const value = raw?.trim()
  if (!value) return LOCAL_SPEED_DEFAULT
  const n = /^\d{1,4}$/.test(value) ? Number(value) : NaN
  if (!(n >= LOCAL_SPEED_MIN && n <= LOCAL_SPEED_MAX)) {
    problems.push(`LOA_TTS_LOCAL_SPEED phải là số từ mỗi phút, từ ${LOCAL_SPEED_MIN} đến ${LOCAL_SPEED_MAX} (thường 140–170) (đang là "${value.slice(0, 20)}").`)
    return LOCAL_SPEED_DEFAULT
  }
  return n
}

function parseSpeed(raw: string | undefined, spec: ProviderSpec, problems: string[]): number {
  const value = raw?.trim()
  if (!value) return spec.speed.normal
  // A Vietnamese decimal comma ("0,9") is accepted: it is how staff write numbers.
  const n = /^[+-]?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : NaN
  const { min, max, integer } = spec.speed
  if (!(n >= min && n <= max) || (integer && !Number.isInteger(n))) {
    const range = integer ? `số nguyên từ ${min} đến ${max} (0 là bình thường)` : `số từ ${min} đến ${max} (1 là bình thường)`
    problems.push(`LOA_TTS_SPEED của ${spec.name} phải là ${range} (đang là "${value.slice(0, 20)}").`)
    return spec.speed.normal
  }
  return n
}

function parseEndpoint(raw: string | undefined, spec: ProviderSpec, problems: string[]): URL | null {
  const value = raw?.trim() || spec.defaultUrl
  let url: URL
  try {
    url = new URL(value)
  } catch {
    problems.push(`LOA_TTS_URL không phải địa chỉ hợp lệ (đang là "${value.slice(0, 80)}").`)
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problems.push(`LOA_TTS_URL phải bắt đầu bằng https:// (hoặc http:// cho máy thử nghiệm) (đang là "${url.protocol}").`)
    return null
  }
  if (url.username || url.password) {
    problems.push('LOA_TTS_URL không được chứa tên đăng nhập hay mật khẩu; khóa đặt ở LOA_TTS_API_KEY.')
    return null
  }
  return url
}
