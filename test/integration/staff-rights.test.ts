import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { generateTone } from '../../src/audio/testAudio'
import { createProgrammeAsWorker } from '../support/programmes'
import { api, graphql, type Session, sessionsForEveryRole } from '../support/rest'
import { uploadFile } from '../support/uploads'

/**
 * What published pages show besides articles (categories, tags, images) changes only through an
 * approver or an admin; lock rows name only their writer; the job queue that publishes is the
 * server's (and admins'), not every signed-in user's.
 */
let server: LoaServer
let admin: Session
let editor: Session
let approver: Session
let technician: Session
let visitor: Session
let approverId: number

beforeAll(async () => {
  server = await startLoaServer()
  ;({ admin, editor, approver, technician, visitor } = await sessionsForEveryRole(server.baseUrl, ADMIN))
  approverId = (await api(approver, 'GET', '/users/me')).json.user.id
})

afterAll(async () => {
  await server?.stop()
})

describe('categories and tags', () => {
  it('lets only approvers and admins add, rename or delete a category (it is in the public navigation)', async () => {
    const category = (await api(visitor, 'GET', '/categories?limit=1&depth=0')).json.docs[0]
    expect((await api(editor, 'POST', '/categories', { name: 'Chuyên mục lạ' })).status).toBe(403)
    expect((await api(editor, 'PATCH', `/categories/${category.id}`, { name: 'Đổi tên' })).status).toBe(403)
    expect((await api(editor, 'DELETE', `/categories/${category.id}`)).status).toBe(403)
    const home = await (await fetch(`${server.baseUrl}/`)).text()
    expect(home).not.toContain('Chuyên mục lạ')
    expect(home).not.toContain('Đổi tên')
    expect((await api(visitor, 'GET', `/categories/${category.id}?depth=0`)).json.name).toBe(category.name)
    expect((await api(approver, 'POST', '/categories', { name: 'Chuyên mục mới' })).status).toBe(201)
    expect((await api(approver, 'PATCH', `/categories/${category.id}`, { description: 'Mô tả mới' })).status).toBe(200)
  })

  it('lets editors add tags but only approvers and admins rename or delete them', async () => {
    const tag = (await api(visitor, 'GET', '/tags?limit=1&depth=0')).json.docs[0]
    expect((await api(editor, 'POST', '/tags', { name: 'Từ khóa mới' })).status).toBe(201)
    expect((await api(editor, 'PATCH', `/tags/${tag.id}`, { name: 'Đổi tên' })).status).toBe(403)
    expect((await api(editor, 'DELETE', `/tags/${tag.id}`)).status).toBe(403)
    expect((await api(visitor, 'GET', `/tags/${tag.id}?depth=0`)).json.name).toBe(tag.name)
    expect((await api(approver, 'PATCH', `/tags/${tag.id}`, { name: `${tag.name} (sửa)` })).status).toBe(200)
  })
})

