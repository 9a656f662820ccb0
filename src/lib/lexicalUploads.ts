import { relationIdText } from './relationId'

/** A node of a Lexical rich-text value, as far as the documents it shows or links to go. */
type LinkFields = { linkType?: string; doc?: { relationTo?: string; value?: unknown } | null }
type DocumentNode = { type?: string; relationTo?: string; value?: unknown; children?: DocumentNode[]; fields?: LinkFields | null }

/** Calls `visit` for every image and internal link of a tree that names a document, in reading order. */
function eachDocument(root: DocumentNode, visit: (ref: LexicalDocumentRef, node: DocumentNode) => void) {
  const walk = (node: DocumentNode) => {
    const target = documentOf(node)
    // Stored as a bare id; populated reads (depth > 0) carry the whole document instead.
    const id = target ? relationIdText(target.value) : null
    if (target && id !== null) visit({ relationTo: target.relationTo, id }, node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(root)
}

const rootOf = (value: unknown) => (value as { root?: DocumentNode } | null | undefined)?.root

/** The ids of the documents a Lexical rich-text value shows as uploads (images in an article body). Pure. */
export function lexicalUploadIds(value: unknown, relationTo: string): string[] {
  const root = rootOf(value)
  if (!root) return []
  const ids: string[] = []
  eachDocument(root, (ref, node) => {
    if (node.type === 'upload' && ref.relationTo === relationTo) ids.push(ref.id)
  })
  return ids
}

/** A document of the site that a Lexical value shows (an image) or points to (an internal link). */
export type LexicalDocumentRef = { relationTo: string; id: string }

/** Where a node shows or points to a document: an upload's value, an internal link's doc. */
function documentOf(node: DocumentNode): { relationTo: string; value: unknown } | null {
  if (node.type === 'upload' && node.relationTo) return { relationTo: node.relationTo, value: node.value }
  const doc = node.fields?.doc
  if ((node.type === 'link' || node.type === 'autolink') && node.fields?.linkType === 'internal' && doc?.relationTo) return { relationTo: doc.relationTo, value: doc.value }
  return null
}

/** Every document an article body shows or links to, once each, in reading order. Pure. */
export function lexicalDocumentRefs(value: unknown): LexicalDocumentRef[] {
  const root = rootOf(value)
  if (!root) return []
  const refs = new Map<string, LexicalDocumentRef>()
  eachDocument(root, (ref) => refs.set(`${ref.relationTo}:${ref.id}`, ref))
  return [...refs.values()]
}

/**
 * A copy of a Lexical value with its images and internal links carrying the documents `lookup`
 * finds (what Payload's own population does at depth > 0, for the documents the page already read
 * in one query each). A document `lookup` does not know stays a bare id, as Payload leaves a deleted
 * or unreadable one. The value given is not changed. Pure.
 */
export function withLexicalDocuments<T>(value: T, lookup: (relationTo: string, id: string) => object | undefined): T {
  const root = rootOf(value)
  if (!root) return value
  const copy = (node: DocumentNode): DocumentNode => {
    const target = documentOf(node)
    const id = target ? relationIdText(target.value) : null
    const found = target && id !== null ? lookup(target.relationTo, id) : undefined
    const children = node.children ? { children: node.children.map(copy) } : {}
    if (!found) return { ...node, ...children }
    if (node.type === 'upload') return { ...node, ...children, value: found }
    return { ...node, ...children, fields: { ...node.fields, doc: { ...node.fields?.doc, value: found } } }
  }
  return { ...value, root: copy(root) } as T
}
