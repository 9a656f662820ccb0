import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textOf } from '../support/html'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, graphql, type Session, sessionsForEveryRole } from '../support/rest'

/**
 * Editors write drafts; only approvers and admins change what residents read. Every way an editor
 * could write an article (REST with and without _status, bulk, GraphQL, restoring a version,
 * duplicating) must leave the published article as it was, with the editor's change waiting as the
 * newest draft version.
 */
let server: LoaServer
let editor: Session
let approver: Session
let visitor: Session
let published: { id: number; slug: string; title: string }[]

beforeAll(async () => {
  server = await startLoaServer()
  ;({ editor, approver, visitor } = await sessionsForEveryRole(server.baseUrl, ADMIN))
  published = (await api(visitor, 'GET', '/articles?limit=12&depth=0&sort=-publishedAt')).json.docs
})

afterAll(async () => {
  await server?.stop()
})

/** A different seeded, published article for each test, so tests do not see each other's drafts. */
let next = 0
const anArticle = () => published[next++]

/** What a resident gets: the public page and the API, both anonymous. */
async function live(article: { id: number; slug: string }) {
  const page = await fetch(`${server.baseUrl}/tin-tuc/${article.slug}`)
  const doc = await api(visitor, 'GET', `/articles/${article.id}?depth=0`)
  return { pageStatus: page.status, pageText: textOf(await page.text()), status: doc.status, title: doc.json?.title, _status: doc.json?._status }
}

/** The live article once its page shows `text` (a published change reaches stored pages within a second or two). */
async function liveShowing(article: { id: number; slug: string }, text: string) {
  let now = await live(article)
  for (let attempt = 0; attempt < 30 && !now.pageText.includes(text); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100))
    now = await live(article)
  }
  return now
}

async function expectUnchanged(article: { id: number; slug: string; title: string }, pending: string) {
  const now = await live(article)
  expect(now.status).toBe(200)
  expect(now._status).toBe('published')
  expect(now.title).toBe(article.title)
  expect(now.pageStatus).toBe(200)
  expect(now.pageText).toContain(article.title)
  expect(now.pageText).not.toContain(pending)
  const listed = await api(visitor, 'GET', `/articles?limit=100&depth=0`)
  expect(listed.text).not.toContain(pending)
}

/** The newest version, as staff see it in the admin. */
async function newestVersion(id: number) {
  const versions = await api(approver, 'GET', `/articles/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1&depth=0`)
  return versions.json.docs[0]?.version as { title: string; _status: string }
}

