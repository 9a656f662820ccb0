import { createServer, type Socket } from 'node:net'

/**
 * A tiny SMTP server for tests (node:net, no TLS): it accepts every mail, keeps it in memory and
 * decodes what a test asserts on (the envelope, the Subject header, the text and HTML parts of
 * nodemailer's MIME). Enough SMTP for nodemailer: EHLO/HELO, AUTH PLAIN/LOGIN (anything is
 * accepted), MAIL, RCPT, DATA, RSET, NOOP, QUIT.
 */
export type CaughtMail = {
  /** Envelope sender and recipients, as the client said them (MAIL FROM / RCPT TO). */
  envelopeFrom: string
  envelopeTo: string[]
  /** Headers with lower-case names, unfolded, still encoded. */
  headers: Map<string, string>
  /** Decoded (RFC 2047). */
  subject: string
  from: string
  to: string
  text: string
  html: string
  raw: string
}

export type SmtpCatcher = {
  port: number
  mails: CaughtMail[]
  /** Waits until `count` mails (all, or those `match` selects) have arrived; returns them. */
  waitForMails: (count: number, match?: (mail: CaughtMail) => boolean, timeoutMs?: number) => Promise<CaughtMail[]>
  close: () => Promise<void>
}

export async function startSmtpCatcher(): Promise<SmtpCatcher> {
  const mails: CaughtMail[] = []
  const sockets = new Set<Socket>()
  const server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
    socket.on('error', () => socket.destroy())
    serve(socket, (mail) => mails.push(mail))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0

  async function waitForMails(count: number, match: (mail: CaughtMail) => boolean = () => true, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = mails.filter(match)
      if (found.length >= count) return found
      if (Date.now() > deadline) throw new Error(`expected ${count} mails, got ${found.length}: ${mails.map((mail) => `${mail.envelopeTo.join(',')} ${mail.subject}`).join(' | ')}`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  return {
    port,
    mails,
    waitForMails,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

function serve(socket: Socket, deliver: (mail: CaughtMail) => void) {
  let buffer = ''
  let inData = false
  let dataLines: string[] = []
  let authStep: 'none' | 'plain' | 'login-user' | 'login-pass' = 'none'
  let envelopeFrom = ''
  let envelopeTo: string[] = []
  const reply = (line: string) => socket.write(`${line}\r\n`)

  reply('220 smtp-catcher ESMTP')
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => {
    buffer += chunk
    let newline: number
    while ((newline = buffer.indexOf('\r\n')) !== -1) {
      const line = buffer.slice(0, newline)
      buffer = buffer.slice(newline + 2)
      if (inData) {
        if (line === '.') {
          inData = false
          deliver(parseMail(dataLines.join('\r\n'), envelopeFrom, envelopeTo))
          dataLines = []
          envelopeFrom = ''
          envelopeTo = []
          reply('250 2.0.0 queued')
        } else {
          dataLines.push(line.startsWith('..') ? line.slice(1) : line)
        }
        continue
      }
      if (authStep !== 'none') {
        if (authStep === 'login-user') {
          authStep = 'login-pass'
          reply('334 UGFzc3dvcmQ6')
        } else {
          authStep = 'none'
          reply('235 2.7.0 accepted')
        }
        continue
      }
      const verb = line.slice(0, 4).toUpperCase()
      if (verb === 'EHLO') {
        reply('250-smtp-catcher')
        reply('250-AUTH PLAIN LOGIN')
        reply('250-8BITMIME')
        reply('250 SMTPUTF8')
      } else if (verb === 'HELO') reply('250 smtp-catcher')
      else if (verb === 'AUTH') {
        const [, mechanism, initial] = line.split(' ')
        if (mechanism?.toUpperCase() === 'PLAIN' && initial) reply('235 2.7.0 accepted')
        else if (mechanism?.toUpperCase() === 'PLAIN') {
          authStep = 'plain'
          reply('334 ')
        } else {
          authStep = 'login-user'
          reply('334 VXNlcm5hbWU6')
        }
      } else if (verb === 'MAIL') {
        envelopeFrom = /<([^>]*)>/.exec(line)?.[1] ?? ''
        reply('250 2.1.0 ok')
      } else if (verb === 'RCPT') {
        envelopeTo.push(/<([^>]*)>/.exec(line)?.[1] ?? '')
        reply('250 2.1.5 ok')
      } else if (verb === 'DATA') {
        inData = true
        reply('354 end with <CRLF>.<CRLF>')
      } else if (verb === 'RSET') {
        envelopeFrom = ''
        envelopeTo = []
        reply('250 ok')
      } else if (verb === 'NOOP') reply('250 ok')
      else if (verb === 'QUIT') {
        reply('221 bye')
        socket.end()
      } else reply('502 5.5.2 not implemented')
    }
  })
}

type Part = { headers: Map<string, string>; body: string }

function splitPart(raw: string): Part {
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end + 4)
  const headers = new Map<string, string>()
  // Unfold continuation lines, then split "Name: value".
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function parseMail(raw: string, envelopeFrom: string, envelopeTo: string[]): CaughtMail {
  const top = splitPart(raw)
  const leaves: Part[] = []
  const walk = (part: Part) => {
    const type = part.headers.get('content-type') ?? 'text/plain'
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
    if (/^multipart\//i.test(type) && boundary) {
      const pieces = part.body.split(`--${boundary}`).slice(1)
      for (const piece of pieces) {
        if (piece.startsWith('--')) break
        walk(splitPart(piece.replace(/^\r\n/, '')))
      }
    } else leaves.push(part)
  }
  walk(top)
  const decoded = (mime: string) => {
    const part = leaves.find((leaf) => (leaf.headers.get('content-type') ?? 'text/plain').toLowerCase().startsWith(mime))
    return part ? decodeBody(part) : ''
  }
  return {
    envelopeFrom,
    envelopeTo,
    headers: top.headers,
    subject: decodeWords(top.headers.get('subject') ?? ''),
    from: decodeWords(top.headers.get('from') ?? ''),
    to: decodeWords(top.headers.get('to') ?? ''),
    text: decoded('text/plain'),
    html: decoded('text/html'),
    raw,
  }
}

/** A text part as a mail program shows it: decoded, with plain "\n" line ends (SMTP sends CRLF). */
function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  const body = part.body.replace(/\r\n$/, '')
  const decoded = encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? quotedPrintable(body) : body
  return decoded.replace(/\r\n/g, '\n')
}

function quotedPrintable(text: string): string {
  return quotedPrintableBytes(text).toString('utf8')
}

function quotedPrintableBytes(text: string): Buffer {
  const softBreaksRemoved = text.replace(/=\r\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < softBreaksRemoved.length; i++) {
    const char = softBreaksRemoved[i]
    const hex = softBreaksRemoved.slice(i + 1, i + 3)
    if (char === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else bytes.push(...Buffer.from(char, 'utf8'))
  }
  return Buffer.from(bytes)
}

/**
 * RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=). Adjacent words are joined as bytes
 * before decoding (a Vietnamese letter may be split between two), and the space between them dropped.
 */
function decodeWords(value: string): string {
  const word = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g
  return value.replace(/=\?[^?]+\?[QqBb]\?[^?]*\?=(?:\s+=\?[^?]+\?[QqBb]\?[^?]*\?=)*/g, (run) => {
    const bytes: Buffer[] = []
    for (const [, , kind, data] of run.matchAll(word)) {
      bytes.push(kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : quotedPrintableBytes(data.replace(/_/g, ' ')))
    }
    return Buffer.concat(bytes).toString('utf8')
  })
}
