import { lexicalToPlainText } from '../lib/lexicalText'

export interface ArticleSpeechFields {
  title?: string | null
  summary?: string | null
  content?: unknown
  broadcast?: { script?: string | null } | null
}

/**
 * The text a read-out speaks, before normalisation: the "Lời đọc phát thanh" script when the editor
 * wrote one, otherwise the title, the sapo and the body. Paragraphs stay on their own lines so the
 * voice pauses between them. Pure.
 */
export function articleSpeechSource(article: ArticleSpeechFields): string {
  const script = article.broadcast?.script?.trim()
  if (script) return script
  const body = lexicalParagraphs(article.content)
  return [article.title, article.summary, ...body]
    .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:;]$/.test(part) ? part : `${part}.`))
    .join('\n')
}

/** Each top-level block of a Lexical value as one line of plain text. */
function lexicalParagraphs(value: unknown): string[] {
  const children = (value as { root?: { children?: unknown[] } } | null | undefined)?.root?.children ?? []
  return children.map((child) => lexicalToPlainText({ root: { children: [child] } })).filter(Boolean)
}
