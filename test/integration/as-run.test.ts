import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeReportPlan } from '../../src/broadcast/asRun'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, graphql, type Session, sessionsForEveryRole } from '../support/rest'

/**
 * The as-run log (proof of airing) over REST and GraphQL, and the report endpoint Liquidsoap posts
 * to. The server listens on every interface behind a proxy it trusts on loopback (TRUST_PROXY),
 * so a report can arrive from this machine, from a "remote" client through the proxy, and straight
 * from the machine's other address: only the first may write, and only with the secret.
 */
const SECRET = 'as-run-test-secret-0123456789'
let server: LoaServer
let roles: Awaited<ReturnType<typeof sessionsForEveryRole>>
let otherAddress: string | null = null

const plan = encodeReportPlan({ slot: 'thoi-su', title: 'Thời sự sáng', kind: 'local', plannedStart: new Date(Date.now() - 60_000).toISOString(), plannedEnd: new Date(Date.now() + 60_000).toISOString(), source: 'programmes/thoi-su.mp3' })
const startedAt = Date.now() / 1000 - 30
const report = (over: Record<string, unknown> = {}) => ({ v: 1, event: 'start', key: 'testrun0001-1', layer: 'programme', plan, startedAt, endedAt: null, cause: '', by: '', deadAir: '', deadAirSeconds: 15, file: '', ...over })

async function post(body: unknown, { secret = SECRET as string | null, headers = {} as Record<string, string>, base = '' } = {}) {
  const response = await fetch(`${base || server.baseUrl}/api/as-run/report`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { 'X-Loa-Asrun-Secret': secret }), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, text }
}

const rows = async (key?: string) => (await api(roles.admin, 'GET', `/as-run?depth=0&limit=100${key ? `&where[reportKey][equals]=${key}` : ''}`)).json.docs as Record<string, unknown>[]

beforeAll(async () => {
  server = await startLoaServer({ env: { LOA_ASRUN_SECRET: SECRET, TRUST_PROXY: 'loopback', HOST: '0.0.0.0' } })
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  const { networkInterfaces } = await import('node:os')
  otherAddress = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? null
})

afterAll(async () => {
  await server?.stop()
})

describe('as-run reports', () => {
  it('records a start, and its end on the same row; a retried report adds nothing', async () => {
    expect((await post(report())).status).toBe(200)
    expect((await post(report())).status).toBe(200)
    let found = await rows('testrun0001-1')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ title: 'Thời sự sáng', kind: 'local', slot: 'thoi-su', source: 'programmes/thoi-su.mp3', actualEnd: null })
    const end = report({ event: 'end', endedAt: startedAt + 12.3, cause: 'slot' })
    expect((await post(end)).status).toBe(200)
    // A late retry of the end, or one with another time, never rewrites the proof.
    expect((await post({ ...end, endedAt: startedAt + 20 })).status).toBe(200)
    expect((await post(report())).status).toBe(200)
    found = await rows('testrun0001-1')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ durationSeconds: 12.3, endReason: 'slot-end', actualEnd: new Date(Math.round((startedAt + 12.3) * 1000)).toISOString() })
  })

  it('records an item whose start was lost from its end alone', async () => {
    expect((await post(report({ key: 'testrun0001-2', event: 'end', endedAt: startedAt + 5 }))).status).toBe(200)
    expect(await rows('testrun0001-2')).toMatchObject([{ title: 'Thời sự sáng', durationSeconds: 5, endReason: 'completed' }])
  })

  it('closes what an earlier run left open as "playout stopped" when a new run reports', async () => {
    expect((await post(report({ key: 'testrun0001-3' }))).status).toBe(200)
    expect((await post(report({ key: 'testrun0002-1' }))).status).toBe(200)
    expect(await rows('testrun0001-3')).toMatchObject([{ endReason: 'playout-stopped' }])
    expect(await rows('testrun0002-1')).toMatchObject([{ endReason: null }])
  })

  it('refuses a report without the secret, or with a wrong one', async () => {
    const before = (await rows()).length
    for (const secret of [null, '', 'wrong', SECRET.slice(0, -1), `${SECRET}x`]) {
      const answer = await post(report({ key: 'intruder001-1' }), { secret })
      expect(answer.status, String(secret)).toBe(401)
      expect(answer.text).toContain('mã bí mật')
    }
    expect(await rows()).toHaveLength(before)
  })

  it('refuses a report from another machine, whatever X-Forwarded-For or X-Loa-Client-Ip says', async () => {
    // Through the (trusted) proxy on loopback: the client is the address it forwards.
    for (const forwarded of ['203.0.113.9', '127.0.0.1, 203.0.113.9']) {
      const answer = await post(report({ key: 'intruder001-2' }), { headers: { 'X-Forwarded-For': forwarded } })
      expect(answer.status, forwarded).toBe(403)
      expect(answer.text).toContain('Chỉ nhận báo cáo phát sóng từ chính máy chủ này')
    }
    // Straight from the machine's other address, claiming to be loopback: not a trusted proxy.
    expect(otherAddress, 'this test needs a non-loopback IPv4 address').not.toBeNull()
    const base = server.baseUrl.replace('127.0.0.1', otherAddress!)
    const tricks: Record<string, string>[] = [{}, { 'X-Forwarded-For': '127.0.0.1' }, { 'X-Loa-Client-Ip': '127.0.0.1' }, { Forwarded: 'for=127.0.0.1' }]
    for (const headers of tricks) {
      const answer = await post(report({ key: 'intruder001-3' }), { headers, base })
      expect(answer.status, JSON.stringify(headers)).toBe(403)
    }
    expect(await rows('intruder001-2')).toHaveLength(0)
    expect(await rows('intruder001-3')).toHaveLength(0)
  })

  it('refuses an oversized or malformed report, in Vietnamese', async () => {
    const huge = await post(report({ key: 'testrun0003-1', file: 'x'.repeat(20_000) }))
    expect(huge.status).toBe(413)
    expect(huge.text).toMatch(/quá lớn|vượt/)
    const notJson = await post('{"v":1,')
    expect(notJson.status).toBe(400)
    expect(notJson.text).toContain('không phải JSON hợp lệ')
    for (const bad of [report({ key: "x'; DROP TABLE as_run; --" }), report({ startedAt: 'hôm qua' }), report({ layer: 'root' }), report({ plan: 'not base64!' }), [report()], null]) {
      const answer = await post(bad)
      expect(answer.status, JSON.stringify(bad)?.slice(0, 80)).toBe(400)
      expect(answer.text).toContain('Báo cáo phát sóng không hợp lệ')
    }
  })
})

