import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatAuditTime } from '../../src/audit/describe'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { createProgrammeAsWorker } from '../support/programmes'
import { api, graphql, type Roles, type Session, sessionsForEveryRole } from '../support/rest'
import { uploadToneClip } from '../support/uploads'

/**
 * Issue 11, item 6: the audit log on the real server. Nobody, the admin included, creates, edits or
 * deletes a row over REST (one, or many by `where`) or GraphQL (there are no mutations); only the
 * admin reads the list, and only the admin sees it in the navigation. Staff who write news see an
 * article's rows in its editor ("Lịch sử"). Deleting a user keeps the name on their rows.
 */
let server: LoaServer
let roles: Roles
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-audit-'))
const everyone = () => Object.entries(roles) as [keyof Roles, Session][]
let articleId: number

type Row = { id: number; action: string; userName: string | null; user: number | null; reason: string | null; docTitle: string | null; docId: string | null }
const allRows = async (): Promise<Row[]> => {
  const response = await api(roles.admin, 'GET', '/audit-log?depth=0&limit=0&sort=id')
  expect(response.status, response.text).toBe(200)
  return response.json.docs
}
const adminHtml = async (session: Session, pathName: string) => {
  const response = await fetch(`${server.baseUrl}${pathName}`, { headers: { Cookie: `payload-token=${session.token}` } })
  expect(response.status).toBe(200)
  return response.text()
}

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  const created = await api(roles.editor, 'POST', '/articles?draft=true', { title: 'Hội thi bơi thuyền truyền thống', _status: 'draft' })
  expect(created.status, created.text).toBe(201)
  articleId = created.json.doc.id
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('reading the audit log', () => {
  it('the admin reads the list; editor, approver, technician and a visitor get 403 over REST, one row or many', async () => {
    const rows = await allRows()
    const row = rows.find((candidate) => candidate.docId === String(articleId) && candidate.action === 'created')
    expect(row).toMatchObject({ userName: 'Test editor', docTitle: 'Hội thi bơi thuyền truyền thống' })
    for (const [role, session] of everyone()) {
      if (role === 'admin') continue
      for (const path of ['/audit-log', `/audit-log/${row!.id}`, `/audit-log?where[docId][equals]=${articleId}`, '/audit-log/count']) {
        const response = await api(session, 'GET', path)
        expect(response.status, `${role} GET ${path}: ${response.text}`).toBe(403)
        expect(response.text).not.toContain('Hội thi bơi thuyền')
      }
    }
  })

  it('GraphQL: the admin queries the log, nobody else gets a row', async () => {
    const query = '{ AuditEntries(limit: 100) { docs { id action userName docTitle } } }'
    const admin = await graphql(roles.admin, query)
    expect(admin.json.errors).toBeUndefined()
    expect(admin.json.data.AuditEntries.docs.some((doc: Row) => doc.docTitle === 'Hội thi bơi thuyền truyền thống')).toBe(true)
    for (const [role, session] of everyone()) {
      if (role === 'admin') continue
      const response = await graphql(session, query)
      expect(response.json.errors, role).toBeDefined()
      expect(JSON.stringify(response.json), role).not.toContain('Hội thi bơi thuyền')
    }
  })
})

describe('nobody changes the audit log', () => {
  it('REST: create, edit, duplicate and delete are refused to every role (the admin too), one row or many by where; the rows stay as they were', async () => {
    const before = await allRows()
    const target = before[0]
    for (const [role, session] of everyone()) {
      const attempts = [
        ['POST', '/audit-log', { action: 'approved', collectionSlug: 'articles', docId: String(articleId), userName: 'Giả mạo' }],
        ['PATCH', `/audit-log/${target.id}`, { userName: 'Giả mạo', reason: 'sửa' }],
        ['PATCH', '/audit-log?where[id][exists]=true', { userName: 'Giả mạo' }],
        ['POST', `/audit-log/${target.id}/duplicate`, {}],
        ['DELETE', `/audit-log/${target.id}`, undefined],
        ['DELETE', '/audit-log?where[id][exists]=true', undefined],
      ] as const
      for (const [method, path, body] of attempts) {
        const response = await api(session, method, path, body)
        // 403, or for a bulk call 200/400 with every row in `errors`: either way nothing is written.
        expect([400, 403, 404], `${role} ${method} ${path}: ${response.status} ${response.text}`).toContain(response.status)
      }
    }
    expect(await allRows()).toEqual(before)
  })

  it('GraphQL has no mutations on the log, for the admin or anyone', async () => {
    const before = await allRows()
    const id = before[0].id
    const mutations = [
      'mutation { createAuditEntry(data: { action: approved, collectionSlug: articles, userName: "Giả mạo" }) { id } }',
      `mutation { updateAuditEntry(id: ${id}, data: { userName: "Giả mạo" }) { id } }`,
      `mutation { deleteAuditEntry(id: ${id}) { id } }`,
      `mutation { duplicateAuditEntry(id: ${id}) { id } }`,
    ]
    for (const [role, session] of everyone()) {
      for (const mutation of mutations) {
        const response = await graphql(session, mutation)
        expect(response.json.errors, `${role}: ${mutation}`).toBeDefined()
        expect(response.json.data?.createAuditEntry ?? response.json.data?.updateAuditEntry ?? response.json.data?.deleteAuditEntry ?? null).toBeNull()
      }
    }
    expect(await allRows()).toEqual(before)
  })

  it('deleting a user keeps their name on their rows', async () => {
    const scratchUser = await api(roles.admin, 'POST', '/users', { email: 'tam@test.loa', password: 'tam-password-123', name: 'Nguyễn Tạm', role: 'editor' })
    expect(scratchUser.status, scratchUser.text).toBe(201)
    const { login } = await import('../support/rest')
    const tam = await login(server.baseUrl, 'tam@test.loa', 'tam-password-123')
    const written = await api(tam, 'POST', '/articles?draft=true', { title: 'Tin của người sắp nghỉ việc', _status: 'draft' })
    expect(written.status, written.text).toBe(201)
    const rowBefore = (await allRows()).find((row) => row.docId === String(written.json.doc.id))
    expect(rowBefore).toMatchObject({ action: 'created', userName: 'Nguyễn Tạm', user: scratchUser.json.doc.id })
    // The account also sent the story for approval: the article points at it as creator and submitter.
    expect((await api(tam, 'POST', `/articles/${written.json.doc.id}/review/submit`, {})).status).toBe(200)
    const removed = await api(roles.admin, 'DELETE', `/users/${scratchUser.json.doc.id}`)
    expect(removed.status, removed.text).toBe(200)
    const article = (await api(roles.admin, 'GET', `/articles/${written.json.doc.id}?draft=true&depth=0`)).json
    expect(article.review).toMatchObject({ state: 'pending', submittedBy: null, submittedByName: 'Nguyễn Tạm' })
    const rowAfter = (await allRows()).find((row) => row.id === rowBefore!.id)
    expect(rowAfter).toMatchObject({ action: 'created', userName: 'Nguyễn Tạm', docTitle: 'Tin của người sắp nghỉ việc' })
  })
})

