import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { anonymous, api, graphql, login, type Session, staffSession } from '../support/rest'

const TITLE = 'Cải cách hành chính: Đồng Lê đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4'

let server: LoaServer
let admin: Session
let editor: Session
let approver: Session
let visitor: Session
let categoryId: number | string

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  editor = await staffSession(admin, 'editor', 'editor@test.loa')
  approver = await staffSession(admin, 'approver', 'approver@test.loa')
  visitor = anonymous(server.baseUrl)
  categoryId = (await api(visitor, 'GET', '/categories?where[slug][equals]=cai-cach-hanh-chinh')).json.docs[0].id
})

afterAll(async () => {
  await server?.stop()
})

const draftBody = (title: string) => ({ title, summary: 'Tóm tắt thử.', category: categoryId, _status: 'draft' })

describe('drafts never reach anonymous readers', () => {
  it('lists only published articles over REST', async () => {
    const all = await api(visitor, 'GET', '/articles?limit=100&depth=0')
    expect(all.status).toBe(200)
    expect(all.json.totalDocs).toBe(24)
    expect(all.json.docs.every((doc: { _status: string }) => doc._status === 'published')).toBe(true)
    const asking = await api(visitor, 'GET', '/articles?where[_status][equals]=draft&depth=0')
    expect(asking.json.totalDocs).toBe(0)
    const staffView = await api(editor, 'GET', '/articles?where[_status][equals]=draft&depth=0')
    expect(staffView.json.totalDocs).toBe(2)
  })

  it('refuses a draft fetched by id, over REST and GraphQL', async () => {
    const draftId = (await api(editor, 'GET', '/articles?where[_status][equals]=draft&depth=0')).json.docs[0].id
    const rest = await api(visitor, 'GET', `/articles/${draftId}?depth=0`)
    expect([403, 404]).toContain(rest.status)
    expect(rest.text).not.toContain('"_status":"draft"')
    // GraphQL is closed to anonymous callers altogether (issue 8): nothing, drafts least of all.
    const gql = await graphql(visitor, `{ Articles(limit: 100, draft: true) { totalDocs docs { id _status } } }`)
    expect(gql.status).toBe(403)
    expect(gql.json.data).toBeUndefined()
    const one = await graphql(visitor, `query($id: Int!) { Article(id: $id, draft: true) { title } }`, { id: draftId })
    expect(one.status).toBe(403)
    expect(JSON.stringify(one.json)).not.toContain('_status')
  })

  it('shows the published version, not newer unpublished edits, even when ?draft=true is asked', async () => {
    const published = (await api(visitor, 'GET', '/articles?limit=1&depth=0')).json.docs[0]
    const edited = await api(editor, 'PATCH', `/articles/${published.id}?draft=true`, { title: 'Bản nháp chưa duyệt', _status: 'draft' })
    expect(edited.status).toBe(200)
    const asDraft = await api(visitor, 'GET', `/articles/${published.id}?draft=true&depth=0`)
    expect(asDraft.text).not.toContain('Bản nháp chưa duyệt')
    const listed = await api(visitor, 'GET', `/articles?draft=true&limit=100&depth=0`)
    expect(listed.text).not.toContain('Bản nháp chưa duyệt')
    const versions = await api(visitor, 'GET', `/articles/versions?depth=0`)
    expect(versions.text).not.toContain('Bản nháp chưa duyệt')
  })
})

describe('who may publish', () => {
  it('lets an editor save a draft but not publish it', async () => {
    const created = await api(editor, 'POST', '/articles', draftBody('Bài của biên tập viên'))
    expect(created.status).toBe(201)
    const id = created.json.doc.id
    const publish = await api(editor, 'PATCH', `/articles/${id}`, { _status: 'published' })
    expect(publish.status).toBe(403)
    const direct = await api(editor, 'POST', '/articles', { ...draftBody('Đăng thẳng'), _status: 'published' })
    expect(direct.status).toBe(403)
    const seen = await api(visitor, 'GET', `/articles/${id}`)
    expect([403, 404]).toContain(seen.status)
  })

  it('lets an approver publish, after which anyone can read it', async () => {
    const created = await api(editor, 'POST', '/articles', draftBody('Bài chờ lãnh đạo duyệt'))
    const id = created.json.doc.id
    const publish = await api(approver, 'PATCH', `/articles/${id}`, { _status: 'published' })
    expect(publish.status).toBe(200)
    expect(publish.json.doc.publishedAt).toBeTruthy()
    const seen = await api(visitor, 'GET', `/articles/${id}?depth=0`)
    expect(seen.status).toBe(200)
    expect(seen.json.title).toBe('Bài chờ lãnh đạo duyệt')
  })

  it('lets only admins manage users', async () => {
    const byEditor = await api(editor, 'POST', '/users', { email: 'x@test.loa', password: 'password-123', name: 'X', role: 'admin' })
    expect(byEditor.status).toBe(403)
    const promote = await api(editor, 'PATCH', `/users/${(await api(editor, 'GET', '/users/me')).json.user.id}`, { role: 'admin' })
    expect(promote.json?.doc?.role ?? 'editor').toBe('editor')
    const listByEditor = await api(editor, 'GET', '/users?limit=100')
    expect(listByEditor.json.totalDocs).toBe(1)
    const anonymousList = await api(visitor, 'GET', '/users')
    expect(anonymousList.status).toBe(403)
  })
})

describe('slugs', () => {
  it('makes an ascii, lowercase, readable slug from the Vietnamese title', async () => {
    const seeded = await api(visitor, 'GET', `/articles?where[title][equals]=${encodeURIComponent(TITLE)}&depth=0`)
    expect(seeded.json.docs[0].slug).toBe('cai-cach-hanh-chinh-dong-le-day-manh-dich-vu-cong-truc-tuyen-muc-do-3-4')
  })

  it('keeps slugs unique and editable', async () => {
    const first = await api(editor, 'POST', '/articles', draftBody('Thông báo mới'))
    const second = await api(editor, 'POST', '/articles', draftBody('Thông báo mới'))
    expect(first.json.doc.slug).toBe('thong-bao-moi')
    expect(second.json.doc.slug).toBe('thong-bao-moi-2')
    const renamed = await api(editor, 'PATCH', `/articles/${second.json.doc.id}`, { slug: 'Thông báo riêng' })
    expect(renamed.json.doc.slug).toBe('thong-bao-rieng')
  })
})