describe('the as-run log is read-only proof', () => {
  it('is read by the admin, the technician and the approver, not by an editor or the public', async () => {
    for (const who of ['admin', 'technician', 'approver'] as const) {
      const answer = await api(roles[who], 'GET', '/as-run?depth=0&limit=10')
      expect(answer.status, who).toBe(200)
      expect(answer.json.docs.length, who).toBeGreaterThan(0)
    }
    for (const who of ['editor', 'visitor'] as const) {
      const answer = await api(roles[who], 'GET', '/as-run?depth=0&limit=10')
      expect(answer.status, who).toBe(403)
    }
    expect((await graphql(roles.technician, '{ AsRuns { docs { title } } }')).json.data.AsRuns.docs.length).toBeGreaterThan(0)
    const editorQuery = await graphql(roles.editor, '{ AsRuns { docs { title } } }')
    expect(editorQuery.json.data?.AsRuns ?? null).toBeNull()
  })

  it('cannot be created, changed or deleted by anyone over REST or GraphQL', async () => {
    const row = (await rows('testrun0001-1'))[0]
    const before = (await rows()).length
    const data = { date: '2026-12-01', title: 'Giả mạo', kind: 'local', actualStart: new Date().toISOString(), reportKey: 'forged00001-1' }
    for (const who of ['visitor', 'editor', 'technician', 'approver', 'admin'] as const) {
      const session: Session = roles[who]
      expect((await api(session, 'POST', '/as-run', data)).status, `${who} create`).toBe(403)
      expect((await api(session, 'PATCH', `/as-run/${row.id}`, { title: 'Sửa', endReason: 'completed' })).status, `${who} update`).toBe(403)
      expect((await api(session, 'PATCH', `/as-run?where[id][equals]=${row.id}`, { title: 'Sửa' })).status, `${who} bulk update`).toBe(403)
      expect((await api(session, 'DELETE', `/as-run/${row.id}`)).status, `${who} delete`).toBe(403)
      for (const mutation of [
        `mutation { createAsRun(data: { date: "2026-12-01", title: "Giả mạo", kind: local, actualStart: "${data.actualStart}" }) { id } }`,
        `mutation { updateAsRun(id: ${row.id}, data: { title: "Sửa" }) { id } }`,
        `mutation { deleteAsRun(id: ${row.id}) { id } }`,
      ]) {
        const answer = await graphql(session, mutation)
        expect(answer.json.errors?.length ?? 0, `${who}: ${mutation.slice(0, 30)}`).toBeGreaterThan(0)
      }
    }
    expect(await rows()).toHaveLength(before)
    expect((await rows('testrun0001-1'))[0]).toMatchObject({ title: row.title, endReason: row.endReason })
  })
})
