import { request } from 'node:http'

/**
 * A plain HTTP/1.1 request with exactly the headers given (fetch refuses to set Host, Content-Length
 * or Transfer-Encoding by hand), as an attacker's script would send it.
 */
export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string; ms: number }

export function rawRequest(
  baseUrl: string,
  { method = 'GET', path = '/', headers = {}, body }: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const named = (name: string) => Object.keys(headers).some((key) => key.toLowerCase() === name)
  // Like a browser, a body gets its length unless the caller chose chunked or another length.
  if (body !== undefined && !named('content-length') && !named('transfer-encoding')) headers = { ...headers, 'Content-Length': String(Buffer.byteLength(body)) }
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers, setHost: !('Host' in headers || 'host' in headers) }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }))
      res.on('error', reject)
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}
