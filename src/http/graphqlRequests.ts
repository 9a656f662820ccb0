/**
 * Payload's GraphQL handler answers a body that is not JSON with an uncaught error: a 500 and a
 * stack trace in the log for what is the caller's mistake. This checks the body first (on a copy,
 * so the handler still reads the original) and answers 4xx in Vietnamese.
 */
type Handler = (request: Request) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

export function refuseMalformedGraphql(handler: Handler): Handler {
  return async (request) => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
    if (type !== 'application/json') return refuse(415, 'Yêu cầu GraphQL phải gửi dạng application/json.')
    let body: unknown
    try {
      body = JSON.parse(await request.clone().text())
    } catch {
      return refuse(400, 'Nội dung yêu cầu GraphQL không phải JSON hợp lệ.')
    }
    const query = (body as { query?: unknown } | null)?.query
    if (typeof query !== 'string' || !query.trim()) return refuse(400, 'Yêu cầu GraphQL cần trường "query" là một chuỗi.')
    return handler(request)
  }
}
