import { describe, expect, it } from 'vitest'
import { describeSmtp, emailSettingsFromEnv, SmtpConfigError } from '../../../src/notify/smtpConfig'

const FROM = 'Loa <loa@example.gov.vn>'

describe('emailSettingsFromEnv: SMTP_* as the operator writes them', () => {
  it.each([
    ['nothing set', {}],
    ['blank host', { SMTP_HOST: '  ', SMTP_PORT: 'abc' }],
  ])('%s: e-mail is off (other SMTP_* are ignored)', (_label, env) => {
    expect(emailSettingsFromEnv(env)).toEqual({ kind: 'off' })
  })

  it.each([
    ['port defaults to 587 with STARTTLS', { SMTP_HOST: 'mail.example.gov.vn', SMTP_FROM: FROM }, { port: 587, secure: false }],
    ['465 is TLS from the start', { SMTP_HOST: 'mail.example.gov.vn', SMTP_PORT: '465', SMTP_FROM: FROM }, { port: 465, secure: true }],
    ['SMTP_SECURE=true wins', { SMTP_HOST: 'h.vn', SMTP_PORT: '2525', SMTP_SECURE: 'true', SMTP_FROM: FROM }, { port: 2525, secure: true }],
    ['SMTP_SECURE=false wins over 465', { SMTP_HOST: 'h.vn', SMTP_PORT: '465', SMTP_SECURE: 'FALSE', SMTP_FROM: FROM }, { port: 465, secure: false }],
    ['SMTP_SECURE=1', { SMTP_HOST: 'h.vn', SMTP_SECURE: '1', SMTP_FROM: FROM }, { port: 587, secure: true }],
  ])('%s', (_label, env, expected) => {
    const settings = emailSettingsFromEnv(env)
    expect(settings).toMatchObject({ kind: 'smtp', host: env.SMTP_HOST, ...expected })
  })

  it.each([
    ['"Name <address>"', 'Loa <loa@example.gov.vn>', { name: 'Loa', address: 'loa@example.gov.vn' }],
    ['quoted Vietnamese name', '"Trung tâm VHTT&TT" <tt@dongle.gov.vn>', { name: 'Trung tâm VHTT&TT', address: 'tt@dongle.gov.vn' }],
    ['bare address', 'loa@example.gov.vn', { name: 'Loa', address: 'loa@example.gov.vn' }],
    ['unset: SMTP_USER when it is an address', undefined, { name: 'Loa', address: 'user@example.gov.vn' }],
  ])('SMTP_FROM %s', (_label, from, expected) => {
    const settings = emailSettingsFromEnv({ SMTP_HOST: 'h.vn', SMTP_USER: 'user@example.gov.vn', SMTP_PASS: 'x', SMTP_FROM: from })
    expect(settings).toMatchObject({ kind: 'smtp', from: expected, auth: { user: 'user@example.gov.vn', pass: 'x' } })
  })

  it('sends without logging in when neither SMTP_USER nor SMTP_PASS is set', () => {
    const settings = emailSettingsFromEnv({ SMTP_HOST: 'h.vn', SMTP_FROM: FROM })
    expect(settings.kind === 'smtp' && settings.auth).toBeFalsy()
  })

  it.each([
    ['port not a number', { SMTP_PORT: 'abc' }, /SMTP_PORT phải là một số từ 1 đến 65535/],
    ['port zero', { SMTP_PORT: '0' }, /SMTP_PORT/],
    ['port too big', { SMTP_PORT: '70000' }, /SMTP_PORT/],
    ['port with a fraction', { SMTP_PORT: '587.5' }, /SMTP_PORT/],
    ['secure not a boolean', { SMTP_SECURE: 'yes' }, /SMTP_SECURE phải là true hoặc false/],
    ['user without password', { SMTP_USER: 'u' }, /thiếu SMTP_PASS/],
    ['password without user', { SMTP_PASS: 'p' }, /thiếu SMTP_USER/],
    ['from missing and user not an address', { SMTP_FROM: '', SMTP_USER: 'u', SMTP_PASS: 'p' }, /Thiếu SMTP_FROM/],
    ['from not an address', { SMTP_FROM: 'Loa' }, /SMTP_FROM không phải địa chỉ thư hợp lệ/],
    ['from with a line break (header injection)', { SMTP_FROM: 'Loa <loa@example.gov.vn>\r\nBcc: x@evil.test' }, /SMTP_FROM không được chứa dấu xuống dòng/],
    ['host with a path', { SMTP_HOST: 'smtp://mail.example.gov.vn/' }, /SMTP_HOST phải là tên máy/],
  ])('refuses %s in Vietnamese', (_label, overrides, message) => {
    const env = { SMTP_HOST: 'mail.example.gov.vn', SMTP_FROM: FROM, ...overrides }
    expect(() => emailSettingsFromEnv(env)).toThrow(SmtpConfigError)
    expect(() => emailSettingsFromEnv(env)).toThrow(message)
  })

  it('describes the server for the log without the password', () => {
    const settings = emailSettingsFromEnv({ SMTP_HOST: 'h.vn', SMTP_PORT: '465', SMTP_USER: 'u@h.vn', SMTP_PASS: 'secret-pass', SMTP_FROM: FROM })
    if (settings.kind !== 'smtp') throw new Error('expected smtp')
    expect(describeSmtp(settings)).toBe('h.vn:465 (SSL), đăng nhập u@h.vn, gửi từ loa@example.gov.vn')
    expect(describeSmtp(settings)).not.toContain('secret-pass')
  })
})
