/** Tiny HTML readers for assertions; the pages are our own, so simple patterns suffice. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

export function textOf(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')
}

/** The link texts inside <section aria-label="label">…</section>, in document order. */
export function linksInSection(html: string, label: string): string[] {
  const start = html.indexOf(`aria-label="${label}"`)
  if (start < 0) return []
  const end = html.indexOf('</section>', start)
  const section = html.slice(start, end)
  return [...section.matchAll(/<a [^>]*>([\s\S]*?)<\/a>/g)].map((match) => textOf(match[1]).trim())
}
