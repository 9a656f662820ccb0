/**
 * Where a request says it came from, decided once per request by the Express server and handed to
 * everything after it (Next's pages, feeds, the page cache key, playlists) in one private header.
 *
 * Pure: no Express, no environment. The server passes in its settings.
 */

/** The header Express sets for Next. Anything a client sends under this name is overwritten. */
export const ORIGIN_HEADER = 'x-loa-origin'
/** The client address Express decided on; defined in src/lib so Payload's endpoints need not import src/http. */
export { CLIENT_IP_HEADER } from '../lib/clientIpHeader'

/** Headers a client can forge; they are believed only when the server is told it sits behind a proxy. */
export const FORWARDED_HEADERS = ['forwarded', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-for', 'x-forwarded-port', 'x-real-ip'] as const

// A DNS name or IPv4 address with an optional port, or a bracketed IPv6 address.
const HOST_PATTERN = /^(?:(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?))*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i

/** A Host header value that can safely appear in a URL; undefined when it is malformed. */
export function validHost(value: string | undefined): string | undefined {
  const host = value?.trim().toLowerCase()
  if (!host || host.length > 260 || !HOST_PATTERN.test(host)) return undefined
  const port = /:(\d+)$/.exec(host)?.[1]
  if (port && Number(port) > 65535) return undefined
  return host
}

export type OriginInput = {
  /** PUBLIC_URL, when configured: then nothing a request says changes the origin. */
  publicUrl?: string
  /** The (already validated) host the request names. */
  host?: string
  /** 'https' only when the connection or a trusted proxy says so. */
  protocol: 'http' | 'https'
  /** Used when the request names no host at all (HTTP/1.0). */
  fallbackHost: string
}

/** The public origin for canonical links, feeds and share links of this request, without a trailing slash. */
export function requestOrigin({ publicUrl, host, protocol, fallbackHost }: OriginInput): string {
  const configured = publicUrl?.trim()
  if (configured) return configured.replace(/\/+$/, '')
  return `${protocol}://${host ?? fallbackHost}`
}

/** PUBLIC_URL must be an absolute http(s) URL without credentials; anything else is refused at start. */
export function checkPublicUrl(value: string | undefined): string | undefined {
  const raw = value?.trim()
  if (!raw) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`PUBLIC_URL không hợp lệ: "${raw}". Ví dụ đúng: https://ttvhtt.dongle.gov.vn`)
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || /[\s]/.test(raw)) {
    throw new Error(`PUBLIC_URL phải là địa chỉ http:// hoặc https:// (đang là "${raw}").`)
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`
}

/**
 * TRUST_PROXY as Express understands it: unset or "false" trusts nobody (forwarded headers are
 * dropped); a hop count ("1"), "loopback", or a comma-separated list of addresses/subnets trusts
 * exactly those proxies. "true" (trust anyone) is refused: any client could then forge its origin.
 */
export function parseTrustProxy(value: string | undefined): false | number | string {
  const raw = value?.trim()
  if (!raw || raw === 'false' || raw === '0') return false
  if (raw === 'true') throw new Error('TRUST_PROXY=true sẽ tin mọi máy khách. Hãy ghi số proxy phía trước (ví dụ 1) hoặc địa chỉ của proxy (ví dụ loopback hay 10.0.0.5).')
  if (/^\d+$/.test(raw)) return Number(raw)
  return raw
}
