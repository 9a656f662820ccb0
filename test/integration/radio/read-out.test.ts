import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../../src/audio/testAudio'
import { ordinaryMonday } from '../../support/dates'
import { ADMIN, type LoaServer, runScriptToExit, startLoaServer } from '../../support/loaServer'
import { anonymous, api, login, type Session, staffSession } from '../../support/rest'
import { uploadFile } from '../../support/uploads'

/**
 * Issue 11, item 5: the read-out recorded on the article (`broadcast.readOut`) is what airs, and it
 * goes through approval with the text: a new recording saved in a draft of a published article does
 * not air, and is not public, until the change is published. Only a read-out clip, and not another
 * article's, can be attached, over the API as in the admin.
 */
let server: LoaServer
let admin: Session
let editor: Session
let technician: Session
let visitor: Session
let categoryId: number | string
let articleId: number | string
const SLOT = 'kiem-thu-ban-doc'
const date = ordinaryMonday(1)
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-read-out-'))
type Clip = { id: number; filename: string }
const clips: Record<'first' | 'second' | 'music' | 'otherArticles', Clip> = {} as never

async function tone(name: string, frequency: number): Promise<Buffer> {
  return readFileSync(await generateTone(path.join(scratch, name), { seconds: 3, frequency, levelDb: -20, kind: 'speechlike' }))
}

async function uploadClip(session: Session, name: string, frequency: number, fields: Record<string, unknown>): Promise<Clip> {
  const result = await uploadFile(session, 'audio-clips', { name, bytes: await tone(name, frequency) }, fields)
  expect(result.status, result.text).toBe(201)
  return { id: result.json.doc.id, filename: result.json.doc.filename }
}

