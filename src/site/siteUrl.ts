/** The public origin for canonical links and feeds: PUBLIC_URL when set, else the request's own origin. */
export function siteUrl(request?: Request): string {
  const configured = process.env.PUBLIC_URL?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  if (request) {
    // The Host header is what the reader typed; Next's request.url carries its own bind hostname.
    const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host')
    const protocol = request.headers.get('x-forwarded-proto') ?? new URL(request.url).protocol.replace(':', '')
    if (host) return `${protocol}://${host}`
    return new URL(request.url).origin
  }
  return 'http://localhost:3000'
}

export const SITE_TITLE = 'Trung tâm Văn hóa - Thể thao và Truyền thông'
