import { describe, expect, it } from 'vitest'
import { anonymousQueryProblem } from '../../../src/http/apiGuard'

describe('anonymousQueryProblem', () => {
  it.each([{}, { limit: '10' }, { limit: '100', page: '3', depth: '2' }, { pagination: 'true' }, { where: { a: 1 } }])('allows %o', (query) => {
    expect(anonymousQueryProblem(query)).toBeUndefined()
  })
  it.each([
    [{ limit: '0' }, /limit/],
    [{ limit: '101' }, /limit/],
    [{ limit: '100000' }, /limit/],
    [{ limit: '-5' }, /limit/],
    [{ limit: ['1', '2'] }, /limit/],
    [{ depth: '10' }, /depth/],
    [{ page: '0' }, /page/],
    [{ pagination: 'false' }, /phân trang/],
  ])('refuses %o', (query, message) => {
    expect(anonymousQueryProblem(query)).toMatch(message)
  })
})
