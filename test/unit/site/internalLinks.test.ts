import { describe, expect, it } from 'vitest'
import { hrefOfInternalDoc } from '../../../src/site/internalLinks'

describe('hrefOfInternalDoc', () => {
  it.each([
    ['an article', { relationTo: 'articles', value: { id: 3, slug: 'dong-le-don-tet' } }, '/tin-tuc/dong-le-don-tet'],
    ['a category', { relationTo: 'categories', value: { id: 1, slug: 'thong-bao' } }, '/chuyen-muc/thong-bao'],
    ['a tag', { relationTo: 'tags', value: { id: 9, slug: 'một-cửa' } }, '/tag/m%E1%BB%99t-c%E1%BB%ADa'],
    ['an unpopulated (deleted or hidden) article', { relationTo: 'articles', value: 3 }, null],
    ['an article without slug', { relationTo: 'articles', value: { id: 3 } }, null],
    ['a collection without public pages', { relationTo: 'users', value: { id: 1, slug: 'x' } }, null],
    ['nothing', { relationTo: 'articles', value: null }, null],
  ])('links %s', (_name, target, expected) => {
    expect(hrefOfInternalDoc(target)).toBe(expected)
  })
})
