/**
 * E-mail settings from the environment (SMTP_HOST, SMTP_PORT, SMTP_SECURE, SMTP_USER, SMTP_PASS,
 * SMTP_FROM). Pure: the environment is passed in. Without SMTP_HOST e-mail is off; anything set
 * but malformed is refused at start with one Vietnamese sentence, so a typo is not discovered the
 * day a story waits unseen.
 */

export type SmtpSettings = {
  host: string
  port: number
  /** TLS from the first byte (port 465); false means STARTTLS when the server offers it. */
  secure: boolean
  auth?: { user: string; pass: string }
  from: { name: string; address: string }
}

export type EmailSettings = { kind: 'off' } | ({ kind: 'smtp' } & SmtpSettings)

export class SmtpConfigError extends Error {
  override name = 'SmtpConfigError'
}

const DEFAULT_PORT = 587
const DEFAULT_FROM_NAME = 'Loa'
// Deliberately plain: one @, no spaces or angle brackets. The SMTP server has the last word.
const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+\.[^\s@<>",;]+$/
// A line break in a header value would start a new header.
const LINE_BREAK = /[\r\n]/

export function emailSettingsFromEnv(env: Record<string, string | undefined>): EmailSettings {
  const host = env.SMTP_HOST?.trim()
  if (!host) return { kind: 'off' }
  for (const name of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE', 'SMTP_USER', 'SMTP_PASS', 'SMTP_FROM']) {
    if (LINE_BREAK.test(env[name] ?? '')) throw new SmtpConfigError(`${name} không được chứa dấu xuống dòng.`)
  }
  if (/[\s/]/.test(host)) throw new SmtpConfigError(`SMTP_HOST phải là tên máy hoặc địa chỉ IP, không có khoảng trắng hay "/" (đang là "${host}").`)

  const port = parsePort(env.SMTP_PORT)
  const secure = parseSecure(env.SMTP_SECURE, port)

  const user = env.SMTP_USER?.trim() ?? ''
  const pass = env.SMTP_PASS ?? ''
  if (user && !pass) throw new SmtpConfigError('Có SMTP_USER nhưng thiếu SMTP_PASS: hãy đặt mật khẩu, hoặc bỏ cả hai nếu máy chủ thư không cần đăng nhập.')
  if (!user && pass) throw new SmtpConfigError('Có SMTP_PASS nhưng thiếu SMTP_USER.')

  const from = parseFrom(env.SMTP_FROM, user)
  return { kind: 'smtp', host, port, secure, ...(user ? { auth: { user, pass } } : {}), from }
}

function parsePort(raw: string | undefined): number {
  const value = raw?.trim()
  if (!value) return DEFAULT_PORT
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new SmtpConfigError(`SMTP_PORT phải là một số từ 1 đến 65535, thường là 587 (STARTTLS) hoặc 465 (SSL) (đang là "${raw}").`)
  }
  return port
}

function parseSecure(raw: string | undefined, port: number): boolean {
  const value = raw?.trim().toLowerCase()
  // Unset: what the port conventionally means (465 is TLS from the start, 587 and 25 upgrade with STARTTLS).
  if (!value) return port === 465
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new SmtpConfigError(`SMTP_SECURE phải là true hoặc false (đang là "${raw}").`)
}

/** "Loa <loa@example.gov.vn>", "loa@example.gov.vn", or unset (then SMTP_USER when it is an address). */
function parseFrom(raw: string | undefined, user: string): { name: string; address: string } {
  const value = raw?.trim()
  if (!value) {
    if (ADDRESS.test(user)) return { name: DEFAULT_FROM_NAME, address: user }
    throw new SmtpConfigError('Thiếu SMTP_FROM: địa chỉ người gửi thư, ví dụ SMTP_FROM="Loa <loa@example.gov.vn>".')
  }
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(value)
  const name = named ? named[1].replace(/^"(.*)"$/, '$1').trim() : ''
  const address = (named ? named[2] : value).trim()
  if (!ADDRESS.test(address)) {
    throw new SmtpConfigError(`SMTP_FROM không phải địa chỉ thư hợp lệ: "${raw}". Ví dụ đúng: SMTP_FROM="Loa <loa@example.gov.vn>".`)
  }
  return { name: name || DEFAULT_FROM_NAME, address }
}

/** For the log: where mail goes, without the password. */
export function describeSmtp(settings: SmtpSettings): string {
  return `${settings.host}:${settings.port}${settings.secure ? ' (SSL)' : ''}${settings.auth ? `, đăng nhập ${settings.auth.user}` : ''}, gửi từ ${settings.from.address}`
}
