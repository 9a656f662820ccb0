import type { Endpoint, PayloadHandler } from 'payload'
import { jsonObjectBody } from '../../lib/jsonObjectBody'
import { makeReadOut, prepareReadOut, readOutPreview, reserveSynthesis } from '../../speech/readOutService'

/**
 * GET  /api/articles/:id/read-out: the spoken text, flagged words and current read-outs ("Tạo bài đọc").
 * POST /api/articles/:id/read-out: `{ "spoken"?: "…", "engine"?: "local" }` → synthesise and attach
 * (src/speech/readOutService). With `Accept: application/x-ndjson` the answer streams one JSON line
 * per progress step and ends with the result (`{"done":true,…}` or `{"error":"…","status":N}`), so
 * the admin shows a progress bar; otherwise one JSON answer at the end. Refusals (401, 403, 404,
 * 400, 429) come before any work, as ordinary JSON with their status, in Vietnamese.
 */
const noStore = { 'cache-control': 'no-store' }

const previewHandler: PayloadHandler = async (req) => {
  const result = await readOutPreview(req, String(req.routeParams?.id ?? ''))
  return Response.json(result.body, { status: result.status, headers: noStore })
}

const makeHandler: PayloadHandler = async (req) => {
  const body = await jsonObjectBody(req)
  if (body === null) return Response.json({ message: 'Nội dung yêu cầu phải là JSON.' }, { status: 400, headers: noStore })
  const job = await prepareReadOut(req, String(req.routeParams?.id ?? ''), body)
  if ('status' in job) return Response.json(job.body, { status: job.status, headers: noStore })
  const slot = reserveSynthesis(String(job.article.id))
  if ('status' in slot) return Response.json(slot.body, { status: slot.status, headers: noStore })

  const wantsProgress = (req.headers.get('accept') ?? '').includes('application/x-ndjson')
  if (!wantsProgress) {
    try {
      const result = await makeReadOut(req, job)
      return Response.json(result.body, { status: result.status, headers: noStore })
    } finally {
      slot.release()
    }
  }
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => {
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
        } catch {
          // The browser went away; the read-out is still made and attached.
        }
      }
      send({ progress: { done: 0, total: 1, stage: 'Bắt đầu tạo bài đọc' } })
      try {
        const result = await makeReadOut(req, job, (progress) => send({ progress }))
        send(result.status === 200 ? { done: true, ...result.body } : { error: result.body.message, status: result.status })
      } catch (error) {
        req.payload.logger.error({ msg: 'read-out failed', err: error })
        send({ error: 'Không tạo được bài đọc do lỗi máy chủ. Hãy thử lại.', status: 500 })
      } finally {
        slot.release()
        try {
          controller.close()
        } catch {
          // already closed by a cancelled reader
        }
      }
    },
  })
  return new Response(stream, { status: 200, headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'x-accel-buffering': 'no', ...noStore } })
}

export const readOutEndpoints: Endpoint[] = [
  { path: '/:id/read-out', method: 'get', handler: previewHandler },
  { path: '/:id/read-out', method: 'post', handler: makeHandler },
]
