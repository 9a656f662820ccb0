import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { textOf } from '../support/html'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole, staffSession } from '../support/rest'

/**
 * The approval flow over the API: every action for every role, and every other way of writing an
 * article (REST, bulk, GraphQL, restoring a version) leaving the review state and what residents see
 * as they were.
 */
let server: LoaServer
let roles: Roles
let otherEditor: Session

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  otherEditor = await staffSession(roles.admin, 'editor', 'editor2@test.loa')
})

afterAll(async () => {
  await server?.stop()
})

let counter = 0
/** A new article written by the editor (a draft), optionally moved along the flow. */
async function draftArticle(title = `Tin duyệt ${++counter}`) {
  const created = await api(roles.editor, 'POST', '/articles', { title, summary: 'Tóm tắt bài viết.' })
  expect(created.status, created.text).toBe(201)
  return { id: created.json.doc.id as number, title, slug: created.json.doc.slug as string }
}

const act = (session: Session, id: number | string, action: string, body?: unknown) => api(session, 'POST', `/articles/${id}/review/${action}`, body ?? {})

async function pendingArticle() {
  const article = await draftArticle()
  expect((await act(roles.editor, article.id, 'submit')).status).toBe(200)
  return article
}

/** The newest version as staff see it in the admin. */
async function newest(id: number) {
  const response = await api(roles.admin, 'GET', `/articles/${id}?draft=true&depth=0`)
  return response.json as { title: string; _status: string; review: Record<string, any> }
}

async function publicStatus(article: { id: number; slug: string }) {
  const doc = await api(roles.visitor, 'GET', `/articles/${article.id}?depth=0`)
  return { status: doc.status, title: doc.json?.title as string | undefined }
}

