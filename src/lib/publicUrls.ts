/**
 * The addresses of programme files, one rule for every place that hands them out: the podcast's
 * enclosures, the day's playlist (JSON and M3U) and the site's players. Pure: the origin is passed in
 * (PUBLIC_URL, or the origin the server decided for the request: src/http/requestGuards).
 */

/** Where a programme's file is served, relative to the site: /media/<file>. */
export const programmePath = (file: string): string => `/media/${file}`

/**
 * A site-relative address made absolute on `origin` (no trailing slash). An address that is already
 * absolute (a relay's stream on another server) is returned as it is.
 */
export function absoluteUrl(origin: string, url: string): string {
  return url.startsWith('/') ? `${origin}${url}` : url
}
