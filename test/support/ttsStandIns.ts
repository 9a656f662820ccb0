/**
 * Local HTTP stand-ins for the speech providers (node:http on 127.0.0.1, a random port), following
 * each provider's documented request and response shapes (see src/speech/engines/{fpt,viettel,zalo}.ts),
 * including a bad key, rate limits (429 for the first N calls), FPT.AI's slow asynchronous result
 * (404 for the first polls), slow answers, oversized results and unsafe result links. They answer
 * with real audio: an MP3 made by the real ffmpeg (src/audio/testAudio).
 *
 * Every synthesis request is recorded (the text, headers, form or JSON fields) so tests can check
 * what was sent: that no part exceeds the provider's limit, and that parts came in order.
 */
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { generateTone } from '../../src/audio/testAudio'

export interface RecordedRequest {
  /** The text to speak, as the provider received it. */
  text: string
  headers: IncomingMessage['headers']
  /** Viettel: the JSON body; Zalo: the form fields; FPT: {}. */
  fields: Record<string, unknown>
  /** Whether the stand-in accepted it (false for bad key, rate limit, over-limit text). */
  outcome: 'ok' | 'bad-key' | 'rate-limited' | 'refused'
}

export interface StandInOptions {
  /** The one key accepted. */
  key: string
  /** The audio returned for every accepted request. */
  audioFile: string
  /** Answer 429 to the first N synthesis requests. */
  rateLimitFirst?: number
  /** Retry-After sent with those 429s (seconds); none when absent. */
  retryAfter?: string
  /** FPT: answer 404 to the first N polls of each result link. */
  pendingPolls?: number
  /** Hold each synthesis answer this long (timeouts). */
  delayMs?: number
  /** Serve result files of this many bytes instead of the audio (oversize refusal). */
  oversizeBytes?: number
  /** With oversizeBytes: send Content-Length (true) or stream it chunked without one (false). */
  declareLength?: boolean
  /** FPT/Zalo: the result link to hand out instead of the stand-in's own (unsafe schemes). */
  resultUrl?: string
  /** FPT/Zalo: the result file answers 302 to this location first ('same-server': its own copy). */
  redirectTo?: string
}

export interface StandIn {
  /** The endpoint to configure as LOA_TTS_URL. */
  url: string
  requests: RecordedRequest[]
  /** Result-file GETs (FPT polls included), in order. */
  downloads: { path: string; status: number }[]
  close(): Promise<void>
}

/** A short real MP3 (speech-like tone, 1.5 s) for the stand-ins to return. */
export async function standInAudio(dir: string, seconds = 1.5): Promise<string> {
  return generateTone(path.join(dir, 'stand-in.mp3'), { seconds, frequency: 180, levelDb: -20, kind: 'speechlike' })
}

type Handler = (req: IncomingMessage, body: Buffer, res: ServerResponse, ctx: Context) => void

interface Context {
  options: StandInOptions
  requests: RecordedRequest[]
  downloads: { path: string; status: number }[]
  base: string
  synthesisCalls: number
  polls: Map<string, number>
  nextId: number
}

async function start(endpointPath: string, synthesis: Handler, options: StandInOptions): Promise<StandIn> {
  const ctx: Context = { options, requests: [], downloads: [], base: '', synthesisCalls: 0, polls: new Map(), nextId: 1 }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const url = new URL(req.url ?? '/', ctx.base)
      if (req.method === 'POST' && url.pathname === endpointPath) {
        ctx.synthesisCalls++
        const answer = () => synthesis(req, body, res, ctx)
        if (options.delayMs) setTimeout(answer, options.delayMs)
        else answer()
        return
      }
      if (req.method === 'GET' && url.pathname.startsWith('/files/')) return serveFile(url.pathname, res, ctx)
      res.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  ctx.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: `${ctx.base}${endpointPath}`,
    requests: ctx.requests,
    downloads: ctx.downloads,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** 429 for the first N calls (after recording them); true when this call was rate-limited. */
function rateLimited(ctx: Context, res: ServerResponse, record: Omit<RecordedRequest, 'outcome'>, body: string, type = 'application/json'): boolean {
  if (ctx.synthesisCalls > (ctx.options.rateLimitFirst ?? 0)) return false
  ctx.requests.push({ ...record, outcome: 'rate-limited' })
  res.writeHead(429, { 'content-type': type, ...(ctx.options.retryAfter ? { 'retry-after': ctx.options.retryAfter } : {}) }).end(body)
  return true
}

function json(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value))
}

function newFile(ctx: Context): string {
  return `${ctx.base}/files/${ctx.nextId++}.mp3`
}

function serveFile(pathname: string, res: ServerResponse, ctx: Context): void {
  const { redirectTo } = ctx.options
  if (redirectTo && !pathname.startsWith('/files/moved-')) {
    ctx.downloads.push({ path: pathname, status: 302 })
    const location = redirectTo === 'same-server' ? `${ctx.base}/files/moved-${pathname.slice('/files/'.length)}` : redirectTo
    res.writeHead(302, { location }).end()
    return
  }
  const seen = (ctx.polls.get(pathname) ?? 0) + 1
  ctx.polls.set(pathname, seen)
  if (seen <= (ctx.options.pendingPolls ?? 0)) {
    ctx.downloads.push({ path: pathname, status: 404 })
    // What S3 answers for a key not written yet.
    res.writeHead(404, { 'content-type': 'application/xml' }).end('<Error><Code>NoSuchKey</Code></Error>')
    return
  }
  ctx.downloads.push({ path: pathname, status: 200 })
  const { oversizeBytes } = ctx.options
  if (oversizeBytes) {
    res.writeHead(200, { 'content-type': 'audio/mpeg', ...(ctx.options.declareLength ? { 'content-length': String(oversizeBytes) } : {}) })
    streamZeros(res, oversizeBytes)
    return
  }
  sendAudio(res, ctx.options.audioFile)
}

