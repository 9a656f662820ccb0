import { spawnSync } from 'node:child_process'
import { createClient } from '@libsql/client'
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

/** Scheduled publishes of the article still waiting in Payload's job queue (SQLite; null on MongoDB). */
const onSqlite = () => Boolean(server.env.DATABASE_URL?.startsWith('file:'))
async function waitingJobs(articleId: number): Promise<number | null> {
  const url = server.env.DATABASE_URL
  if (!url || !onSqlite()) return null
  const client = createClient({ url })
  try {
    const result = await client.execute({
      sql: `SELECT count(*) AS n FROM payload_jobs WHERE task_slug = 'schedulePublish' AND completed_at IS NULL AND processing = 0 AND json_extract(input, '$.doc.value') = ?`,
      args: [String(articleId)],
    })
    return Number(result.rows[0].n)
  } finally {
    client.close()
  }
}

async function allJobs() {
  const client = createClient({ url: server.env.DATABASE_URL! })
  try {
    return JSON.stringify((await client.execute('SELECT id, input, processing, completed_at, has_error, wait_until, error FROM payload_jobs')).rows)
  } finally {
    client.close()
  }
}

/**
 * Expects this many waiting jobs (on SQLite). Polls briefly: Payload's SQLite adapter finishes a
 * commit just after the request that made it has answered.
 */
async function expectWaitingJobs(articleId: number, expected: number) {
  if (!onSqlite()) return
  const deadline = Date.now() + 5_000
  let count = await waitingJobs(articleId)
  while (count !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    count = await waitingJobs(articleId)
  }
  const state = count === expected ? '' : JSON.stringify({ newest: (await newest(articleId)).review?.state, public: await isPublic(articleId), at: new Date().toISOString() })
  expect(count, `waiting scheduled publishes of article ${articleId}: ${state} ${await allJobs()}`).toBe(expected)
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
    await expectWaitingJobs(onTime, 1)

    // Approved, then returned by the approver.
    const returned = await pending('Tin hẹn giờ rồi bị trả lại')
    expect((await act(roles.approver, returned, 'approve', { publishAt: inSeconds(8) })).status).toBe(200)
    expect((await newest(returned)).review.state).toBe('scheduled')
    await expectWaitingJobs(returned, 1)
    expect((await act(roles.approver, returned, 'return', { reason: 'Chờ số liệu mới.' })).status).toBe(200)
    await expectWaitingJobs(returned, 0)

    // Approved, then edited by the editor: the approval and the schedule end.
    const edited = await pending('Tin hẹn giờ rồi bị sửa')
    // Times far enough ahead that the change below surely comes first, even on a busy machine.
    expect((await act(roles.approver, edited, 'approve', { publishAt: inSeconds(8) })).status).toBe(200)
    expect((await api(roles.editor, 'PATCH', `/articles/${edited}`, { title: 'Tin hẹn giờ rồi bị sửa (sửa)' })).status).toBe(200)
    expect((await newest(edited)).review).toMatchObject({ state: 'draft', publishAt: null })
    await expectWaitingJobs(edited, 0)

    // Never approved: jobs queued as Payload's admin "schedule publish" would, by an approver and by an editor.
    const notApproved = await pending('Tin chưa duyệt mà hẹn giờ')
    queueDirectly(notApproved, approverId, 3)
    const byEditor = await pending('Tin biên tập viên tự hẹn giờ')
    expect((await act(roles.approver, byEditor, 'approve', { publishAt: inSeconds(3600) })).status).toBe(200)
    queueDirectly(byEditor, editorId, 3)
    const lastDue = Date.now() + 8_000

    const deadline = Date.now() + 45_000
    while (Date.now() < deadline && !(await isPublic(onTime))) await new Promise((resolve) => setTimeout(resolve, 1000))
    expect(await isPublic(onTime)).toBe(true)
    expect((await fetch(`${server.baseUrl}/tin-tuc/tin-hen-gio-dang`)).status).toBe(200)
    expect((await newest(onTime)).review).toMatchObject({ state: 'published', decidedByName: 'Test approver' })

    // Give the runner two more rounds past every other job's time.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastDue + 21_000 - Date.now())))
    for (const id of [edited, returned, notApproved, byEditor]) expect(await isPublic(id), `article ${id}`).toBe(false)
    expect((await newest(byEditor)).review.state).toBe('scheduled')
  })
})
