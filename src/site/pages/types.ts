import type React from 'react'
import type { Taxonomy } from '../articles'

/** What a public page needs to know about the request: nothing a client can forge (src/http/requestGuards). */
export type PageContext = {
  /** The site's origin for absolute links (PUBLIC_URL, else the validated Host). */
  origin: string
  /** The query parameters the page reads (src/http/cacheKey drops the others). */
  query: URLSearchParams
  now: Date
  /** The categories and tags, read once and kept until one of them changes (the renderer's memory). */
  taxonomy: () => Promise<Taxonomy>
  /** The articles with a recorded read-out linked the old way (src/site/articles articlesWithRecordings), kept likewise. */
  articlesWithRecordings: () => Promise<ReadonlySet<string>>
}

/** The <head> of a public page. */
export type PageHead = {
  /** Shown as "<title> · Loa"; without one, the centre's name. */
  title?: string
  description?: string
  canonical?: string
  noIndex?: boolean
  article?: { url: string; title: string; description?: string; publishedTime?: string; modifiedTime?: string; image?: { url: string; alt: string } }
}

/**
 * What a page loader decides. `tags` name the content the answer shows (src/site/pageTags), so a
 * change re-renders exactly the pages showing it; `maxAgeMs` bounds pages that follow the clock.
 */
export type PageOutcome =
  | { kind: 'page'; head: PageHead; body: React.ReactElement; tags: string[]; maxAgeMs?: number }
  | { kind: 'file'; contentType: string; body: string; tags: string[]; maxAgeMs?: number }
  | { kind: 'redirect'; location: string }
  | { kind: 'not-found' }
