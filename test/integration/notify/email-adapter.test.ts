import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { EMAIL_OFF_ADAPTER, EMAIL_OFF_MESSAGE, emailAdapterFromEnv, emailIsOff } from '../../../src/notify/emailAdapter'
import { freePort } from '../../support/loaServer'
import { type SmtpCatcher, startSmtpCatcher } from '../../support/smtpCatcher'

/** The adapter with real nodemailer talking SMTP to a catcher on this machine; Payload reduced to its logger. */
function fakePayload() {
  const lines: Array<{ level: string; message: unknown }> = []
  const log = (level: string) => (message: unknown) => lines.push({ level, message })
  const payload = { logger: { info: log('info'), warn: log('warn'), error: log('error'), debug: log('debug') } } as unknown as Payload
  return { payload, lines }
}

const LOGGED = Symbol.for('loa.notify.emailStateLogged')

let catcher: SmtpCatcher

beforeAll(async () => {
  catcher = await startSmtpCatcher()
})
afterAll(async () => {
  await catcher?.close()
})
beforeEach(() => {
  delete (globalThis as { [LOGGED]?: boolean })[LOGGED]
})

describe('e-mail adapter from SMTP_*', () => {
  it('without SMTP_HOST drops mail and says so once per process, in Vietnamese', async () => {
    const first = fakePayload()
    const second = fakePayload()
    const adapter = await emailAdapterFromEnv({})
    const email = adapter({ payload: first.payload })
    adapter({ payload: second.payload }) // Next's own Payload instance in the same process
    expect(email.name).toBe(EMAIL_OFF_ADAPTER)
    expect(emailIsOff({ email } as unknown as Payload)).toBe(true)
    await expect(email.sendEmail({ to: 'a@b.vn', subject: 'x', text: 'y' })).resolves.toBeUndefined()
    expect(first.lines.filter((line) => line.level === 'info').map((line) => line.message)).toEqual([EMAIL_OFF_MESSAGE])
    expect(second.lines.filter((line) => line.level === 'info')).toEqual([])
  })

  it('with SMTP_HOST sends through Payload nodemailer adapter, from SMTP_FROM, logging in with SMTP_USER', async () => {
    const { payload, lines } = fakePayload()
    const adapter = await emailAdapterFromEnv({
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.port),
      SMTP_SECURE: 'false',
      SMTP_USER: 'loa',
      SMTP_PASS: 'mat-khau',
      SMTP_FROM: 'Trung tâm VHTT <loa@example.gov.vn>',
    })
    const email = adapter({ payload })
    expect(email.name).toBe('nodemailer')
    expect(emailIsOff({ email } as unknown as Payload)).toBe(false)
    expect(lines.map((line) => line.message)).toEqual([`Thư thông báo: gửi qua máy chủ SMTP 127.0.0.1:${catcher.port}, đăng nhập loa, gửi từ loa@example.gov.vn.`])

    await email.sendEmail({ to: 'lanhdao@example.gov.vn', subject: 'Tin chờ duyệt: Đường làng sạch đẹp', text: 'Nội dung có dấu: ệ ữ ỗ', html: '<p>Nội dung</p>' })
    const [mail] = await catcher.waitForMails(1, (m) => m.envelopeTo.includes('lanhdao@example.gov.vn'))
    expect(mail.envelopeFrom).toBe('loa@example.gov.vn')
    expect(mail.from).toContain('Trung tâm VHTT')
    expect(mail.subject).toBe('Tin chờ duyệt: Đường làng sạch đẹp')
    expect(mail.text).toBe('Nội dung có dấu: ệ ữ ỗ')
    expect(mail.html).toBe('<p>Nội dung</p>')
  })

  it('a dead mail server makes sendEmail fail (the caller logs it), it does not hang', async () => {
    const { payload } = fakePayload()
    const deadPort = await freePort()
    const adapter = await emailAdapterFromEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(deadPort), SMTP_FROM: 'loa@example.gov.vn' })
    const started = Date.now()
    await expect(adapter({ payload }).sendEmail({ to: 'a@example.gov.vn', subject: 'x', text: 'y' })).rejects.toThrow(/ECONNREFUSED/)
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('a malformed setting is refused when the config loads', () => {
    expect(() => emailAdapterFromEnv({ SMTP_HOST: 'mail.example.gov.vn', SMTP_PORT: 'năm trăm', SMTP_FROM: 'loa@example.gov.vn' })).toThrow(/SMTP_PORT phải là một số/)
  })
})
