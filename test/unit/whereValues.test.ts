import { describe, expect, it } from 'vitest'
import { type FieldKind, whereProblem } from '../../src/lib/whereValues'

const fields: Record<string, FieldKind> = {
  createdAt: 'date',
  publishedAt: 'date',
  title: 'text',
  id: 'id',
  category: 'id',
  tags: 'id',
  'category.slug': 'text',
  views: 'number',
  featured: 'checkbox',
}
const resolve = (path: string) => fields[path]

describe('whereProblem', () => {
  it.each([
    [{ createdAt: { greater_than: '2026-11-01' } }],
    [{ createdAt: { greater_than: '2026-11-29T08:00:00+07:00' } }],
    [{ title: { like: 'cải cách' } }],
    [{ category: { equals: '3' } }],
    [{ category: { in: '1,2,3' } }],
    [{ tags: { contains: '4' } }],
    [{ 'category.slug': { equals: 'tin-tuc' } }],
    [{ publishedAt: { exists: 'true' } }],
    [{ views: { greater_than_equal: '10' } }],
    [{ or: [{ title: { like: 'a' } }, { createdAt: { less_than: '2026-01-01' } }] }],
    [{ unknownField: { equals: 'x' } }],
    [{ category: { equals: 'null' } }],
  ])('accepts %j', (where) => {
    expect(whereProblem(where, resolve, 'number')).toBeUndefined()
  })

  it.each([
    [{ createdAt: { greater_than: 'notadate' } }, /createdAt.*ngày giờ/],
    [{ publishedAt: { less_than: 'notadate' } }, /publishedAt/],
    [{ createdAt: { greater_than_equal: '2026-99-99' } }, /ngày giờ/],
    [{ createdAt: { in: 'a,b' } }, /ngày giờ/],
    [{ category: { equals: 'xyz' } }, /category.*id/],
    [{ tags: { contains: 'zz' } }, /tags/],
    [{ id: { in: ['1', 'x'] } }, /id/],
    [{ title: { near: '1' } }, /near/],
    [{ views: { like: '1' } }, /chỉ dùng cho trường chữ/],
    [{ views: { equals: 'many' } }, /một số/],
    [{ publishedAt: { exists: 'maybe' } }, /true hoặc false/],
    [{ featured: { equals: 'yes' } }, /true hoặc false/],
    [{ title: { sounds_like: 'x' } }, /không được hỗ trợ/],
    [{ and: [{ or: [{ createdAt: { equals: 'x' } }] }] }, /createdAt/],
    [{ or: { 0: { category: { equals: 'abc' } } } }, /category/],
  ])('refuses %j', (where, message) => {
    expect(whereProblem(where, resolve, 'number')).toMatch(message)
  })

  it('accepts MongoDB ids where ids are text', () => {
    expect(whereProblem({ category: { equals: '6750a1f2c3d4e5f6a7b8c9d0' } }, resolve, 'text')).toBeUndefined()
    expect(whereProblem({ category: { equals: '6750a1f2c3d4e5f6a7b8c9d0' } }, resolve, 'number')).toMatch(/id/)
  })
})
