import type { CollectionBeforeChangeHook, CollectionConfig, FlattenedField } from 'payload'

/**
 * Stores every date field as UTC ISO 8601 ("2026-12-03T07:00:00.000Z"), whatever offset the caller
 * wrote it with.
 *
 * Payload's SQLite adapter keeps a date string as it was sent, while it turns the values of a query
 * into UTC ISO before comparing them as text. An emergency sent over REST as valid from
 * "2026-12-03T14:00:00+07:00" was therefore stored as that text and compared with
 * "2026-12-03T11:00:00.000Z" at 18:00 station time: "14:00+07:00" sorts after "11:00Z", so the
 * storm warning was "not yet valid" for seven hours and left out of the playlist. Every date query
 * (scheduled publishing, validity windows, air times) had the same seven-hour blind spot.
 */
function canonicalDate(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString()
  if (typeof value !== 'string' || value === '') return value
  const time = new Date(value).getTime()
  // An unparsable value is left for the field's own validation to refuse.
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

function canonicalise(data: Record<string, unknown>, fields: FlattenedField[]): void {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data)) continue
    const value = data[field.name]
    if (field.type === 'date') {
      data[field.name] = canonicalDate(value)
    } else if ((field.type === 'group' || field.type === 'tab') && value && typeof value === 'object' && !Array.isArray(value)) {
      canonicalise(value as Record<string, unknown>, field.flattenedFields)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) if (row && typeof row === 'object') canonicalise(row as Record<string, unknown>, field.flattenedFields)
    } else if (field.type === 'blocks' && Array.isArray(value)) {
      for (const row of value) {
        const block = field.blocks.find((candidate) => candidate.slug === (row as { blockType?: unknown })?.blockType)
        if (block && row && typeof row === 'object') canonicalise(row as Record<string, unknown>, block.flattenedFields)
      }
    }
  }
}

export const storeDatesAsUtc: CollectionBeforeChangeHook = ({ data, collection }) => {
  if (data && typeof data === 'object') canonicalise(data as Record<string, unknown>, collection.flattenedFields)
  return data
}

/** Adds the hook to a collection, before its own beforeChange hooks (they then see UTC too). */
export function withCanonicalDates(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeChange: [storeDatesAsUtc, ...(collection.hooks?.beforeChange ?? [])] } }
}
