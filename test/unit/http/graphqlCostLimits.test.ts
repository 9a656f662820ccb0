import { buildSchema, parse, specifiedRules, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { graphqlCostLimits } from '../../../src/graphql/costLimits'

// The shape Payload generates: list queries with limit/page/pagination and a docs field.
const schema = buildSchema(`
  type Article { id: Int title: String related: Articles }
  type Articles { docs: [Article] totalDocs: Int }
  type Query { Articles(limit: Int, page: Int, pagination: Boolean): Articles Article(id: Int): Article }
`)

function errorsOf(query: string, variables: Record<string, unknown> = {}) {
  return validate(schema, parse(query), [...specifiedRules, graphqlCostLimits(variables)]).map((error) => error.message)
}

describe('graphqlCostLimits', () => {
  it.each([
    '{ Articles(limit: 10) { docs { id title } } }',
    '{ Articles { docs { title } } }',
    '{ a: Articles(limit: 100) { docs { id } } b: Articles(limit: 100, page: 2) { docs { id } } }',
    '{ Article(id: 3) { title } }',
  ])('allows %s', (query) => {
    expect(errorsOf(query)).toEqual([])
  })

  it('refuses 200 aliases of a 100-document list (the 83-second request)', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title } }`).join(' ')
    expect(errorsOf(`{ ${aliases} }`).join(' ')).toMatch(/truy vấn gốc|tài liệu/)
  })

  it('refuses six lists of 100 (more than 500 documents in one request)', () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`).join(' ')
    expect(errorsOf(`{ ${aliases} }`).join(' ')).toMatch(/500 tài liệu/)
  })

  it.each([
    ['{ Articles(limit: 0) { docs { id } } }', /limit/],
    ['{ Articles(limit: 1000) { docs { id } } }', /limit/],
    ['{ Articles(pagination: false) { docs { id } } }', /phân trang/],
  ])('refuses %s', (query, message) => {
    expect(errorsOf(query).join(' ')).toMatch(message)
  })

  it('reads limits passed as variables', () => {
    const query = 'query($n: Int) { Articles(limit: $n) { docs { id } } }'
    expect(errorsOf(query, { n: 50 })).toEqual([])
    expect(errorsOf(query, { n: 100000 }).join(' ')).toMatch(/limit/)
  })

  it('refuses deep nesting', () => {
    let selection = 'id'
    for (let i = 0; i < 12; i++) selection = `related(limit: 1) { docs { ${selection} } }`
    const query = `{ Article(id: 1) { ${selection} } }`
    expect(errorsOf(query.replaceAll('related(limit: 1)', 'related')).join(' ')).toMatch(/sâu/)
  })
})
