/**
 * What Loa serves from its media folder, by extension. Pure.
 *
 * Everything stored under /media is an image or audio Loa detected and named itself (see
 * src/lib/uploadNames.ts): an extension not in this list is never served, whatever the file holds,
 * so nothing uploaded can be answered as HTML, XML or script from the site's origin.
 */
export const MEDIA_CONTENT_TYPES: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  flac: 'audio/flac',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  webm: 'audio/webm',
  amr: 'audio/amr',
  aiff: 'audio/aiff',
  wma: 'audio/x-ms-wma',
}

const SERVED_TYPES = new Set(Object.values(MEDIA_CONTENT_TYPES))

/**
 * Sent with every media answer, 404s included: the browser must not second-guess the type
 * (nosniff), and if anything were ever rendered as a document it gets no script, no plugins and
 * an opaque origin (sandbox), so it cannot act with a signed-in admin's session.
 */
export const MEDIA_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
}

/** The Content-Type to serve a media file name with, or null when it must not be served (unknown extension, dotfile, path). */
export function mediaContentType(fileName: string): string | null {
  if (!fileName || fileName.startsWith('.') || /[/\\]/.test(fileName)) return null
  const dot = fileName.lastIndexOf('.')
  if (dot <= 0) return null
  const ext = fileName.slice(dot + 1).toLowerCase()
  return Object.hasOwn(MEDIA_CONTENT_TYPES, ext) ? MEDIA_CONTENT_TYPES[ext] : null
}

/** Whether a Content-Type (parameters ignored) is one Loa serves media as. */
export function isServedMediaType(contentType: string | null | undefined): boolean {
  const essence = (contentType ?? '').split(';')[0].trim().toLowerCase()
  return SERVED_TYPES.has(essence)
}