describe('the actions, role by role', () => {
  it('refuses anonymous callers (401) and technicians (403) every action, in Vietnamese', async () => {
    const article = await pendingArticle()
    for (const action of ['submit', 'withdraw', 'return', 'approve']) {
      const anonymous = await act(roles.visitor, article.id, action, { reason: 'x' })
      expect(anonymous.status, action).toBe(401)
      expect(anonymous.json.message).toMatch(/đăng nhập/)
      const technician = await act(roles.technician, article.id, action, { reason: 'x' })
      expect(technician.status, action).toBe(403)
      expect(technician.json.message).toMatch(/Chỉ/)
    }
    expect((await newest(article.id)).review.state).toBe('pending')
  })

  it('lets an editor submit and withdraw, but never return or approve', async () => {
    const article = await draftArticle()
    const submitted = await act(roles.editor, article.id, 'submit')
    expect(submitted.status).toBe(200)
    expect(submitted.json.message).toMatch(/Đã gửi duyệt/)
    expect(submitted.json.doc.review).toMatchObject({ state: 'pending', submittedByName: 'Test editor' })
    expect((await act(roles.editor, article.id, 'approve')).status).toBe(403)
    expect((await act(roles.editor, article.id, 'return', { reason: 'Tự trả' })).status).toBe(403)
    expect((await publicStatus(article)).status).not.toBe(200)
    // Only the submitter (or an approver) withdraws.
    const byOther = await act(otherEditor, article.id, 'withdraw')
    expect(byOther.status).toBe(403)
    expect(byOther.json.message).toMatch(/người đã gửi duyệt/)
    const withdrawn = await act(roles.editor, article.id, 'withdraw')
    expect(withdrawn.status).toBe(200)
    expect((await newest(article.id)).review.state).toBe('draft')
  })

  it('lets approvers and admins return with a reason and approve; the editor sees who and why', async () => {
    for (const decider of [roles.approver, roles.admin]) {
      const article = await pendingArticle()
      const returned = await act(decider, article.id, 'return', { reason: '  Thiếu nguồn tin, bổ sung giúp.  ' })
      expect(returned.status).toBe(200)
      const asEditor = await api(roles.editor, 'GET', `/articles/${article.id}?draft=true&depth=0`)
      expect(asEditor.json.review).toMatchObject({ state: 'returned', returnReason: 'Thiếu nguồn tin, bổ sung giúp.', submittedByName: 'Test editor' })
      expect(asEditor.json.review.decidedByName).toMatch(/Test approver|Quản trị|admin/i)
      expect(asEditor.json.review.decidedAt).toBeTruthy()
      // The editor fixes it and sends it again.
      expect((await api(roles.editor, 'PATCH', `/articles/${article.id}`, { title: `${article.title} (đã sửa)` })).status).toBe(200)
      expect((await newest(article.id)).review.state).toBe('returned')
      expect((await act(roles.editor, article.id, 'submit')).status).toBe(200)
      const resubmitted = await newest(article.id)
      expect(resubmitted.review).toMatchObject({ state: 'pending', returnReason: null })
      const approved = await act(decider, article.id, 'approve')
      expect(approved.status).toBe(200)
      expect(approved.json.message).toBe('Đã duyệt và xuất bản.')
      expect(await publicStatus(article)).toEqual({ status: 200, title: `${article.title} (đã sửa)` })
      const page = await fetch(`${server.baseUrl}/tin-tuc/${article.slug}`)
      expect(page.status).toBe(200)
      expect(textOf(await page.text())).toContain(`${article.title} (đã sửa)`)
      expect((await newest(article.id)).review).toMatchObject({ state: 'published', decidedAt: expect.any(String) })
    }
  })

  it('answers unknown articles with 404 and actions in the wrong state with 409', async () => {
    for (const action of ['submit', 'withdraw', 'return', 'approve']) {
      const missing = await act(roles.approver, 999999, action, { reason: 'x' })
      expect(missing.status, action).toBe(404)
      expect(missing.json.message).toBe('Không tìm thấy bài viết.')
      expect((await act(roles.approver, 'abc', action, { reason: 'x' })).status, action).toBe(404)
    }
    const draft = await draftArticle()
    expect((await act(roles.editor, draft.id, 'withdraw')).status).toBe(409)
    expect((await act(roles.approver, draft.id, 'return', { reason: 'Sai' })).status).toBe(409)
    expect((await act(roles.editor, draft.id, 'submit')).status).toBe(200)
    const again = await act(roles.editor, draft.id, 'submit')
    expect(again.status).toBe(409)
    expect(again.json.message).toMatch(/đang chờ duyệt/)
  })

  it('refuses a return without a reason or with a very long one, and a bad or past publish time (400)', async () => {
    const article = await pendingArticle()
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 'x'.repeat(2001) }]) {
      const response = await act(roles.approver, article.id, 'return', body)
      expect(response.status).toBe(400)
      expect(response.json.message).toMatch(/Lý do|lý do/)
    }
    for (const publishAt of ['ngày mai', '2026-12-01T10:30', '2020-01-01T00:00:00+07:00', 12345]) {
      const response = await act(roles.approver, article.id, 'approve', { publishAt })
      expect(response.status, String(publishAt)).toBe(400)
      expect(response.json.message).toMatch(/hẹn giờ xuất bản/)
    }
    const notJson = await fetch(`${server.baseUrl}/api/articles/${article.id}/review/return`, {
      method: 'POST',
      headers: { Authorization: `JWT ${roles.approver.token}`, 'Content-Type': 'application/json' },
      body: '{not json',
    })
    expect(notJson.status).toBe(400)
    expect((await newest(article.id)).review.state).toBe('pending')
    expect((await publicStatus(article)).status).not.toBe(200)
  })

  it('sends changes to a published article through the queue while the published version stays live', async () => {
    const published = (await api(roles.visitor, 'GET', '/articles?limit=1&depth=0&sort=-publishedAt')).json.docs[0]
    const unchanged = await act(roles.editor, published.id, 'submit')
    expect(unchanged.status).toBe(409)
    expect(unchanged.json.message).toMatch(/Không có thay đổi/)
    expect((await act(roles.approver, published.id, 'approve')).status).toBe(409)

    const changed = 'Tiêu đề mới chờ duyệt'
    expect((await api(roles.editor, 'PATCH', `/articles/${published.id}`, { title: changed })).status).toBe(200)
    expect((await act(roles.editor, published.id, 'submit')).status).toBe(200)
    expect(await publicStatus(published)).toEqual({ status: 200, title: published.title })
    expect((await newest(published.id)).review.state).toBe('pending')
    expect((await act(roles.approver, published.id, 'approve')).status).toBe(200)
    expect(await publicStatus(published)).toEqual({ status: 200, title: changed })
  })
})

