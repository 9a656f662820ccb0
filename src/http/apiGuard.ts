import type { NextFunction, Request, Response } from 'express'

/**
 * Checks on /api before Payload sees the request.
 *
 * - GraphQL is for staff tools: the public site never uses it, so anonymous callers are refused
 *   before their query is even read (one anonymous request with 200 aliases once held the whole
 *   server for 83 s). Staff queries are bounded by src/graphql/costLimits.
 * - Anonymous REST reads are bounded: at most 100 documents a page, shallow population, no
 *   "everything at once" (limit=0 or pagination=false).
 */
export type StaffCheck = (req: Request) => Promise<boolean>

export const ANONYMOUS_MAX_LIMIT = 100
export const ANONYMOUS_MAX_DEPTH = 2
export const MAX_PAGE = 10_000

type QueryValue = string | string[] | undefined | Record<string, unknown> | unknown

/** What is wrong with an anonymous REST read's paging, in Vietnamese; undefined when it is fine. */
export function anonymousQueryProblem(query: Record<string, QueryValue>): string | undefined {
  const integer = (value: QueryValue) => (typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN)
  if (query.limit !== undefined) {
    const limit = integer(query.limit)
    if (!(limit >= 1 && limit <= ANONYMOUS_MAX_LIMIT)) return `limit phải là số nguyên từ 1 đến ${ANONYMOUS_MAX_LIMIT}.`
  }
  if (query.depth !== undefined) {
    const depth = integer(query.depth)
    if (!(depth >= 0 && depth <= ANONYMOUS_MAX_DEPTH)) return `depth phải là số nguyên từ 0 đến ${ANONYMOUS_MAX_DEPTH}.`
  }
  if (query.page !== undefined) {
    const page = integer(query.page)
    if (!(page >= 1 && page <= MAX_PAGE)) return `page phải là số nguyên từ 1 đến ${MAX_PAGE}.`
  }
  if (query.pagination !== undefined && query.pagination !== 'true') return 'Không được tắt phân trang (pagination=false).'
  return undefined
}

function refuse(res: Response, status: number, message: string) {
  res.status(status).json({ errors: [{ message }] })
}

export function apiGuard(isStaff: StaffCheck) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const graphql = req.path === '/graphql' || req.path.startsWith('/graphql/') || req.path.startsWith('/graphql-playground')
      const reading = req.method === 'GET' || req.method === 'HEAD'
      if (!graphql && !reading) return next()
      if (!graphql && !req.url.includes('?')) return next()
      if (req.method === 'OPTIONS') return next()
      if (await isStaff(req)) return next()
      if (graphql) return refuse(res, 403, 'GraphQL chỉ dành cho cán bộ đã đăng nhập. Trang công khai không dùng GraphQL.')
      const problem = anonymousQueryProblem(req.query as Record<string, QueryValue>)
      if (problem) return refuse(res, 400, problem)
      next()
    } catch (error) {
      next(error)
    }
  }
}
