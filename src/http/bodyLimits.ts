/**
 * How large a request body each route may send, decided before a byte of it is read. Pure: the
 * server passes in the upload sizes it allows.
 *
 * Why by route: the login form needs a few hundred bytes, an article with tables some hundreds of
 * kilobytes, an audio upload up to LOA_AUDIO_MAX_MB. One global limit would either let an anonymous
 * caller send 100 MB to the login endpoint or refuse the technician's recordings.
 */
export type BodyLimitSettings = { audioUploadBytes: number; imageUploadBytes: number }

/** maxBytes: the whole body; reportedBytes: the limit a person is told (the file's, for uploads). */
export type BodyLimit = { maxBytes: number; what: string; reportedBytes?: number }

const KB = 1024
const MB = 1024 * KB

// Multipart boundaries and the _payload field add a little to the file itself.
const MULTIPART_OVERHEAD = 1 * MB

export const SMALL_FORM_BYTES = 16 * KB
export const API_JSON_BYTES = 4 * MB
export const ADMIN_ACTION_BYTES = 8 * MB
export const GRAPHQL_BYTES = 64 * KB

const AUTH_ENDPOINTS = /^\/api\/users\/(?:login|logout|forgot-password|reset-password|unlock|refresh-token|first-register)\/?$/

export function bodyLimitFor(method: string, path: string, settings: BodyLimitSettings): BodyLimit {
  const upper = method.toUpperCase()
  if (upper === 'GET' || upper === 'HEAD' || upper === 'OPTIONS') return { maxBytes: 0, what: 'yêu cầu đọc' }
  if (AUTH_ENDPOINTS.test(path)) return { maxBytes: SMALL_FORM_BYTES, what: 'biểu mẫu đăng nhập' }
  // Liquidsoap's as-run reports are a few hundred bytes (src/collections/asRunReport).
  if (path === '/api/as-run/report') return { maxBytes: 8 * KB, what: 'báo cáo phát sóng' }
  if (path === '/api/graphql' || path.startsWith('/api/graphql/')) return { maxBytes: GRAPHQL_BYTES, what: 'truy vấn GraphQL' }
  if (/^\/api\/audio-clips(?:\/|$)/.test(path)) return { maxBytes: settings.audioUploadBytes + MULTIPART_OVERHEAD, what: 'tệp âm thanh', reportedBytes: settings.audioUploadBytes }
  if (/^\/api\/media(?:\/|$)/.test(path)) return { maxBytes: settings.imageUploadBytes + MULTIPART_OVERHEAD, what: 'ảnh', reportedBytes: settings.imageUploadBytes }
  if (path.startsWith('/api/')) return { maxBytes: API_JSON_BYTES, what: 'dữ liệu gửi lên' }
  // The admin's server functions post form state (a long article with its fields) to /admin.
  if (path === '/admin' || path.startsWith('/admin/')) return { maxBytes: ADMIN_ACTION_BYTES, what: 'dữ liệu gửi lên' }
  // Public pages take no bodies at all.
  return { maxBytes: SMALL_FORM_BYTES, what: 'dữ liệu gửi lên' }
}

export function describeBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round(bytes / MB)} MB`
  return `${Math.max(1, Math.round(bytes / KB))} KB`
}
