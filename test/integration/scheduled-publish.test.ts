import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../support/loaServer'
import { api, type Roles, type Session, sessionsForEveryRole } from '../support/rest'

let server: LoaServer
let roles: Roles

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
})

afterAll(async () => {
  await server?.stop()
})

const act = (session: Session, id: number, action: string, body: unknown = {}) => api(session, 'POST', `/articles/${id}/review/${action}`, body)
const inSeconds = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString()
const isPublic = async (id: number) => (await api(roles.visitor, 'GET', `/articles/${id}?depth=0`)).status === 200
const newest = async (id: number) => (await api(roles.admin, 'GET', `/articles/${id}?draft=true&depth=0`)).json

async function pending(title: string) {
  const created = await api(roles.editor, 'POST', '/articles', { title, summary: 'Đăng theo giờ hẹn.' })
  expect(created.status).toBe(201)
  expect((await act(roles.editor, created.json.doc.id, 'submit')).status).toBe(200)
  return created.json.doc.id as number
}

/** Queues Payload's schedulePublish job directly, as the admin's own "schedule publish" server function does. */
function queueDirectly(articleId: number, userId: number, seconds: number) {
  const queued = spawnSync(process.execPath, [...NODE_FLAGS, 'test/support/scripts/queueScheduledPublish.ts', String(articleId), String(userId), String(seconds)], {
    cwd: ROOT,
    env: server.env,
    encoding: 'utf8',
  })
  expect(queued.status, queued.stderr).toBe(0)
}

describe('scheduled publishing ("Hẹn giờ xuất bản")', () => {
  it('publishes an approved article at its time, and nothing whose approval ended or was never given', async () => {
    const approverId = (await api(roles.approver, 'GET', '/users/me')).json.user.id
    const editorId = (await api(roles.editor, 'GET', '/users/me')).json.user.id

    // Approved for a few seconds ahead: the server's job runner (every 10 s) publishes it.
    const onTime = await pending('Tin hẹn giờ đăng')
    const approved = await act(roles.approver, onTime, 'approve', { publishAt: inSeconds(6) })
    expect(approved.status, approved.text).toBe(200)
    expect(await isPublic(onTime)).toBe(false)
    expect(approved.json.message).toMatch(/sẽ tự xuất bản lúc/)
    expect((await newest(onTime)).review).toMatchObject({ state: 'scheduled', decidedByName: 'Test approver', publishAt: expect.any(String) })

    // Approved, then returned by the approver.
    const returned = await pending('Tin hẹn giờ rồi bị trả lại')
    expect((await act(roles.approver, returned, 'approve', { publishAt: inSeconds(8) })).status).toBe(200)
    expect((await newest(returned)).review.state).toBe('scheduled')
    expect((await act(roles.approver, returned, 'return', { reason: 'Chờ số liệu mới.' })).status).toBe(200)

    // Approved, then edited by the editor: the approval and the schedule end.
    const edited = await pending('Tin hẹn giờ rồi bị sửa')
    // Times far enough ahead that the change below surely comes first, even on a busy machine.
    expect((await act(roles.approver, edited, 'approve', { publishAt: inSeconds(8) })).status).toBe(200)
    expect((await api(roles.editor, 'PATCH', `/articles/${edited}`, { title: 'Tin hẹn giờ rồi bị sửa (sửa)' })).status).toBe(200)
    expect((await newest(edited)).review).toMatchObject({ state: 'draft', publishAt: null })

    // Never approved: jobs queued as Payload's admin "schedule publish" would, by an approver and by an editor.
    const notApproved = await pending('Tin chưa duyệt mà hẹn giờ')
    queueDirectly(notApproved, approverId, 3)
    const byEditor = await pending('Tin biên tập viên tự hẹn giờ')
    expect((await act(roles.approver, byEditor, 'approve', { publishAt: inSeconds(3600) })).status).toBe(200)
    queueDirectly(byEditor, editorId, 3)
    // Approved for an hour ahead, with an earlier job queued by the approver through Payload's own
    // "schedule publish": it waits for the time the approval names.
    const early = await pending('Tin duyệt hẹn một giờ sau')
    expect((await act(roles.approver, early, 'approve', { publishAt: inSeconds(3600) })).status).toBe(200)
    queueDirectly(early, approverId, 3)
    const lastDue = Date.now() + 8_000

    const deadline = Date.now() + 45_000
    while (Date.now() < deadline && !(await isPublic(onTime))) await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await isPublic(onTime)).toBe(true)
    expect((await fetch(`${server.baseUrl}/tin-tuc/tin-hen-gio-dang`)).status).toBe(200)
    expect((await newest(onTime)).review).toMatchObject({ state: 'published', decidedByName: 'Test approver' })

    // Give the sweep and Payload's job runner two more rounds past every other time.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastDue + 21_000 - Date.now())))
    for (const id of [edited, returned, notApproved, byEditor, early]) expect(await isPublic(id), `article ${id}`).toBe(false)
    expect((await newest(byEditor)).review.state).toBe('scheduled')
    expect((await newest(early)).review.state).toBe('scheduled')
  })
})
