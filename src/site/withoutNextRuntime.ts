/**
 * Removes Next's client runtime from a server-rendered public page.
 *
 * Every public page is complete HTML rendered on the server: links, forms, native <audio> players.
 * Next nevertheless ships its React runtime (about 580 KB of JavaScript, 180 KB gzipped) and the
 * page's RSC payload (two thirds of the HTML) so it can hydrate; a resident's cheap phone would
 * download and run all that for nothing. Next 16's app router has no switch to leave it out, so
 * Loa strips it from the finished HTML.
 *
 * Kept: structured data (`type="application/ld+json"`) and Loa's own small scripts, marked
 * `data-loa` (the copy-link button). Removed: every other <script>, and <link> preloads of scripts.
 *
 * A page that streams (a Suspense boundary resolved after the shell) needs Next's inline scripts to
 * put the late parts in place; such a page is returned unchanged rather than broken.
 */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/gi
const LINK = /<link\b([^>]*)>/gi
// Markers React leaves for content that streams in after the shell.
const STREAMED_PARTS = /<template id="B:|<div hidden id="S:/

const preloadsScript = (attributes: string) => /\brel="modulepreload"/i.test(attributes) || (/\brel="preload"/i.test(attributes) && /\bas="script"/i.test(attributes))
const keepsScript = (attributes: string) => /\btype="application\/ld\+json"/i.test(attributes) || /\bdata-loa\b/i.test(attributes)

export function withoutNextRuntime(html: string): string {
  if (STREAMED_PARTS.test(html)) return html
  return html.replace(SCRIPT, (whole, attributes: string) => (keepsScript(attributes) ? whole : '')).replace(LINK, (whole, attributes: string) => (preloadsScript(attributes) ? '' : whole))
}
