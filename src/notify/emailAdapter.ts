import type nodemailerModule from 'nodemailer'
import type { EmailAdapter, Payload } from 'payload'
import { describeSmtp, emailSettingsFromEnv } from './smtpConfig'

/** The adapter's name when SMTP is not configured; the notification hook then does nothing at all. */
export const EMAIL_OFF_ADAPTER = 'loa-email-off'

export const EMAIL_OFF_MESSAGE = 'Thư thông báo: chưa cấu hình SMTP (SMTP_HOST), không gửi thư.'

/**
 * Payload's e-mail adapter from SMTP_* (src/notify/smtpConfig): nodemailer over SMTP when
 * SMTP_HOST is set, otherwise one that drops every mail, so Payload neither warns in English nor
 * writes mails to the console. A malformed setting throws here, while the config loads, so the
 * server refuses to start with the Vietnamese reason.
 */
export function emailAdapterFromEnv(env: Record<string, string | undefined> = process.env): EmailAdapter {
  const settings = emailSettingsFromEnv(env)
  if (settings.kind === 'off') return emailOff

  // Nodemailer directly, not @payloadcms/email-nodemailer: that package is published only up to
  // 3.90.1, and Payload refuses (outside production) to run beside a Payload package of another version.
  // Nodemailer is imported with the first mail: most processes (the worker, scripts) never send one.
  let transport: ReturnType<typeof nodemailerModule.createTransport> | undefined
  const transportForFirstMail = async () => {
    const { default: nodemailer } = await import('nodemailer')
    transport ??= nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth ? { auth: settings.auth } : {}),
      // Mail goes out after the save, in the background; these only bound how long a dead server holds a socket.
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    })
    return transport
  }
  // No check at start (it would log in English, and a mail server down at start may be up later):
  // a failed send is logged in Vietnamese (src/notify/notifyReviewByEmail).
  return ({ payload }) => {
    logOncePerProcess(payload, `Thư thông báo: gửi qua máy chủ SMTP ${describeSmtp(settings)}.`)
    return {
      name: 'nodemailer',
      defaultFromAddress: settings.from.address,
      defaultFromName: settings.from.name,
      sendEmail: async (message) => {
        const from = typeof message.from === 'object' && message.from ? (message.from.name ? `${message.from.name} <${message.from.address}>` : message.from.address) : message.from
        return (transport ?? (await transportForFirstMail())).sendMail({ ...message, from: from || `${settings.from.name} <${settings.from.address}>` } as never)
      },
    }
  }
}

const emailOff: EmailAdapter = ({ payload }) => {
  logOncePerProcess(payload, EMAIL_OFF_MESSAGE)
  return {
    name: EMAIL_OFF_ADAPTER,
    defaultFromAddress: 'loa@localhost',
    defaultFromName: 'Loa',
    sendEmail: async (message) => {
      payload.logger.debug({ msg: 'Thư không gửi (chưa cấu hình SMTP)', subject: message.subject })
    },
  }
}

export function emailIsOff(payload: Payload): boolean {
  return !payload.email || payload.email.name === EMAIL_OFF_ADAPTER
}

// A process holds more than one Payload (the server's own and the one Next bundles for the admin),
// each with its own copy of this module: the mark lives on globalThis.
const LOGGED = Symbol.for('loa.notify.emailStateLogged')

function logOncePerProcess(payload: Payload, message: string): void {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const registry = globalThis as { [LOGGED]?: boolean }
  if (registry[LOGGED]) return
  registry[LOGGED] = true
  payload.logger.info(message)
}