/** The clip the assembled programme plays for the article, read by the technician (who sees clip paths). */
async function airedReadOut(): Promise<string | undefined> {
  const { code, output } = await runScriptToExit('scripts/assemble.ts', ['--date', date, '--slot', SLOT, '--force'], server.env)
  expect(code, output).toBe(0)
  const programme = (await api(technician, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
  const segment = programme.segments.find((s: { source?: { collection: string; id: string } }) => s.source?.collection === 'articles' && String(s.source.id) === String(articleId))
  return segment?.clip?.path ? path.basename(segment.clip.path) : undefined
}

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  editor = await staffSession(admin, 'editor', 'bientap-bandoc@test.loa')
  technician = await staffSession(admin, 'technician', 'kythuat-bandoc@test.loa')
  visitor = anonymous(server.baseUrl)
  categoryId = (await api(visitor, 'GET', '/categories?limit=1')).json.docs[0].id
  clips.first = await uploadClip(editor, 'doc-1.mp3', 170, { title: 'Bài đọc: lần 1', kind: 'read-out' })
  clips.second = await uploadClip(editor, 'doc-2.mp3', 230, { title: 'Bài đọc: lần 2', kind: 'read-out' })
  clips.music = await uploadClip(technician, 'nhac.mp3', 440, { title: 'Nhạc', kind: 'music' })
  const slot = await api(technician, 'POST', '/broadcast-slots', { name: 'Bản tin đọc thử', slug: SLOT, kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: '03:10', end: '03:40' })
  expect(slot.status, slot.text).toBe(201)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('uploading a read-out', () => {
  it('is refused to an anonymous caller', async () => {
    const result = await uploadFile(visitor, 'audio-clips', { name: 'a.mp3', bytes: await tone('anon.mp3', 300) }, { title: 'x', kind: 'read-out' })
    expect([401, 403]).toContain(result.status)
    expect((await api(admin, 'GET', '/audio-clips?where[title][equals]=x')).json.totalDocs).toBe(0)
  })

  it('refuses a text file disguised as a WebM recording, in Vietnamese', async () => {
    const bytes = Buffer.from('Đây là văn bản, không phải bản ghi âm.\n'.repeat(300))
    const result = await uploadFile(editor, 'audio-clips', { name: 'bai-doc.webm', bytes, type: 'audio/webm;codecs=opus' }, { title: 'Bài đọc: giả', kind: 'read-out' })
    expect(result.status).toBe(400)
    expect(result.text).toContain('Tệp không phải âm thanh hợp lệ')
  })
})

describe('attaching a recording to an article', () => {
  it('refuses a clip that is not a read-out, even in a draft, in Vietnamese', async () => {
    const created = await api(editor, 'POST', '/articles', { title: 'Bài có nhạc thay bài đọc', summary: 'Thử.', category: categoryId, _status: 'draft', broadcast: { include: true, readOut: clips.music.id } })
    expect(created.status, created.text).toBe(400)
    expect(created.json.errors[0].message).toContain('phải là tệp loại "Bài đọc"')
  })

  it('takes a read-out, and the published article airs it', async () => {
    const created = await api(editor, 'POST', '/articles', { title: 'Lịch tiêm chủng tháng này', summary: 'Trạm y tế xã tiêm chủng.', category: categoryId, _status: 'draft', broadcast: { include: true, readOut: clips.first.id } })
    expect(created.status, created.text).toBe(201)
    articleId = created.json.doc.id
    const published = await api(admin, 'PATCH', `/articles/${articleId}`, { _status: 'published' })
    expect(published.status, published.text).toBe(200)
    expect(await airedReadOut()).toBe(clips.first.filename)
    // Linked to the article on publishing: public now, with the article.
    expect((await api(visitor, 'GET', `/audio-clips/${clips.first.id}`)).status).toBe(200)
  })

  it('refuses another article’s recording', async () => {
    const other = await api(editor, 'POST', '/articles', { title: 'Bài khác', summary: 'Thử.', category: categoryId, _status: 'draft' })
    expect(other.status, other.text).toBe(201)
    const attached = await api(editor, 'PATCH', `/articles/${other.json.doc.id}?draft=true`, { broadcast: { include: true, readOut: clips.first.id } })
    expect(attached.status, attached.text).toBe(400)
    expect(attached.json.errors[0].message).toContain('thuộc một bài viết khác')
  })

  it('a new recording saved in a draft does not air, and is not public, until the change is published', async () => {
    const draft = await api(editor, 'PATCH', `/articles/${articleId}?draft=true`, { _status: 'draft', broadcast: { include: true, readOut: clips.second.id } })
    expect(draft.status, draft.text).toBe(200)
    // Nor does a newer recording linked to the article straight from the audio library.
    await uploadClip(editor, 'doc-3.mp3', 260, { title: 'Bài đọc: lần 3, chưa duyệt', kind: 'read-out', article: articleId })
    expect(await airedReadOut()).toBe(clips.first.filename)
    expect((await api(visitor, 'GET', `/audio-clips/${clips.second.id}`)).status).not.toBe(200)
    // The article's page plays the approved recording, not the newer ones.
    const slug = (await api(visitor, 'GET', `/articles/${articleId}?depth=0`)).json.slug
    const pageBefore = await (await fetch(`${server.baseUrl}/tin-tuc/${slug}`)).text()
    expect(pageBefore).toContain(`/media/audio/${clips.first.filename}`)
    expect(pageBefore).not.toContain('doc-3')

    const published = await api(admin, 'PATCH', `/articles/${articleId}`, { _status: 'published', broadcast: { include: true, readOut: clips.second.id } })
    expect(published.status, published.text).toBe(200)
    expect(await airedReadOut()).toBe(clips.second.filename)
    expect((await api(visitor, 'GET', `/audio-clips/${clips.second.id}`)).status).toBe(200)
    await expect.poll(async () => (await (await fetch(`${server.baseUrl}/tin-tuc/${slug}`)).text()).includes(`/media/audio/${clips.second.filename}`), { timeout: 20_000 }).toBe(true)
  })

  it('falls back to the newest read-out linked by the clip’s article for older articles', async () => {
    const older = await api(admin, 'POST', '/articles', { title: 'Bài cũ có bản đọc', summary: 'Thử.', category: categoryId, _status: 'published', broadcast: { include: true } })
    expect(older.status, older.text).toBe(201)
    const articlePage = async () => (await fetch(`${server.baseUrl}/tin-tuc/${older.json.doc.slug}`)).text()
    expect(await articlePage()).not.toContain('Nghe bài đọc')
    // An editor cannot link a recording to a published article from the library: that would put
    // unapproved audio on the site and on air. The link is dropped; the clip stays staff-only.
    const byEditor = await uploadClip(editor, 'btv.mp3', 150, { title: 'Bài đọc chưa duyệt', kind: 'read-out', article: older.json.doc.id })
    expect((await api(admin, 'GET', `/audio-clips/${byEditor.id}?depth=0`)).json.article ?? null).toBeNull()
    expect((await api(visitor, 'GET', `/audio-clips/${byEditor.id}`)).status).not.toBe(200)
    // The technician, who keeps the radio library, still can (how read-outs were attached before).
    const legacy = await uploadClip(technician, 'cu.mp3', 190, { title: 'Bài đọc cũ', kind: 'read-out', article: older.json.doc.id })
    // Its page, rendered before the recording existed, plays it within a moment (the renderer's list
    // of articles with recordings is read again after a clip changes).
    let html = await articlePage()
    for (let tries = 0; tries < 30 && !html.includes(`/media/audio/${legacy.filename}`); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      html = await articlePage()
    }
    expect(html).toContain(`/media/audio/${legacy.filename}`)
    const { code, output } = await runScriptToExit('scripts/assemble.ts', ['--date', date, '--slot', SLOT, '--force'], server.env)
    expect(code, output).toBe(0)
    const programme = (await api(technician, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
    const segment = programme.segments.find((s: { source?: { id: string } }) => String(s.source?.id) === String(older.json.doc.id))
    expect(path.basename(segment?.clip?.path ?? '')).toBe(legacy.filename)
  })
})
