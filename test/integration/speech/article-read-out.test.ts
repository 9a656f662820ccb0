import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { probeAudio } from '../../../src/audio/probe'
import { generateTone } from '../../../src/audio/testAudio'
import { ordinaryMonday } from '../../support/dates'
import { paragraph } from '../../support/newsroom'
import { ADMIN, type LoaServer, runScriptToExit, startLoaServer } from '../../support/loaServer'
import { api, graphql, type Roles, type Session, sessionsForEveryRole } from '../../support/rest'
import { uploadFile } from '../../support/uploads'

/**
 * Issue 12, items 2 and 4: "Tạo bài đọc" turns an article into a synthetic read-out with the real
 * local voice (espeak-ng): decodable, measured, marked synthetic, linked to the article through the
 * approval flow, and played by the next assembled programme unless a person's recording exists.
 */
let server: LoaServer
let roles: Roles
let categoryId: number | string
const SLOT = 'kiem-thu-doc-may'
const date = ordinaryMonday(2)
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-tts-article-'))

const readOut = (session: Session, id: number | string, body?: unknown, accept = 'application/json') =>
  fetch(`${session.baseUrl}/api/articles/${id}/read-out`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { accept, 'content-type': 'application/json', ...(session.token ? { authorization: `JWT ${session.token}` } : {}) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })

async function editorsArticle(title: string, script?: string) {
  const created = await api(roles.editor, 'POST', '/articles', {
    title,
    summary: 'UBND thị trấn thông báo lịch tiếp công dân tháng 4.',
    content: paragraph('Từ 5h10 ngày 29/11/2026, bộ phận một cửa nhận 1.800 hồ sơ.'),
    category: categoryId,
    _status: 'draft',
    broadcast: { include: true, ...(script ? { script } : {}) },
  })
  expect(created.status, created.text).toBe(201)
  return created.json.doc.id as number
}

/** The bytes of a clip as staff fetch them, probed by ffprobe. */
async function probeClip(url: string) {
  const response = await fetch(`${server.baseUrl}${url}`, { headers: { authorization: `JWT ${roles.admin.token}` } })
  expect(response.status).toBe(200)
  const file = path.join(scratch, `clip-${Date.now()}.bin`)
  writeFileSync(file, Buffer.from(await response.arrayBuffer()))
  return probeAudio(file)
}

/** The file the assembled programme plays for the article. */
async function airedFor(articleId: number | string): Promise<string | undefined> {
  const { code, output } = await runScriptToExit('scripts/assemble.ts', ['--date', date, '--slot', SLOT, '--force'], server.env)
  // A slot with nothing to air yet is no failure here: the article simply is not in it.
  if (code !== 0 && output.includes('không có nội dung để dựng')) return undefined
  expect(code, output).toBe(0)
  const programme = (await api(roles.technician, 'GET', `/programmes?where[date][equals]=${date}&where[slotSlug][equals]=${SLOT}&depth=0`)).json.docs[0]
  const segment = programme?.segments?.find((s: { source?: { collection: string; id: string } }) => s.source?.collection === 'articles' && String(s.source.id) === String(articleId))
  return segment?.clip?.path ? path.basename(segment.clip.path) : undefined
}

const approve = (id: number | string) => api(roles.approver, 'POST', `/articles/${id}/review/approve`, {})
const submit = (id: number | string) => api(roles.editor, 'POST', `/articles/${id}/review/submit`, {})

beforeAll(async () => {
  server = await startLoaServer()
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  categoryId = (await api(roles.visitor, 'GET', '/categories?limit=1')).json.docs[0].id
  const slot = await api(roles.technician, 'POST', '/broadcast-slots', { name: 'Bản tin giọng máy', slug: SLOT, kind: 'local', days: ['0', '1', '2', '3', '4', '5', '6'], start: '02:10', end: '02:40' })
  expect(slot.status, slot.text).toBe(201)
}, 300_000)

afterAll(async () => {
  await server?.stop()
})

