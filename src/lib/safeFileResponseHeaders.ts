import { isServedMediaType, MEDIA_SECURITY_HEADERS } from './mediaTypes'

/**
 * For Payload's file routes (/api/media/file/…, /api/audio-clips/file/…), which pick the
 * Content-Type from the file's first bytes. Loa stores only images and audio it detected itself,
 * but bytes can look like XML or HTML to a sniffer (an MP3 with a page in front): anything not on
 * the media allow-list is sent as a download, never as a document, and every answer carries the
 * same nosniff and sandbox headers as /media.
 */
export function safeFileResponseHeaders({ headers }: { headers: Headers }): Headers {
  for (const [name, value] of Object.entries(MEDIA_SECURITY_HEADERS)) headers.set(name, value)
  const type = headers.get('Content-Type')
  if (type && !isServedMediaType(type)) {
    headers.set('Content-Type', 'application/octet-stream')
    headers.set('Content-Disposition', 'attachment')
  }
  return headers
}