function sendAudio(res: ServerResponse, file: string): void {
  res.writeHead(200, { 'content-type': 'audio/mpeg', 'content-length': String(statSync(file).size) })
  createReadStream(file).pipe(res)
}

/** Writes `bytes` zero bytes in 64 KB chunks, respecting back-pressure; stops when the client goes. */
function streamZeros(res: ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(64 * 1024)
  let left = bytes
  const write = () => {
    while (left > 0) {
      const n = Math.min(left, chunk.length)
      left -= n
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) return void res.once('drain', write)
    }
    res.end()
  }
  res.on('close', () => (left = 0))
  write()
}

/**
 * FPT.AI v5: `api_key` header, text body (3..5 000 characters), voice/speed/format headers;
 * answers `{ async, error: 0, message, request_id }`. A bad key: HTTP 401 with the gateway's
 * `{ message }` (assumed, see src/speech/engines/fpt.ts); a text out of bounds: error 1.
 */
export function startFptStandIn(options: StandInOptions): Promise<StandIn> {
  return start(
    '/hmi/tts/v5',
    (req, body, res, ctx) => {
      const record = { text: body.toString('utf8'), headers: req.headers, fields: {} }
      if (req.headers.api_key !== ctx.options.key) {
        ctx.requests.push({ ...record, outcome: 'bad-key' })
        return json(res, 401, { message: 'Invalid authentication credentials' })
      }
      if (rateLimited(ctx, res, record, JSON.stringify({ message: 'API rate limit exceeded' }))) return
      const length = [...record.text].length
      if (length < 3 || length > 5000) {
        ctx.requests.push({ ...record, outcome: 'refused' })
        return json(res, 200, { error: 1, message: `Text length must be 3 to 5000 characters (got ${length})`, request_id: 'x' })
      }
      ctx.requests.push({ ...record, outcome: 'ok' })
      json(res, 200, {
        async: ctx.options.resultUrl ?? newFile(ctx),
        error: 0,
        message: 'The content will be returned after a few seconds under the async link.',
        request_id: `req-${ctx.nextId}`,
      })
    },
    options,
  )
}

/**
 * Viettel AI: JSON `{ text, voice, speed, tts_return_option, token, without_filter }`; answers the
 * audio bytes; errors as JSON `{ code, vi_message, en_message }` (assumed shape, see viettel.ts).
 * The stand-in's own limit is 2 000 characters, the limit Loa assumes.
 */
export function startViettelStandIn(options: StandInOptions): Promise<StandIn> {
  return start(
    '/tts/speech_synthesis',
    (req, body, res, ctx) => {
      let fields: Record<string, unknown> = {}
      try {
        fields = JSON.parse(body.toString('utf8')) as Record<string, unknown>
      } catch {
        return json(res, 400, { code: 400, vi_message: 'Dữ liệu không hợp lệ', en_message: 'Bad request' })
      }
      const record = { text: String(fields.text ?? ''), headers: req.headers, fields }
      if (fields.token !== ctx.options.key) {
        ctx.requests.push({ ...record, outcome: 'bad-key' })
        return json(res, 401, { code: 401, vi_message: 'Token không hợp lệ', en_message: 'Invalid token' })
      }
      if (rateLimited(ctx, res, record, JSON.stringify({ code: 429, vi_message: 'Quá nhiều yêu cầu', en_message: 'Too many requests' }))) return
      if ([...record.text].length > 2000 || fields.tts_return_option !== 3) {
        ctx.requests.push({ ...record, outcome: 'refused' })
        return json(res, 400, { code: 400, vi_message: 'Văn bản quá dài hoặc tham số sai', en_message: 'Bad request' })
      }
      ctx.requests.push({ ...record, outcome: 'ok' })
      if (ctx.options.oversizeBytes) {
        res.writeHead(200, { 'content-type': 'audio/mpeg', ...(ctx.options.declareLength ? { 'content-length': String(ctx.options.oversizeBytes) } : {}) })
        return streamZeros(res, ctx.options.oversizeBytes)
      }
      sendAudio(res, ctx.options.audioFile)
    },
    options,
  )
}

/**
 * Zalo AI: `apikey` header, form fields input/speaker_id/speed/encode_type; answers
 * `{ data: { url }, error_code: 0, error_message }` and the file behind the URL. A bad key: a
 * non-zero error_code naming the key (assumed, see zalo.ts); over 2 000 characters: refused.
 */
export function startZaloStandIn(options: StandInOptions): Promise<StandIn> {
  return start(
    '/v1/tts/synthesize',
    (req, body, res, ctx) => {
      const form = new URLSearchParams(body.toString('utf8'))
      const fields = Object.fromEntries(form)
      const record = { text: form.get('input') ?? '', headers: req.headers, fields }
      if (req.headers.apikey !== ctx.options.key) {
        ctx.requests.push({ ...record, outcome: 'bad-key' })
        return json(res, 200, { error_code: -401, error_message: 'Invalid apikey', data: null })
      }
      if (rateLimited(ctx, res, record, JSON.stringify({ error_code: -429, error_message: 'Too many requests' }))) return
      if ([...record.text].length > 2000 || !/^application\/x-www-form-urlencoded/.test(req.headers['content-type'] ?? '')) {
        ctx.requests.push({ ...record, outcome: 'refused' })
        return json(res, 200, { error_code: -1, error_message: 'Input is too long or malformed', data: null })
      }
      ctx.requests.push({ ...record, outcome: 'ok' })
      json(res, 200, { data: { url: ctx.options.resultUrl ?? newFile(ctx) }, error_code: 0, error_message: 'Successful.' })
    },
    options,
  )
}