describe('Tạo bài đọc', () => {
  let articleId: number
  let firstClip: { id: number; filename: string; url: string }

  it('previews the spoken text of the saved article for the editor', async () => {
    articleId = await editorsArticle('Lịch tiếp công dân')
    const response = await readOut(roles.editor, articleId)
    expect(response.status).toBe(200)
    const preview = await response.json()
    expect(preview.source).toContain('Lịch tiếp công dân.')
    expect(preview.source).toContain('bộ phận một cửa')
    expect(preview.spoken.length).toBeGreaterThan(20)
    expect(preview.synthetic).toBeNull()
    expect(preview.engine).toMatchObject({ id: 'espeak-ng', voice: 'vi' })
  })

  it('makes a decodable, measured, synthetic read-out in a new draft, with progress lines', async () => {
    const response = await readOut(roles.editor, articleId, { spoken: 'Lịch tiếp công dân của ủy ban nhân dân thị trấn. Từ năm giờ mười phút.' }, 'application/x-ndjson')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/x-ndjson')
    const lines = (await response.text()).trim().split('\n').map((line) => JSON.parse(line))
    expect(lines.filter((line) => line.progress).length).toBeGreaterThanOrEqual(2)
    const done = lines.at(-1)
    expect(done, JSON.stringify(lines)).toMatchObject({ done: true, attached: 'draft' })
    const clip = (await api(roles.admin, 'GET', `/audio-clips/${done.clip.id}?depth=0`)).json
    expect(clip.kind).toBe('read-out')
    expect(clip.synthetic).toMatchObject({ engine: 'espeak-ng', voice: 'vi', spokenText: 'Lịch tiếp công dân của ủy ban nhân dân thị trấn. Từ năm giờ mười phút.' })
    expect(clip.durationSeconds).toBeGreaterThan(2)
    expect(typeof clip.loudnessLufs).toBe('number')
    // Stored compressed for residents' phones, not as the engine's WAV.
    expect(clip).toMatchObject({ codec: 'mp3', mimeType: 'audio/mpeg' })
    expect(clip.filesize).toBeLessThan(clip.durationSeconds * 20_000)
    const probe = await probeClip(done.clip.url)
    expect(probe.durationSeconds).toBeGreaterThan(2)
    firstClip = { id: clip.id, filename: clip.filename, url: done.clip.url }
    // In the newest version, with the editor's text; the preview now shows it.
    const newest = (await api(roles.admin, 'GET', `/articles/${articleId}?draft=true&depth=0`)).json
    expect(newest.broadcast).toMatchObject({ synthetic: clip.id, spoken: clip.synthetic.spokenText })
    const preview = await (await readOut(roles.editor, articleId)).json()
    expect(preview).toMatchObject({ outdated: false, spoken: clip.synthetic.spokenText, synthetic: { id: clip.id, engine: 'espeak-ng' } })
    // The editor's form, opened before the read-out was made, saves its stale empty value: the read-out stays.
    const staleForm = await api(roles.editor, 'PATCH', `/articles/${articleId}?draft=true`, { broadcast: { include: true, synthetic: null, spoken: null, spokenFrom: null } })
    expect(staleForm.status, staleForm.text).toBe(200)
    const afterForm = (await api(roles.admin, 'GET', `/articles/${articleId}?draft=true&depth=0`)).json
    expect(afterForm.broadcast).toMatchObject({ synthetic: clip.id, spoken: clip.synthetic.spokenText })
  })

  it('keeps the draft read-out off the air and away from residents until the article is approved', async () => {
    expect((await api(roles.visitor, 'GET', `/audio-clips/${firstClip.id}`)).status).not.toBe(200)
    expect((await fetch(`${server.baseUrl}${firstClip.url}`)).status).not.toBe(200)
    expect(await airedFor(articleId)).toBeUndefined()
    expect((await submit(articleId)).status).toBe(200)
    const approved = await approve(articleId)
    expect(approved.status, approved.text).toBe(200)
    expect(await airedFor(articleId)).toBe(firstClip.filename)
    expect((await fetch(`${server.baseUrl}${firstClip.url}`)).status).toBe(200)
    const slug = (await api(roles.visitor, 'GET', `/articles/${articleId}?depth=0`)).json.slug
    await expect.poll(async () => (await (await fetch(`${server.baseUrl}/tin-tuc/${slug}`)).text()).includes(firstClip.url), { timeout: 20_000 }).toBe(true)
  })

  it('is made again when the text changes, at approval, and the new one airs', async () => {
    const edited = await api(roles.editor, 'PATCH', `/articles/${articleId}?draft=true`, { summary: 'Thông báo mới: lịch tiếp công dân đổi sang thứ 4.' })
    expect(edited.status, edited.text).toBe(200)
    expect((await (await readOut(roles.editor, articleId)).json()).outdated).toBe(true)
    // Still the old text live: the old read-out keeps airing.
    expect(await airedFor(articleId)).toBe(firstClip.filename)
    expect((await submit(articleId)).status).toBe(200)
    const approved = await approve(articleId)
    expect(approved.status, approved.text).toBe(200)
    expect(approved.json.message).toContain('tạo lại')
    const live = (await api(roles.admin, 'GET', `/articles/${articleId}?depth=1`)).json
    expect(live.broadcast.synthetic.id).not.toBe(firstClip.id)
    expect(live.broadcast.synthetic.synthetic.spokenText).toContain('Thông báo mới')
    expect(await airedFor(articleId)).toBe(live.broadcast.synthetic.filename)
  })

  it('gives way to a person’s recording on air', async () => {
    const tone = await generateTone(path.join(scratch, 'nguoi-doc.mp3'), { seconds: 3, frequency: 210, levelDb: -20, kind: 'speechlike' })
    const upload = await uploadFile(roles.editor, 'audio-clips', { name: 'nguoi-doc.mp3', bytes: readFileSync(tone) }, { title: 'Bài đọc của phát thanh viên', kind: 'read-out' })
    expect(upload.status, upload.text).toBe(201)
    const attached = await api(roles.editor, 'PATCH', `/articles/${articleId}?draft=true`, { broadcast: { include: true, readOut: upload.json.doc.id } })
    expect(attached.status, attached.text).toBe(200)
    expect((await submit(articleId)).status).toBe(200)
    expect((await approve(articleId)).status).toBe(200)
    expect(await airedFor(articleId)).toBe(upload.json.doc.filename)
  })

  it('goes straight onto the live article when an approver makes it and nothing is pending', async () => {
    const id = await editorsArticle('Lịch tiêm chủng', 'Trạm y tế xã tiêm chủng ngày 10 và 25 hằng tháng.')
    expect((await submit(id)).status).toBe(200)
    expect((await approve(id)).status).toBe(200)
    const made = await readOut(roles.approver, id, {})
    expect(made.status).toBe(200)
    const body = await made.json()
    expect(body.attached).toBe('live')
    expect(await airedFor(id)).toBe(path.basename(decodeURIComponent(body.clip.url)))
    const history = (await api(roles.admin, 'GET', `/audit-log?where[docId][equals]=${id}&where[action][equals]=read-out-made`)).json
    expect(history.totalDocs).toBe(1)
    expect(history.docs[0].userName).toBeTruthy()
  })
})

