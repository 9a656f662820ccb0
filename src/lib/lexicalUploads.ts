/** The ids of the documents a Lexical rich-text value shows as uploads (images in an article body). Pure. */
type LexicalNode = { type?: string; relationTo?: string; value?: unknown; children?: LexicalNode[] }

export function lexicalUploadIds(value: unknown, relationTo: string): string[] {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return []
  const ids: string[] = []
  const walk = (node: LexicalNode) => {
    if (node.type === 'upload' && node.relationTo === relationTo) {
      // Stored as a bare id; populated reads (depth > 0) carry the whole document instead.
      const id = typeof node.value === 'object' && node.value !== null ? (node.value as { id?: unknown }).id : node.value
      if (typeof id === 'string' || typeof id === 'number') ids.push(String(id))
    }
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
  return ids
}

/** A document of the site that a Lexical value shows (an image) or points to (an internal link). */
export type LexicalDocumentRef = { relationTo: string; id: string }

type LinkFields = { linkType?: string; doc?: { relationTo?: string; value?: unknown } | null }
type DocumentNode = LexicalNode & { fields?: LinkFields | null }

const idOfValue = (value: unknown): string | null => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null
}

/** Where a node shows or points to a document: an upload's value, an internal link's doc. */
function documentOf(node: DocumentNode): { relationTo: string; value: unknown } | null {
  if (node.type === 'upload' && node.relationTo) return { relationTo: node.relationTo, value: node.value }
  const doc = node.fields?.doc
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal' && doc?.relationTo) return { relationTo: doc.relationTo, value: doc.value }
  return null
}

/** Every document an article body shows or links to, once each, in reading order. Pure. */
export function lexicalDocumentRefs(value: unknown): LexicalDocumentRef[] {
  const root = (value as { root?: DocumentNode } | null | undefined)?.root
  if (!root) return []
  const refs = new Map<string, LexicalDocumentRef>()
  const walk = (node: DocumentNode) => {
    const target = documentOf(node)
    const id = target ? idOfValue(target.value) : null
    if (target && id !== null) refs.set(`${target.relationTo}:${id}`, { relationTo: target.relationTo, id })
    for (const child of (node.children ?? []) as DocumentNode[]) walk(child)
  }
  walk(root)
  return [...refs.values()]
}

/**
 * A copy of a Lexical value with its images and internal links carrying the documents `lookup`
 * finds (what Payload's own population does at depth > 0, for the documents the page already read
 * in one query each). A document `lookup` does not know stays a bare id, as Payload leaves a deleted
 * or unreadable one. The value given is not changed. Pure.
 */
export function withLexicalDocuments<T>(value: T, lookup: (relationTo: string, id: string) => object | undefined): T {
  const root = (value as { root?: DocumentNode } | null | undefined)?.root
  if (!root) return value
  const copy = (node: DocumentNode): DocumentNode => {
    const target = documentOf(node)
    const id = target ? idOfValue(target.value) : null
    const found = target && id !== null ? lookup(target.relationTo, id) : undefined
    const children = node.children ? { children: (node.children as DocumentNode[]).map(copy) } : {}
    if (!found) return { ...node, ...children }
    if (node.type === 'upload') return { ...node, ...children, value: found }
    return { ...node, ...children, fields: { ...node.fields, doc: { ...node.fields?.doc, value: found } } }
  }
  return { ...value, root: copy(root) } as T
}
