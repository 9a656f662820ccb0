import type { Article } from '../payload-types'
import { articleSpeechSource } from './articleSpeechSource'
import { textFingerprint } from './spokenHash'

/**
 * Whether the article's synthetic read-out was made from its text as it is now (title, sapo, body,
 * or the radio script): after an edit, the old audio no longer says what the article says.
 */
export function readOutIsCurrent(article: Pick<Article, 'title' | 'summary' | 'content' | 'broadcast'>): boolean {
  return Boolean(article.broadcast?.synthetic) && article.broadcast?.spokenFrom === textFingerprint(articleSpeechSource(article))
}
