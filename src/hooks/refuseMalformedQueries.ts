import type { CollectionBeforeOperationHook, CollectionConfig, FlattenedField, Payload } from 'payload'
import { userFacingError } from '../lib/errors'
import { type FieldKind, whereProblem } from '../lib/whereValues'

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code', 'select', 'radio', 'richText'])

function kindOf(field: FlattenedField): FieldKind {
  if (TEXT_TYPES.has(field.type)) return 'text'
  if (field.type === 'number' || field.type === 'date' || field.type === 'checkbox' || field.type === 'point' || field.type === 'json') return field.type
  // A relationship to one collection compares ids; a polymorphic one compares {relationTo, value}.
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') return 'id'
  return 'other'
}

/** Walks a dotted path through groups and single-collection relationships to the field it names. */
function resolveIn(payload: Payload, fields: FlattenedField[], segments: string[]): FieldKind | undefined {
  const [name, ...rest] = segments
  if (name === 'id' && rest.length === 0) return 'id'
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === name)
  if (!field) return undefined
  if (rest.length === 0) return kindOf(field)
  if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) return resolveIn(payload, field.flattenedFields, rest)
  if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
    const related = payload.collections[field.relationTo]?.config
    return related ? resolveIn(payload, related.flattenedFields, rest) : undefined
  }
  return undefined
}

/**
 * Refuses a query whose values do not fit the fields they compare (see src/lib/whereValues) with a
 * 400 before the database sees it: over REST, GraphQL and the Local API alike.
 */
export const refuseMalformedQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: unknown }).where
  if (!where) return args
  const idType = req.payload.db.defaultIDType === 'number' ? 'number' : 'text'
  const problem = whereProblem(where, (path) => resolveIn(req.payload, collection.flattenedFields, path.split('.')), idType)
  if (problem) throw userFacingError(problem, 400)
  return args
}

/** Adds the check to a collection, before its own hooks. */
export function withQueryValidation(collection: CollectionConfig): CollectionConfig {
  return { ...collection, hooks: { ...collection.hooks, beforeOperation: [refuseMalformedQueries, ...(collection.hooks?.beforeOperation ?? [])] } }
}
