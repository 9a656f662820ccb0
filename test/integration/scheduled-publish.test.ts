import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../support/loaServer'
import { anonymous, api, login, staffSession } from '../support/rest'

let server: LoaServer

beforeAll(async () => {
  server = await startLoaServer()
})

afterAll(async () => {
  await server?.stop()
})

describe('scheduled publishing', () => {
  it('publishes a draft at its scheduled time, run by the server process itself', async () => {
    const admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
    const approver = await staffSession(admin, 'approver', 'approver@test.loa')
    const approverId = (await api(approver, 'GET', '/users/me')).json.user.id
    const created = await api(approver, 'POST', '/articles', { title: 'Tin hẹn giờ đăng', summary: 'Đăng tự động.', _status: 'draft' })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const queued = spawnSync(process.execPath, [...NODE_FLAGS, 'test/support/scripts/queueScheduledPublish.ts', String(id), String(approverId), '3'], {
      cwd: ROOT,
      env: server.env,
      encoding: 'utf8',
    })
    expect(queued.status, queued.stderr).toBe(0)

    const visitor = anonymous(server.baseUrl)
    expect([403, 404]).toContain((await api(visitor, 'GET', `/articles/${id}`)).status)
    const deadline = Date.now() + 45_000
    let status = 0
    while (Date.now() < deadline) {
      try {
        status = (await api(visitor, 'GET', `/articles/${id}?depth=0`)).status
      } catch (error) {
        throw new Error(`server stopped answering: ${error}\n${server.output()}`)
      }
      if (status === 200) break
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
    expect(status).toBe(200)
    const page = await fetch(`${server.baseUrl}/tin-tuc/tin-hen-gio-dang`)
    expect(page.status).toBe(200)
  })
})