async function uploadImage(session: Session, alt: string) {
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } }).png().toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${alt}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${session.baseUrl}/api/media`, { method: 'POST', headers: { Authorization: `JWT ${session.token}` }, body: form })
  const json = (await response.json()) as any
  expect(response.status, JSON.stringify(json)).toBe(201)
  return json.doc.id as number
}

const imageNode = (id: number) => ({ type: 'upload', relationTo: 'media', value: id, fields: { caption: '' }, format: '', version: 3 })

describe('images', () => {
  it('lets editors change and delete only the images no published article shows', async () => {
    const [heroArticle, bodyArticle] = (await api(visitor, 'GET', '/articles?limit=2&depth=0')).json.docs
    const hero = await uploadImage(editor, 'anh-dai-dien')
    const inBody = await uploadImage(editor, 'anh-trong-bai')
    const unused = await uploadImage(editor, 'anh-chua-dung')
    expect((await api(approver, 'PATCH', `/articles/${heroArticle.id}`, { heroImage: hero, _status: 'published' })).status).toBe(200)
    const content = bodyArticle.content
    content.root.children.push(imageNode(inBody))
    expect((await api(approver, 'PATCH', `/articles/${bodyArticle.id}`, { content, _status: 'published' })).status).toBe(200)
    // An editor's draft using the unused image does not make it live.
    await api(editor, 'PATCH', `/articles/${heroArticle.id}`, { heroImage: unused })

    for (const id of [hero, inBody]) {
      expect((await api(editor, 'PATCH', `/media/${id}`, { alt: 'Ảnh khác' })).status).toBe(403)
      expect((await api(editor, 'DELETE', `/media/${id}`)).status).toBe(403)
      expect((await api(editor, 'DELETE', `/media?where[id][equals]=${id}`)).json?.docs ?? []).toHaveLength(0)
      expect((await api(visitor, 'GET', `/media/${id}?depth=0`)).json.alt).not.toBe('Ảnh khác')
    }
    expect((await api(editor, 'PATCH', `/media?where[id][equals]=${hero}`, { alt: 'Ảnh khác' })).status).toBe(403)
    expect((await api(visitor, 'GET', `/media/${hero}?depth=0`)).status).toBe(200)
    expect((await api(editor, 'PATCH', `/media/${unused}`, { alt: 'Mô tả sửa' })).status).toBe(200)
    expect((await api(approver, 'PATCH', `/media/${hero}`, { alt: 'Lãnh đạo sửa' })).status).toBe(200)
    expect((await api(editor, 'DELETE', `/media/${unused}`)).status).toBe(200)
  })
})

describe('document locks', () => {
  it("refuses lock rows written in another user's name (REST and GraphQL) but keeps the admin's own locking", async () => {
    const article = (await api(visitor, 'GET', '/articles?limit=1&depth=0')).json.docs[0]
    const lock = (user: number) => ({ document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: user } })
    expect((await api(editor, 'POST', '/payload-locked-documents', lock(approverId))).status).toBe(403)
    const lockOverGraphql = (user: number) =>
      graphql(
        editor,
        `mutation($doc: JSON, $user: JSON) { createPayloadLockedDocument(data: { document: { relationTo: articles, value: $doc }, user: { relationTo: users, value: $user } }) { id } }`,
        { doc: article.id, user },
      )
    expect((await lockOverGraphql(approverId)).json.errors?.length).toBeGreaterThan(0)
    const asApprover = await api(admin, 'GET', `/payload-locked-documents?where[user.value][equals]=${approverId}&depth=0`)
    expect(asApprover.json.totalDocs).toBe(0)

    const approversLock = await api(approver, 'POST', '/payload-locked-documents', lock(approverId))
    expect(approversLock.status).toBe(201)
    const lockId = approversLock.json.doc.id
    const moved = await api(editor, 'PATCH', `/payload-locked-documents/${lockId}`, { document: { relationTo: 'articles', value: 1 }, user: { relationTo: 'users', value: approverId } })
    expect(moved.status).toBe(403)
    expect([403, 404]).toContain((await api(editor, 'DELETE', `/payload-locked-documents/${lockId}`)).status)
    expect((await api(admin, 'GET', `/payload-locked-documents/${lockId}?depth=0`)).status).toBe(200)
    expect((await api(approver, 'DELETE', `/payload-locked-documents/${lockId}`)).status).toBe(200)

    // What the admin itself does still works: a lock in one's own name, taking over, leaving.
    const editorId = (await api(editor, 'GET', '/users/me')).json.user.id
    const ownOverGraphql = await lockOverGraphql(editorId)
    expect(ownOverGraphql.json.errors).toBeUndefined()
    expect((await api(editor, 'DELETE', `/payload-locked-documents/${ownOverGraphql.json.data.createPayloadLockedDocument.id}`)).status).toBe(200)
    const own = await api(editor, 'POST', '/payload-locked-documents', { document: { relationTo: 'articles', value: article.id }, user: { relationTo: 'users', value: editorId } })
    expect(own.status).toBe(201)
    const takeOver = await api(approver, 'PATCH', `/payload-locked-documents/${own.json.doc.id}`, { user: { relationTo: 'users', value: approverId } })
    expect(takeOver.status).toBe(200)
    expect((await api(approver, 'DELETE', `/payload-locked-documents/${own.json.doc.id}`)).status).toBe(200)
  })
})

describe('the job queue', () => {
  it('runs only for the server and admins, not for editors, technicians or anonymous callers', async () => {
    for (const session of [editor, technician, visitor]) {
      const run = await api(session, 'GET', '/payload-jobs/run')
      expect([401, 403]).toContain(run.status)
      const created = await api(session, 'POST', '/payload-jobs', { taskSlug: 'schedulePublish', input: { type: 'publish' } })
      expect([401, 403]).toContain(created.status)
      expect([401, 403]).toContain((await api(session, 'GET', '/payload-jobs')).status)
    }
    expect((await api(admin, 'GET', '/payload-jobs/run')).status).toBe(200)
  })
})

describe('what the worker measures and builds is not writable over the API', () => {
  it('refuses creating or changing a programme over REST and GraphQL, for a technician and an admin', async () => {
    const id = createProgrammeAsWorker(server, { title: 'Thời sự sáng', date: '2026-01-06', slotSlug: 'sang', status: 'planned' })
    const forged = { title: 'Giả', date: '2026-01-07', slotSlug: 'sang', status: 'ready', file: 'programmes/x.mp3', sha256: 'b'.repeat(64), segments: [] }
    for (const session of [technician, admin]) {
      expect((await api(session, 'POST', '/programmes', forged)).status).toBe(403)
      expect((await api(session, 'PATCH', `/programmes/${id}`, { status: 'ready', sha256: 'c'.repeat(64), file: 'programmes/x.mp3' })).status).toBe(403)
      const created = await graphql(session, `mutation { createProgramme(data: { title: "Giả", date: "2026-01-08", slotSlug: "sang", status: ready }) { id } }`)
      expect(created.json.data?.createProgramme ?? null).toBeNull()
      const updated = await graphql(session, `mutation { updateProgramme(id: ${id}, data: { status: ready }) { id } }`)
      expect(updated.json.data?.updateProgramme ?? null).toBeNull()
    }
    const stored = await api(admin, 'GET', `/programmes/${id}?depth=0`)
    expect(stored.json.status).toBe('planned')
    expect(stored.json.sha256 ?? null).toBeNull()
    // "Dựng lại" still works: it is the technician's one way to change a programme.
    expect((await api(technician, 'POST', `/programmes/${id}/rebuild`)).status).toBe(200)
  })

  it('keeps an audio clip\'s measured loudness and duration when an edit sends others', async () => {
    const tone = await generateToneBytes()
    const clip = await uploadFile(editor, 'audio-clips', { name: 'doc.wav', bytes: tone, type: 'audio/wav' }, { title: 'Bản đọc', kind: 'read-out' })
    expect(clip.status).toBe(201)
    const measured = clip.json.doc
    const edited = await api(editor, 'PATCH', `/audio-clips/${measured.id}`, { title: 'Bản đọc (sửa tên)', loudnessLufs: -70, durationSeconds: 1, truePeakDbtp: -40 })
    expect(edited.status).toBe(200)
    const stored = (await api(admin, 'GET', `/audio-clips/${measured.id}?depth=0`)).json
    expect(stored.title).toBe('Bản đọc (sửa tên)')
    expect(stored.loudnessLufs).toBe(measured.loudnessLufs)
    expect(stored.durationSeconds).toBe(measured.durationSeconds)
    expect(stored.truePeakDbtp).toBe(measured.truePeakDbtp)
  })
})

async function generateToneBytes(): Promise<Buffer> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'loa-tone-')), 'tone.wav')
  return readFileSync(await generateTone(file, { seconds: 2, frequency: 440, levelDb: -20, kind: 'sine' }))
}