describe('what callers must not do', () => {
  let articleId: number
  beforeAll(async () => {
    articleId = await editorsArticle('Bài thử quyền tạo bài đọc')
  })

  it('refuses anonymous callers and technicians, in Vietnamese', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const anonymous = await readOut(roles.visitor, articleId, method === 'POST' ? {} : undefined)
      expect(anonymous.status).toBe(401)
      expect((await anonymous.json()).message).toMatch(/đăng nhập/)
      const technician = await readOut(roles.technician, articleId, method === 'POST' ? {} : undefined)
      expect(technician.status).toBe(403)
      expect((await technician.json()).message).toMatch(/Chỉ biên tập viên/)
    }
  })

  it('answers bad bodies and unknown articles with 400 and 404', async () => {
    expect((await readOut(roles.editor, articleId, '{not json')).status).toBe(400)
    expect((await readOut(roles.editor, articleId, { spoken: 42 })).status).toBe(400)
    expect((await readOut(roles.editor, articleId, { spoken: '   ' })).status).toBe(400)
    const long = await readOut(roles.editor, articleId, { spoken: 'a'.repeat(20_001) })
    expect(long.status).toBe(400)
    expect((await long.json()).message).toContain('quá dài')
    expect((await readOut(roles.editor, articleId, { engine: 'http://evil.example/' })).status).toBe(400)
    expect((await readOut(roles.editor, 999_999, {})).status).toBe(404)
    expect((await readOut(roles.editor, '../users', {})).status).toBe(404)
  })

  it('ignores forged read-out fields on articles and clips, over REST and GraphQL', async () => {
    const foreign = await uploadFile(roles.editor, 'audio-clips', { name: 'gia.mp3', bytes: readFileSync(await generateTone(path.join(scratch, 'gia.mp3'), { seconds: 2, frequency: 300, levelDb: -20, kind: 'speechlike' })) }, {
      title: 'Giả giọng máy',
      kind: 'read-out',
      synthetic: { engine: 'fpt', voice: 'banmai', spokenText: 'giả' },
    })
    expect(foreign.status, foreign.text).toBe(201)
    expect(foreign.json.doc.synthetic?.engine ?? null).toBeNull()
    const patched = await api(roles.editor, 'PATCH', `/articles/${articleId}?draft=true`, { broadcast: { include: true, synthetic: foreign.json.doc.id, spoken: 'giả', spokenFrom: 'x' } })
    expect(patched.status, patched.text).toBe(200)
    const newest = (await api(roles.admin, 'GET', `/articles/${articleId}?draft=true&depth=0`)).json
    expect(newest.broadcast.synthetic ?? null).toBeNull()
    expect(newest.broadcast.spoken ?? null).toBeNull()
    const viaGraphql = await graphql(roles.editor, `mutation { updateArticle(id: ${articleId}, draft: true, data: { broadcast: { synthetic: ${foreign.json.doc.id}, spoken: "giả" } }) { id } }`)
    const afterGraphql = (await api(roles.admin, 'GET', `/articles/${articleId}?draft=true&depth=0`)).json
    expect(afterGraphql.broadcast.synthetic ?? null, JSON.stringify(viaGraphql.json)).toBeNull()
    const clipPatch = await api(roles.technician, 'PATCH', `/audio-clips/${foreign.json.doc.id}`, { synthetic: { engine: 'espeak-ng' } })
    expect([200, 403]).toContain(clipPatch.status)
    expect((await api(roles.admin, 'GET', `/audio-clips/${foreign.json.doc.id}?depth=0`)).json.synthetic?.engine ?? null).toBeNull()
  })
})
