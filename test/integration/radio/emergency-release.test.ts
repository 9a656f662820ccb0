import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole, staffSession } from '../../support/rest'
import { uploadToneClip } from '../../support/uploads'

/**
 * Issue 10, item 4: "Phát ngay" puts an emergency on air, "Dừng phát" ends it. Only an approver, a
 * technician or an admin may press either; an editor or a visitor gets 403 and nothing changes.
 * The release fields are written by these two endpoints only: REST and GraphQL writes are ignored.
 */
let server: LoaServer
let roles: Roles
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-release-'))
let emergencyId: number
let clipId: number
const users: Record<string, number> = {}

const upload = async (session: Session, name: string) => (await uploadToneClip(session, scratch, name, { seconds: 3, frequency: 880, levelDb: -18, kind: 'sine' }, { title: 'Ghi âm cảnh báo bão', kind: 'announcement' })).id

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
const announcement = (session: Session, fields: Record<string, unknown>) =>
  api(session, 'POST', '/announcements', { title: 'Cảnh báo bão số 5', text: 'Bão số 5 đổ bộ chiều nay, bà con không ra khơi.', level: 'emergency', clip: clipId, validFrom: hours(-1), validTo: hours(6), ...fields })
const stored = async () => (await api(roles.admin, 'GET', `/announcements/${emergencyId}?depth=0`)).json
const release = (session: Session, id = emergencyId) => api(session, 'POST', `/announcements/${id}/release`)
const stop = (session: Session, id = emergencyId) => api(session, 'POST', `/announcements/${id}/stop`)

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  for (const role of ['admin', 'approver', 'technician', 'editor'] as const) users[role] = (await api(roles[role], 'GET', '/users/me')).json.user.id
  clipId = await upload(roles.technician, 'bao.mp3')
  const created = await announcement(roles.editor, {})
  expect(created.status, created.text).toBe(201)
  emergencyId = created.json.doc.id
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('Phát ngay / Dừng phát', () => {
  it('an editor and a visitor get 403 and the emergency stays unreleased', async () => {
    for (const session of [roles.editor, roles.visitor]) {
      for (const call of [release, stop]) {
        const response = await call(session)
        expect(response.status, response.text).toBe(403)
        expect(response.json.message).toMatch(/lãnh đạo duyệt tin, kỹ thuật viên hoặc quản trị/)
      }
    }
    expect(await stored()).toMatchObject({ releasedAt: null, stoppedAt: null })
  })

  it('an approver releases it, a technician stops it, an admin releases it again (the stop is cleared); each is recorded with who did it', async () => {
    const released = await release(roles.approver)
    expect(released.status, released.text).toBe(200)
    expect(released.json.message).toMatch(/^Đã phát lệnh phát ngay/)
    let doc = await stored()
    expect(Math.abs(new Date(doc.releasedAt).getTime() - Date.now())).toBeLessThan(30_000)
    expect(doc).toMatchObject({ releasedBy: users.approver, stoppedAt: null })

    const stopped = await stop(roles.technician)
    expect(stopped.status, stopped.text).toBe(200)
    doc = await stored()
    expect(doc.stoppedAt).toBeTruthy()
    expect(doc.stoppedBy).toBe(users.technician)
    // Stopping twice says it is not on air.
    expect((await stop(roles.technician)).status).toBe(409)

    const again = await release(roles.admin)
    expect(again.status, again.text).toBe(200)
    expect(await stored()).toMatchObject({ releasedBy: users.admin, stoppedAt: null, stoppedBy: null })
  })

  // One without a recording is read out by a synthetic voice and released; it is refused only when no
  // voice can be made (test/integration/radio/emergency-voice.test.ts).
  it('refuses, in Vietnamese, to release a normal announcement or one that has ended', async () => {
    const normal = await announcement(roles.technician, { level: 'normal' })
    const ended = await announcement(roles.technician, { validFrom: hours(-5), validTo: hours(-1) })
    const answers = await Promise.all([normal, ended].map((created) => release(roles.approver, created.json.doc.id)))
    expect(answers.map((a) => a.status)).toEqual([409, 409])
    expect(answers[0].json.message).toMatch(/Khẩn cấp/)
    expect(answers[1].json.message).toMatch(/hết hiệu lực/)
  })

  it('the release fields cannot be written over REST or GraphQL, not even by an admin', async () => {
    const before = await stored()
    const forged = { releasedAt: '2020-01-01T00:00:00.000Z', releasedBy: users.editor, stoppedAt: '2020-01-01T00:00:00.000Z', stoppedBy: users.editor }
    for (const session of [roles.admin, roles.technician, roles.editor]) {
      const patched = await api(session, 'PATCH', `/announcements/${emergencyId}`, { ...forged, title: `Cảnh báo bão số 5 (${session === roles.admin ? 'qt' : 'sửa'})` })
      expect(patched.status, patched.text).toBe(200)
    }
    const after = await stored()
    expect(after.title).not.toBe(before.title) // the PATCHes were applied…
    for (const field of ['releasedAt', 'releasedBy', 'stoppedAt', 'stoppedBy']) expect(after[field], field).toEqual(before[field]) // …without these

    // Created with them: they are dropped.
    const created = await announcement(roles.technician, forged)
    expect(created.status, created.text).toBe(201)
    expect(created.json.doc).toMatchObject({ releasedAt: null, stoppedAt: null })

    const gql = await graphql(roles.admin, `mutation { updateAnnouncement(id: ${emergencyId}, data: { releasedAt: "2020-01-01T00:00:00.000Z", stoppedAt: "2020-01-01T00:00:00.000Z" }) { id releasedAt stoppedAt } }`)
    const afterGql = await stored()
    expect(afterGql.releasedAt, JSON.stringify(gql.json)).toEqual(before.releasedAt)
    expect(afterGql.stoppedAt, JSON.stringify(gql.json)).toEqual(before.stoppedAt)
  })

  it('deleting the approver who released it keeps the emergency on air: the release stays, who did it is emptied', async () => {
    const leaving = await staffSession(roles.admin, 'approver', 'nghi-huu@loa.test')
    const leavingId = (await api(leaving, 'GET', '/users/me')).json.user.id as number
    const created = await announcement(roles.editor, { title: 'Cảnh báo lũ quét' })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id as number
    expect((await release(leaving, id)).status).toBe(200)
    const released = (await api(roles.admin, 'GET', `/announcements/${id}?depth=0`)).json
    expect(released.releasedBy).toBe(leavingId)

    const removed = await api(roles.admin, 'DELETE', `/users/${leavingId}`)
    expect(removed.status, removed.text).toBe(200)
    const after = await api(roles.admin, 'GET', `/announcements/${id}?depth=0`)
    expect(after.status, after.text).toBe(200)
    expect(after.json.releasedAt).toBe(released.releasedAt)
    expect(after.json.releasedBy ?? null).toBeNull()
    // Still stoppable by another approver.
    expect((await stop(roles.approver, id)).status).toBe(200)
  })
})
