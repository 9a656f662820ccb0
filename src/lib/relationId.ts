/** The id behind a relationship value, whether Payload returned the id itself or the populated document. */
export function relationId(value: unknown): number | string | null {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/** The same id as text (how pages, tags and maps name documents on either database), or null. */
export function relationIdText(value: unknown): string | null {
  const id = relationId(value) as unknown
  return typeof id === 'number' || (typeof id === 'string' && id !== '') ? String(id) : null
}

/**
 * Whether a value from a URL could be a document id on either database: a SQLite row number or a
 * MongoDB ObjectId (24 hex digits). Anything else is answered as "not found" without a query.
 */
export function looksLikeDocumentId(value: unknown): boolean {
  const text = String(value ?? '')
  return /^\d{1,15}$/.test(text) || /^[a-f0-9]{24}$/i.test(text)
}

/** The id as the database stores it: a number on SQLite (numeric ids), the string itself on MongoDB. */
export function storedId(id: string, idType: 'number' | 'text'): number | string {
  return idType === 'number' ? Number(id) : id
}
