/**
 * The security headers of every answer, by kind of address. Pure: the server passes in whether the
 * request arrived over HTTPS and the hashes of the public pages' inline scripts.
 *
 * - Public pages carry no framework JavaScript, only Loa's own inline scripts, so their policy allows
 *   exactly those scripts (by hash) and nothing else; no page may be framed by another site.
 * - The admin is Payload's Next app, which needs its own inline scripts: it gets what does not break
 *   it (no framing, no plugins, no foreign base URL, no type sniffing).
 * - Files and API answers are data, never documents: sandboxed, so even a file that slipped through
 *   as HTML could not run script on the site's origin.
 */
export type AddressKind = 'public-page' | 'admin' | 'api' | 'file'

export type HeaderContext = {
  https: boolean
  scriptHashes: string[]
  /** Hashes of the public pages' inline style sheet (src/site/styles). */
  styleHashes?: string[]
  /** Other origins public pages may play audio from (ICECAST_PUBLIC_URL's), besides the site itself. */
  mediaSources?: string[]
}

const YEAR_SECONDS = 31_536_000

export function addressKind(path: string): AddressKind {
  if (path === '/admin' || path.startsWith('/admin/')) return 'admin'
  if (path === '/media' || path.startsWith('/media/')) return 'file'
  // The live stream under its page (src/http/liveStream) is audio, not a document.
  if (path.startsWith('/nghe-truc-tiep/')) return 'file'
  if (path === '/api' || path.startsWith('/api/') || path.startsWith('/playlists/') || path === '/healthz' || path === '/readyz') return 'api'
  return 'public-page'
}

function publicPagePolicy(context: HeaderContext): string {
  const directives = [
    "default-src 'self'",
    `script-src ${context.scriptHashes.length ? context.scriptHashes.join(' ') : "'none'"}`,
    `style-src ${["'self'", ...(context.styleHashes ?? [])].join(' ')}`,
    "img-src 'self' data:",
    `media-src ${["'self'", ...(context.mediaSources ?? [])].join(' ')}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]
  if (context.https) directives.push('upgrade-insecure-requests')
  return directives.join('; ')
}

export function securityHeadersFor(kind: AddressKind, context: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  }
  if (context.https) headers['Strict-Transport-Security'] = `max-age=${YEAR_SECONDS}; includeSubDomains`
  switch (kind) {
    case 'public-page':
      headers['Content-Security-Policy'] = publicPagePolicy(context)
      headers['Permissions-Policy'] = 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
      break
    case 'admin':
      headers['Content-Security-Policy'] = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'"
      // The newsroom may record read-outs in the browser; nothing else needs a device.
      headers['Permissions-Policy'] = 'camera=(), microphone=(self), geolocation=(), payment=(), usb=()'
      break
    case 'api':
      headers['Content-Security-Policy'] = "default-src 'none'; frame-ancestors 'none'; sandbox"
      headers['Cross-Origin-Resource-Policy'] = 'same-origin'
      break
    case 'file':
      // Other sites and podcast players may embed the audio and images, so no resource policy here.
      headers['Content-Security-Policy'] = "default-src 'none'; frame-ancestors 'none'; sandbox"
      break
  }
  return headers
}
