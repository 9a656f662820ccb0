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
