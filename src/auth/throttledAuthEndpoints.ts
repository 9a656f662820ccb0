import {
  addDataAndFileToRequest,
  AuthenticationError,
  type Endpoint,
  forgotPasswordOperation,
  loginOperation,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { generatePayloadCookie } from 'payload/shared'
import { CLIENT_IP_HEADER } from '../lib/clientIpHeader'
import { createLoginThrottle, normaliseAccount } from '../lib/loginThrottle'

/**
 * Payload's login and forgot-password endpoints, replaced (custom endpoints are matched first) to
 * add what they lack: throttling by client and account together (src/lib/loginThrottle), and
 * answers that do not tell whether an e-mail belongs to a staff member — the same message and,
 * for a refused login, the same minimum time whether the account exists or not (an existing account
 * costs a password hash, about 50 ms; an unknown one a single query).
 */
const throttle = createLoginThrottle()
const forgotThrottle = createLoginThrottle({ perPair: 3, perClient: 10, windowMs: 60 * 60_000, maxTracked: 20_000 })

/** Every refused login takes at least this long, whatever the reason. */
export const REFUSED_LOGIN_MS = 700
const REFUSED_MESSAGE = 'Email hoặc mật khẩu không đúng.'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

function clientOf(req: PayloadRequest): string {
  // Set by the Express server from the socket (or a trusted proxy); a client cannot choose it.
  return req.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
}

function tooManyAttempts(retryAfterMs: number): Response {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000))
  return Response.json(
    { errors: [{ message: `Bạn đã thử quá nhiều lần từ máy này. Hãy thử lại sau ${minutes} phút.` }] },
    { status: 429, headers: { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) } },
  )
}

const refusal = (error: unknown) => error instanceof AuthenticationError || error instanceof ValidationError || (error as { status?: number })?.status === 401

export const throttledLogin: Endpoint = {
  path: '/login',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const account = normaliseAccount(req.data?.email)
    const password = typeof req.data?.password === 'string' ? req.data.password : ''
    const client = clientOf(req)
    const started = Date.now()
    const verdict = throttle.check(client, account, started)
    if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterMs)
    const collection = req.payload.collections.users
    try {
      const result = await loginOperation({ collection, data: { email: account, password }, req })
      throttle.succeeded(client, account)
      const cookie = generatePayloadCookie({ collectionAuthConfig: collection.config.auth, cookiePrefix: req.payload.config.cookiePrefix, token: result.token as string })
      return Response.json({ message: 'Đăng nhập thành công.', ...result }, { headers: { 'Set-Cookie': cookie } })
    } catch (error) {
      if (!refusal(error)) throw error
      throttle.failed(client, account, Date.now())
      await sleep(started + REFUSED_LOGIN_MS - Date.now())
      return Response.json({ errors: [{ message: REFUSED_MESSAGE }] }, { status: 401 })
    }
  },
}

export const throttledForgotPassword: Endpoint = {
  path: '/forgot-password',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const account = normaliseAccount(req.data?.email)
    const client = clientOf(req)
    const started = Date.now()
    const verdict = forgotThrottle.check(client, account, started)
    if (!verdict.allowed) return tooManyAttempts(verdict.retryAfterMs)
    forgotThrottle.failed(client, account, started)
    try {
      await forgotPasswordOperation({ collection: req.payload.collections.users, data: { email: account } as Parameters<typeof forgotPasswordOperation>[0]['data'], req })
    } catch (error) {
      if (!refusal(error)) throw error
    }
    await sleep(started + REFUSED_LOGIN_MS - Date.now())
    // The same answer for every address, known or not.
    return Response.json({ message: 'Nếu địa chỉ này thuộc một tài khoản, hướng dẫn đặt lại mật khẩu đã được gửi tới đó.' })
  },
}
