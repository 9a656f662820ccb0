import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter, Payload } from 'payload'
import { describeSmtp, emailSettingsFromEnv } from './smtpConfig'

/** The adapter's name when SMTP is not configured; the notification hook then does nothing at all. */
export const EMAIL_OFF_ADAPTER = 'loa-email-off'

export const EMAIL_OFF_MESSAGE = 'Thư thông báo: chưa cấu hình SMTP (SMTP_HOST), không gửi thư.'

/**
 * Payload's e-mail adapter from SMTP_* (src/notify/smtpConfig): Payload's nodemailer adapter when
 * SMTP_HOST is set, otherwise one that drops every mail, so Payload neither warns in English nor
 * writes mails to the console. A malformed setting throws here, while the config loads, so the
 * server refuses to start with the Vietnamese reason.
 */
export function emailAdapterFromEnv(env: Record<string, string | undefined> = process.env): EmailAdapter | Promise<EmailAdapter> {
  const settings = emailSettingsFromEnv(env)
  if (settings.kind === 'off') return emailOff

  const connecting = nodemailerAdapter({
    defaultFromAddress: settings.from.address,
    defaultFromName: settings.from.name,
    // Its check logs in English and only at start; a failed send is logged in Vietnamese instead
    // (src/notify/notifyReviewByEmail), and a mail server that is down at start may be up later.
    skipVerify: true,
    transportOptions: {
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth ? { auth: settings.auth } : {}),
      // Mail goes out after the save, in the background; these only bound how long a dead server holds a socket.
      connectionTimeout: 20_000,
      greetingTimeout: 20_000,
      socketTimeout: 60_000,
    },
  })
  return connecting.then(
    (adapter): EmailAdapter =>
      (args) => {
        logOncePerProcess(args.payload, `Thư thông báo: gửi qua máy chủ SMTP ${describeSmtp(settings)}.`)
        return adapter(args)
      },
  )
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
