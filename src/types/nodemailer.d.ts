// The little of nodemailer that src/notify/emailAdapter uses (nodemailer ships no types of its own).
declare module 'nodemailer' {
  type SmtpOptions = {
    host: string
    port: number
    secure: boolean
    auth?: { user: string; pass: string }
    connectionTimeout?: number
    greetingTimeout?: number
    socketTimeout?: number
  }
  type Transporter = { sendMail(message: Record<string, unknown>): Promise<{ messageId: string; accepted: unknown[]; rejected: unknown[] }> }
  const nodemailer: { createTransport(options: SmtpOptions): Transporter }
  export default nodemailer
}
