import { describe, expect, it } from 'vitest'
import { lexicalDocumentRefs, lexicalUploadIds, withLexicalDocuments } from '../../src/lib/lexicalUploads'

const body = (...children: unknown[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const upload = (value: unknown, relationTo = 'media') => ({ type: 'upload', relationTo, value, fields: { caption: 'x' } })

describe('lexicalUploadIds', () => {
  it.each([
    ['no value', undefined, []],
    ['no root', {}, []],
    ['text only', body(paragraph({ type: 'text', text: 'ảnh 5' })), []],
    ['a bare numeric id', body(upload(5)), ['5']],
    ['a string id', body(upload('abc')), ['abc']],
    ['a populated document', body(upload({ id: 7, alt: 'x' })), ['7']],
    ['nested in a table cell', body({ type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [upload(9)] }] }] }), ['9']],
    ['several, in order', body(upload(1), paragraph({ type: 'text', text: 'a' }), upload(2)), ['1', '2']],
    ['another collection is ignored', body(upload(3, 'audio-clips')), []],
    ['an upload without a value is ignored', body(upload(null)), []],
  ])('%s', (_name, value, expected) => {
    expect(lexicalUploadIds(value, 'media')).toEqual(expected)
  })
})

const link = (relationTo: string, value: unknown, linkType = 'internal') => ({ type: 'link', fields: { linkType, doc: { relationTo, value }, newTab: false }, children: [{ type: 'text', text: 'xem' }] })

describe('lexicalDocumentRefs', () => {
  it.each([
    ['no value', undefined, []],
    ['text only', body(paragraph({ type: 'text', text: 'a' })), []],
    ['an image', body(upload(5)), [{ relationTo: 'media', id: '5' }]],
    ['an internal link inside a paragraph', body(paragraph(link('articles', 12))), [{ relationTo: 'articles', id: '12' }]],
    ['a populated link and a string id', body(paragraph(link('tags', { id: 'abc', slug: 'x' })), upload('f00')), [{ relationTo: 'tags', id: 'abc' }, { relationTo: 'media', id: 'f00' }]],
    ['an outside link names no document', body(paragraph({ type: 'link', fields: { linkType: 'custom', url: 'https://a.vn' }, children: [] })), []],
    ['the same document twice is named once', body(upload(5), paragraph(link('articles', 3)), upload(5)), [{ relationTo: 'media', id: '5' }, { relationTo: 'articles', id: '3' }]],
    ['a link whose document was deleted', body(paragraph(link('articles', null))), []],
  ])('%s', (_name, value, expected) => {
    expect(lexicalDocumentRefs(value)).toEqual(expected)
  })
})

describe('withLexicalDocuments', () => {
  const docs: Record<string, object> = { 'media:5': { id: 5, url: '/media/a.jpg' }, 'articles:12': { id: 12, slug: 'tin-12' } }
  const lookup = (relationTo: string, id: string) => docs[`${relationTo}:${id}`]

  it('puts the documents found in place of their ids, deep in the tree', () => {
    const value = body(upload(5), paragraph(link('articles', 12)), { type: 'table', children: [{ type: 'tablerow', children: [{ type: 'tablecell', children: [upload(5)] }] }] })
    const filled = withLexicalDocuments(value, lookup) as ReturnType<typeof body>
    const [image, para, table] = filled.root.children as Array<Record<string, any>>
    expect(image.value).toEqual({ id: 5, url: '/media/a.jpg' })
    expect(image.fields).toEqual({ caption: 'x' })
    expect(para.children[0].fields.doc).toEqual({ relationTo: 'articles', value: { id: 12, slug: 'tin-12' } })
    expect(para.children[0].fields.newTab).toBe(false)
    expect(para.children[0].children).toEqual([{ type: 'text', text: 'xem' }])
    expect(table.children[0].children[0].children[0].value).toEqual({ id: 5, url: '/media/a.jpg' })
  })

  it('leaves a document it does not find as its id (deleted, or a draft)', () => {
    const filled = withLexicalDocuments(body(upload(6), paragraph(link('articles', 99))), lookup) as ReturnType<typeof body>
    const [image, para] = filled.root.children as Array<Record<string, any>>
    expect(image.value).toBe(6)
    expect(para.children[0].fields.doc.value).toBe(99)
  })

  it('does not change the value it was given', () => {
    const value = body(upload(5))
    const before = JSON.stringify(value)
    withLexicalDocuments(value, lookup)
    expect(JSON.stringify(value)).toBe(before)
  })

  it('passes a missing value through', () => {
    expect(withLexicalDocuments(null, lookup)).toBeNull()
  })
})