describe('an editor changing a published article over REST', () => {
  it('leaves the live article as it was until an approver publishes the change', async () => {
    const article = anArticle()
    const pending = 'Tiêu đề sửa chưa duyệt'
    const edited = await api(editor, 'PATCH', `/articles/${article.id}`, { title: pending })
    expect(edited.status).toBe(200)
    await expectUnchanged(article, pending)
    expect(await newestVersion(article.id)).toMatchObject({ title: pending, _status: 'draft' })
    const asStaff = await api(editor, 'GET', `/articles/${article.id}?draft=true&depth=0`)
    expect(asStaff.json.title).toBe(pending)

    const approved = await api(approver, 'PATCH', `/articles/${article.id}`, { _status: 'published' })
    expect(approved.status).toBe(200)
    const now = await liveShowing(article, pending)
    expect(now.title).toBe(pending)
    expect(now.pageText).toContain(pending)
  })

  it('cannot unpublish it (_status draft, even with ?draft=false), publish a change, or delete it', async () => {
    const article = anArticle()
    for (const query of ['', '?draft=false']) {
      const pending = `Gỡ bài${query}`
      const response = await api(editor, 'PATCH', `/articles/${article.id}${query}`, { title: pending, _status: 'draft' })
      expect(response.status).toBe(200)
      await expectUnchanged(article, pending)
      expect(await newestVersion(article.id)).toMatchObject({ title: pending, _status: 'draft' })
    }
    const publish = await api(editor, 'PATCH', `/articles/${article.id}`, { title: 'Đăng thẳng', _status: 'published' })
    expect(publish.status).toBe(403)
    expect((await api(editor, 'DELETE', `/articles/${article.id}`)).status).toBe(403)
    await api(editor, 'DELETE', `/articles?where[id][equals]=${article.id}`)
    await expectUnchanged(article, 'Đăng thẳng')
  })

  it('cannot change or unpublish it with a bulk PATCH, nor publish a copy by duplicating it', async () => {
    const article = anArticle()
    const pending = 'Sửa hàng loạt'
    const bulk = await api(editor, 'PATCH', `/articles?where[id][equals]=${article.id}`, { title: pending, _status: 'draft' })
    expect(bulk.status).toBe(200)
    await expectUnchanged(article, pending)
    expect(await newestVersion(article.id)).toMatchObject({ title: pending, _status: 'draft' })
    const copy = await api(editor, 'POST', `/articles/${article.id}/duplicate`, {})
    expect(copy.status).toBe(200)
    expect([403, 404]).toContain((await api(visitor, 'GET', `/articles/${copy.json.doc.id}?depth=0`)).status)
  })

  it('cannot unpublish it by restoring a draft version, only restore it as a new draft', async () => {
    const article = anArticle()
    const pending = 'Bản nháp cũ để khôi phục'
    // The admin's "Save draft": a draft version next to the live article.
    await api(editor, 'PATCH', `/articles/${article.id}?draft=true`, { title: pending })
    const draftVersion = (await api(editor, 'GET', `/articles/versions?where[parent][equals]=${article.id}&where[version._status][equals]=draft&depth=0`)).json.docs[0]
    expect(draftVersion).toBeTruthy()
    const restore = await api(editor, 'POST', `/articles/versions/${draftVersion.id}`)
    expect(restore.status).toBe(403)
    await expectUnchanged(article, pending)
    const asDraft = await api(editor, 'POST', `/articles/versions/${draftVersion.id}?draft=true`)
    expect(asDraft.status).toBe(200)
    await expectUnchanged(article, pending)
  })
})

describe('an editor changing a published article over GraphQL', () => {
  it('leaves the live article as it was, with or without draft: false', async () => {
    const article = anArticle()
    for (const draftArg of ['', ', draft: false']) {
      const pending = `GraphQL sửa${draftArg}`
      const result = await graphql(editor, `mutation($id: Int!) { updateArticle(id: $id, data: { title: "${pending}" }${draftArg}) { id } }`, { id: article.id })
      expect(result.json.errors).toBeUndefined()
      await expectUnchanged(article, pending)
      expect(await newestVersion(article.id)).toMatchObject({ title: pending, _status: 'draft' })
    }
    const unpublish = await graphql(editor, `mutation($id: Int!) { updateArticle(id: $id, data: { _status: draft }) { id } }`, { id: article.id })
    expect(unpublish.json.errors).toBeUndefined()
    const publish = await graphql(editor, `mutation($id: Int!) { updateArticle(id: $id, data: { title: "GraphQL đăng", _status: published }) { id } }`, { id: article.id })
    expect(publish.json.errors?.length).toBeGreaterThan(0)
    await expectUnchanged(article, 'GraphQL đăng')
  })

  it('cannot restore a version over the live article, nor create a published article', async () => {
    const article = anArticle()
    const pending = 'GraphQL khôi phục'
    // The admin's "Save draft": a draft version next to the live article.
    await api(editor, 'PATCH', `/articles/${article.id}?draft=true`, { title: pending })
    const draftVersion = (await api(editor, 'GET', `/articles/versions?where[parent][equals]=${article.id}&where[version._status][equals]=draft&depth=0`)).json.docs[0]
    const restore = await graphql(editor, `mutation($id: Int!) { restoreVersionArticle(id: $id) { id } }`, { id: draftVersion.id })
    expect(restore.json.errors?.length).toBeGreaterThan(0)
    await expectUnchanged(article, pending)
    const created = await graphql(editor, `mutation { createArticle(data: { title: "GraphQL bài mới", _status: published }) { id } }`)
    expect(created.json.errors?.length).toBeGreaterThan(0)
    expect((await api(visitor, 'GET', '/articles?limit=100&depth=0')).text).not.toContain('GraphQL bài mới')
  })
})
