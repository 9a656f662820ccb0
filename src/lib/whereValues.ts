/**
 * Checks the values in a Payload `where` query against the types of the fields they compare, so a
 * caller's mistake (`createdAt > "notadate"`, `category = "xyz"`, `title near 1`) is a 400 with a
 * Vietnamese reason instead of a database error, a 500 and a stack trace in the log. Payload itself
 * checks that the paths exist, not what is compared with them. Pure: the caller resolves paths.
 */
export type FieldKind = 'text' | 'number' | 'date' | 'id' | 'checkbox' | 'point' | 'json' | 'other'

/** Resolves a dotted path ("category.slug", "source.url") to the kind of the field it ends on. */
export type ResolveField = (path: string) => FieldKind | undefined

export type IdType = 'number' | 'text'

const COMPARISONS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in', 'all'])
const GEO = new Set(['near', 'within', 'intersects'])
const TEXT_ONLY = new Set(['like', 'not_like', 'contains'])
const KNOWN = new Set(['equals', 'not_equals', 'exists', ...COMPARISONS, ...LISTS, ...GEO, ...TEXT_ONLY])

const isNullish = (value: unknown) => value === null || value === 'null' || value === undefined

function valuesOf(operator: string, value: unknown): unknown[] {
  if (!LISTS.has(operator)) return [value]
  if (Array.isArray(value)) return value
  if (typeof value === 'string') return value.split(',')
  if (value && typeof value === 'object') return Object.values(value)
  return [value]
}

function valueProblem(kind: FieldKind, value: unknown, idType: IdType): string | undefined {
  if (isNullish(value)) return undefined
  switch (kind) {
    case 'date': {
      const time = value instanceof Date ? value.getTime() : typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : Number.NaN
      return Number.isFinite(time) ? undefined : 'phải là một ngày giờ hợp lệ (ví dụ 2026-11-29T08:00:00+07:00)'
    }
    case 'number':
      return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        ? undefined
        : 'phải là một số'
    case 'id':
      if (idType === 'number') {
        return (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^\d{1,15}$/.test(value)) ? undefined : 'phải là mã số (id) hợp lệ'
      }
      return (typeof value === 'string' && value.length > 0 && value.length <= 100) || typeof value === 'number' ? undefined : 'phải là mã (id) hợp lệ'
    case 'checkbox':
      return typeof value === 'boolean' || value === 'true' || value === 'false' ? undefined : 'phải là true hoặc false'
    default:
      return undefined
  }
}

function conditionProblem(path: string, operator: string, value: unknown, kind: FieldKind, idType: IdType): string | undefined {
  if (!KNOWN.has(operator)) return `Toán tử "${operator}" không được hỗ trợ (trường ${path}).`
  if (operator === 'exists') {
    return typeof value === 'boolean' || value === 'true' || value === 'false' ? undefined : `"exists" của trường ${path} phải là true hoặc false.`
  }
  if (GEO.has(operator) && kind !== 'point') {
    return `Toán tử "${operator}" không dùng được với trường ${path}.`
  }
  if (TEXT_ONLY.has(operator) && (kind === 'date' || kind === 'number' || kind === 'checkbox' || (kind === 'id' && operator !== 'contains'))) {
    return `Toán tử "${operator}" chỉ dùng cho trường chữ, không dùng được với ${path}.`
  }
  if (COMPARISONS.has(operator) && kind !== 'date' && kind !== 'number' && kind !== 'text' && kind !== 'id') {
    return `Toán tử "${operator}" không dùng được với trường ${path}.`
  }
  if (GEO.has(operator) || (TEXT_ONLY.has(operator) && kind !== 'id')) return undefined
  for (const item of valuesOf(operator, value)) {
    const problem = valueProblem(kind, item, idType)
    if (problem) return `Giá trị lọc của trường ${path} ${problem}.`
  }
  return undefined
}

/** The first problem in `where`, as a Vietnamese sentence; undefined when every value fits its field. */
export function whereProblem(where: unknown, resolveField: ResolveField, idType: IdType, depth = 0): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  if (depth > 20) return 'Điều kiện lọc lồng nhau quá sâu.'
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const branches = Array.isArray(condition) ? condition : condition && typeof condition === 'object' ? Object.values(condition) : []
      for (const branch of branches) {
        const problem = whereProblem(branch, resolveField, idType, depth + 1)
        if (problem) return problem
      }
      continue
    }
    // Unknown paths are Payload's to refuse (it does, with a 400).
    const kind = resolveField(key)
    if (!kind || !condition || typeof condition !== 'object' || Array.isArray(condition)) continue
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const problem = conditionProblem(key, operator, value, kind, idType)
      if (problem) return problem
    }
  }
  return undefined
}