describe('in the admin', () => {
  it('only the admin sees "Nhật ký thao tác" in the navigation', async () => {
    expect(await adminHtml(roles.admin, '/admin')).toContain('/admin/collections/audit-log')
    for (const role of ['editor', 'approver', 'technician'] as const) {
      expect(await adminHtml(roles[role], '/admin'), role).not.toContain('/admin/collections/audit-log')
    }
  })

  it('the admin list reads in Vietnamese, with the time on the station clock; other staff get no rows there', async () => {
    const row = (await allRows()).find((candidate) => candidate.docId === String(articleId) && candidate.action === 'created') as Row & { createdAt: string }
    const html = await adminHtml(roles.admin, '/admin/collections/audit-log')
    for (const text of ['Nhật ký thao tác', 'Thời gian', 'Thao tác', 'Loại nội dung', 'Người thực hiện', 'Tạo bài', 'Bài viết', formatAuditTime(row.createdAt, 'Asia/Ho_Chi_Minh')]) {
      expect(html, text).toContain(text)
    }
    for (const role of ['editor', 'approver', 'technician'] as const) {
      const response = await fetch(`${server.baseUrl}/admin/collections/audit-log`, { headers: { Cookie: `payload-token=${roles[role].token}` } })
      expect(await response.text(), role).not.toContain('Hội thi bơi thuyền')
    }
  })

  it('the article editor shows "Lịch sử" with the article\'s rows to the staff who write news, not to the technician', async () => {
    const submitted = await api(roles.editor, 'PATCH', `/articles/${articleId}?draft=true`, { summary: 'Bản sửa' })
    expect(submitted.status, submitted.text).toBe(200)
    for (const role of ['editor', 'approver', 'admin'] as const) {
      const html = await adminHtml(roles[role], `/admin/collections/articles/${articleId}`)
      expect(html, role).toContain('id="article-history-heading"')
      expect(html).toContain('Tạo bài')
      expect(html).toContain('Test editor (Biên tập viên)')
    }
    const technician = await adminHtml(roles.technician, `/admin/collections/articles/${articleId}`)
    expect(technician).not.toContain('id="article-history-heading"')
  })
})

describe('radio actions over REST', () => {
  it('a rebuild requested, an emergency released and stopped: each a row in the name of who pressed the button', async () => {
    const programmeId = createProgrammeAsWorker(server, { title: 'Thời sự sáng', date: '2026-01-06', slotSlug: 'sang', status: 'ready' })
    expect((await api(roles.technician, 'POST', `/programmes/${programmeId}/rebuild`)).status).toBe(200)
    const clip = await uploadToneClip(roles.technician, scratch, 'bao.mp3', { seconds: 3, frequency: 880, levelDb: -18, kind: 'sine' }, { title: 'Ghi âm cảnh báo bão', kind: 'announcement' })
    const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
    const announcement = await api(roles.editor, 'POST', '/announcements', { title: 'Cảnh báo bão số 5', text: 'Bà con không ra khơi.', level: 'emergency', clip: clip.id, validFrom: hours(-1), validTo: hours(6) })
    expect(announcement.status, announcement.text).toBe(201)
    const id = announcement.json.doc.id
    expect((await api(roles.approver, 'POST', `/announcements/${id}/release`)).status).toBe(200)
    expect((await api(roles.technician, 'POST', `/announcements/${id}/stop`)).status).toBe(200)
    const radio = (await allRows()).filter((row) => ['rebuild-requested', 'announcement-released', 'announcement-stopped'].includes(row.action))
    expect(radio.map((row) => [row.action, row.userName, row.docTitle])).toEqual([
      ['rebuild-requested', 'Test technician', 'Thời sự sáng'],
      ['announcement-released', 'Test approver', 'Cảnh báo bão số 5'],
      ['announcement-stopped', 'Test technician', 'Cảnh báo bão số 5'],
    ])
  })
})