describe('no other way changes the review state or publishes for an editor', () => {
  const forged = { state: 'published', returnReason: 'giả', decidedByName: 'Giả danh', submittedByName: 'Giả danh', publishAt: '2030-01-01T00:00:00.000Z' }

  it('ignores review fields sent with REST saves, creates and bulk updates', async () => {
    const article = await pendingArticle()
    const before = (await newest(article.id)).review
    for (const session of [roles.editor, roles.approver, roles.admin]) {
      expect((await api(session, 'PATCH', `/articles/${article.id}?draft=true`, { title: `${article.title} sửa`, review: forged })).status).toBe(200)
      expect((await newest(article.id)).review).toMatchObject({ state: 'pending', submittedByName: before.submittedByName, returnReason: null, decidedByName: null, publishAt: null })
    }
    expect((await api(roles.editor, 'PATCH', `/articles?where[id][equals]=${article.id}`, { review: forged, _status: 'draft' })).status).toBe(200)
    expect((await newest(article.id)).review).toMatchObject({ state: 'pending', decidedByName: null })
    const bulkPublish = await api(roles.editor, 'PATCH', `/articles?where[id][equals]=${article.id}`, { _status: 'published' })
    expect(bulkPublish.status).toBeGreaterThanOrEqual(400)
    expect((await publicStatus(article)).status).not.toBe(200)

    const created = await api(roles.editor, 'POST', '/articles', { title: 'Tin tự duyệt', review: forged })
    expect(created.status).toBe(201)
    expect((await newest(created.json.doc.id)).review).toMatchObject({ state: 'draft', decidedByName: null, submittedByName: null })
    const copy = await api(roles.approver, 'POST', `/articles/${article.id}/duplicate`, {})
    expect(copy.status).toBe(200)
    expect((await newest(copy.json.doc.id)).review.state).toBe('draft')
  })

  it('refuses GraphQL mutations that publish or set review fields, for editors, technicians and anonymous callers', async () => {
    const article = await pendingArticle()
    const publish = `mutation($id: Int!) { updateArticle(id: $id, data: { _status: published }) { id } }`
    const setReview = `mutation($id: Int!) { updateArticle(id: $id, draft: true, data: { review: { state: published, returnReason: "giả", decidedByName: "Giả danh" } }) { id } }`
    const published = await graphql(roles.editor, publish, { id: article.id })
    expect(published.json.errors?.length).toBeGreaterThan(0)
    const reviewed = await graphql(roles.editor, setReview, { id: article.id })
    expect(reviewed.json.errors).toBeUndefined()
    expect((await newest(article.id)).review).toMatchObject({ state: 'pending', returnReason: null, decidedByName: null })
    for (const session of [roles.technician, roles.visitor]) {
      for (const query of [publish, setReview]) {
        const result = await graphql(session, query, { id: article.id }).catch(() => ({ status: 0, json: { errors: ['refused'] } }))
        expect(result.json.errors?.length ?? (result.status >= 400 ? 1 : 0)).toBeGreaterThan(0)
      }
    }
    const create = await graphql(roles.editor, `mutation { createArticle(data: { title: "GraphQL duyệt giả", review: { state: published } }) { id review { state } } }`)
    expect(create.json.data?.createArticle?.review?.state).toBe('draft')
    expect((await newest(article.id)).review.state).toBe('pending')
    expect((await publicStatus(article)).status).not.toBe(200)
  })

  it('does not bring back an old review state when a version is restored', async () => {
    const article = await pendingArticle()
    expect((await act(roles.approver, article.id, 'return', { reason: 'Viết lại phần mở đầu.' })).status).toBe(200)
    // The version saved while it was waiting, restored as a draft by the editor and by GraphQL.
    const versions = (await api(roles.editor, 'GET', `/articles/versions?where[parent][equals]=${article.id}&sort=-updatedAt&depth=0&limit=20`)).json.docs
    const pendingVersion = versions.find((version: any) => version.version.review?.state === 'pending')
    expect(pendingVersion).toBeTruthy()
    expect((await api(roles.editor, 'POST', `/articles/versions/${pendingVersion.id}?draft=true`)).status).toBe(200)
    expect((await newest(article.id)).review).toMatchObject({ state: 'returned', returnReason: 'Viết lại phần mở đầu.' })
    const restored = await graphql(roles.editor, `mutation($id: Int!) { restoreVersionArticle(id: $id, draft: true) { id } }`, { id: pendingVersion.id })
    expect(restored.json.errors).toBeUndefined()
    expect((await newest(article.id)).review.state).toBe('returned')
    expect((await api(roles.editor, 'POST', `/articles/versions/${pendingVersion.id}`)).status).toBe(403)
    expect((await publicStatus(article)).status).not.toBe(200)
  })
})
