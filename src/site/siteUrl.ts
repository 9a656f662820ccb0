import { checkPublicUrl, ORIGIN_HEADER } from '../http/requestOrigin'

/**
 * The public origin for canonical links and feeds: PUBLIC_URL when set, else the origin the Express
 * server decided for this request (src/http/requestGuards: the validated Host, and forwarded
 * headers only from a trusted proxy). Headers a client sends are never read here.
 */
export function siteUrl(request?: Request): string {
  // Read as the server reads it (checkPublicUrl), so the podcast and the playlists agree to the byte.
  const configured = checkPublicUrl(process.env.PUBLIC_URL)
  if (configured) return configured
  return request?.headers.get(ORIGIN_HEADER) ?? 'http://localhost:3000'
}

export const SITE_TITLE = 'Trung tâm Văn hóa - Thể thao và Truyền thông'
