import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'

/**
 * The public pages' style sheet, inlined in every page's <head>: about 3 kB gzipped, it costs less
 * than the round trip a linked sheet would add before a cheap phone on 3G can draw anything.
 * Comments and indentation are left out; the Content-Security-Policy allows exactly this sheet.
 */
export const SITE_CSS = readFileSync(new URL('./site.css', import.meta.url), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s*\n\s*/g, '')
  .trim()

/** CSP source expression ('sha256-…') of SITE_CSS. */
export const SITE_CSS_HASH = `'sha256-${createHash('sha256').update(SITE_CSS, 'utf8').digest('base64')}'`
