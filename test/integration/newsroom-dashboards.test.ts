import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addDays } from '../../src/broadcast/localDate'
import { instantFromLocal } from '../../src/lib/viDate'
import { stationToday } from '../support/dates'
import { textOf } from '../support/html'
import { type LoaServer, startLoaServer } from '../support/loaServer'
import { createPublished, hoursAgo, saveInReviewState } from '../support/newsroom'
import { api, login, type Session } from '../support/rest'

/**
 * Issue 11, items 2–4 in the admin: "Tin chờ duyệt", the dashboard of each role and the counts in
 * the navigation, read as each role's browser receives them (server-rendered HTML). Each role sees
 * what it must and nothing of what it must not: a technician or an editor never receives the queue's
 * articles, an editor never another editor's returned story. The database starts empty (no seed), so
 * every count is known; articles are put into their states through the Local API as the action
 * endpoints do.
 */
const TZ = 'Asia/Ho_Chi_Minh'
let server: LoaServer
let payload: Payload
const sessions: Record<string, Session> = {}
const ids: Record<string, number> = {}
const userIds: Record<string, number> = {}

const T = {
  oldPending: 'Xã Quảng Hòa ra quân làm đường giao thông nông thôn',
  livePending: 'Giá lúa vụ mùa tăng nhẹ',
  liveChanged: 'Giá lúa vụ mùa tăng mạnh',
  returnedMine: 'Hội thi văn nghệ quần chúng cấp huyện',
  returnedOther: 'Tiêm chủng mở rộng đợt 2',
  draftMine: 'Nháp: mùa nước nổi',
  scheduled: 'Lịch cắt điện tuần tới',
  needsRecording: 'Thông báo lịch thu thuế đất',
  recordingEnded: 'Tuyên truyền phòng chống lụt bão năm ngoái',
  recordingInDraft: 'Bài phát thanh còn là nháp',
  programmeReady: 'Thời sự sáng kiểm thử',
  programmeFailed: 'Thời sự chiều kiểm thử',
}
const REASON_MINE = 'Thiếu nguồn tin, đề nghị bổ sung tên cơ quan cung cấp.'
const REASON_OTHER = 'Sai tên xã ở đoạn hai.'

async function adminHtml(session: Session | null, path: string) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: session?.token ? { Cookie: `payload-token=${session.token}` } : {}, redirect: 'manual' })
  return { status: response.status, location: response.headers.get('location'), html: await response.text() }
}

async function createUser(role: string, email: string, name: string) {
  const password = `${role}-mat-khau-123`
  const user = await payload.create({ collection: 'users', data: { email, password, name, role } as never, overrideAccess: true })
  userIds[email] = user.id as number
  return login(server.baseUrl, email, password)
}

beforeAll(async () => {
  server = await startLoaServer({ seed: false })
  Object.assign(process.env, { DATABASE_URL: server.databaseUrl, LOA_DATA_DIR: server.workDir, LOA_MEDIA_DIR: server.env.LOA_MEDIA_DIR, LOA_LOG_LEVEL: 'error' })
  const { openPayload } = await import('../../src/boot/openPayload')
  payload = (await openPayload({ key: 'newsroom-dashboards' })).payload
  sessions.admin = await createUser('admin', 'quantri@test.loa', 'Quản Trị Viên')
  sessions.approver = await createUser('approver', 'lanhdao@test.loa', 'Lãnh Đạo Duyệt')
  sessions.editor = await createUser('editor', 'btv-mot@test.loa', 'Biên Tập Một')
  sessions.editor2 = await createUser('editor', 'btv-hai@test.loa', 'Biên Tập Hai')
  sessions.technician = await createUser('technician', 'kythuat@test.loa', 'Kỹ Thuật Viên')
  sessions.newEditor = await createUser('editor', 'btv-moi@test.loa', 'Biên Tập Mới')
  const editorId = userIds['btv-mot@test.loa']
  const editor2Id = userIds['btv-hai@test.loa']
  const approverId = userIds['lanhdao@test.loa']
  const category = await payload.create({ collection: 'categories', data: { name: 'Kinh tế' } as never, overrideAccess: true })

  // Written by the editors over REST, as the admin does: the creator is recorded by the server,
  // whatever the request says (editor 2 claims editor 1 wrote hers).
  const write = async (session: Session, title: string, extra: Record<string, unknown> = {}) => {
    const created = await api(session, 'POST', '/articles', { title, summary: `Tóm tắt: ${title}`, category: category.id, ...extra })
    expect(created.status, created.text).toBe(201)
    return created.json.doc.id as number
  }
  ids.oldPending = await write(sessions.editor, T.oldPending)
  ids.returnedMine = await write(sessions.editor, T.returnedMine)
  ids.draftMine = await write(sessions.editor, T.draftMine)
  ids.returnedOther = await write(sessions.editor2, T.returnedOther, { createdBy: editorId })

  await saveInReviewState(payload, ids.oldPending, { state: 'pending', submittedAt: hoursAgo(3), submittedBy: editorId, submittedByName: 'Biên Tập Một' })
  const returned = (by: number, reason: string) => ({ state: 'returned', submittedAt: hoursAgo(5), submittedBy: by, returnReason: reason, decidedAt: hoursAgo(1), decidedBy: approverId, decidedByName: 'Lãnh Đạo Duyệt' })
  await saveInReviewState(payload, ids.returnedMine, returned(editorId, REASON_MINE))
  await saveInReviewState(payload, ids.returnedOther, returned(editor2Id, REASON_OTHER))

  // Live, with a change waiting: the queue offers the comparison with the published text.
  const live = await createPublished(payload, { title: T.livePending, summary: 'Giá lúa tăng 200 đồng mỗi ký.', category: category.id })
  ids.livePending = live.id as number
  await saveInReviewState(payload, ids.livePending, { state: 'pending', submittedAt: hoursAgo(1), submittedBy: editor2Id, submittedByName: 'Biên Tập Hai' }, { title: T.liveChanged, summary: 'Giá lúa tăng 900 đồng mỗi ký.' })

  const tomorrow = addDays(stationToday(), 1)
  const [y, m, d] = tomorrow.split('-').map(Number)
  const scheduled = await write(sessions.editor, T.scheduled)
  ids.scheduled = scheduled
  await saveInReviewState(payload, scheduled, { state: 'scheduled', publishAt: instantFromLocal({ year: y, month: m, day: d, hour: 8, minute: 30 }, TZ).toISOString(), decidedByName: 'Lãnh Đạo Duyệt' })

  // For the loudspeakers: one live article airing from tomorrow without a recording (flagged),
  // one whose window ended yesterday, one still a draft (not on its way yet): neither flagged.
  const noon = (date: string) => `${date}T05:00:00.000Z`
  ids.needsRecording = (await createPublished(payload, { title: T.needsRecording, broadcast: { include: true, from: noon(tomorrow), to: noon(addDays(tomorrow, 5)) } })).id as number
  await createPublished(payload, { title: T.recordingEnded, broadcast: { include: true, from: noon(addDays(stationToday(), -10)), to: noon(addDays(stationToday(), -1)) } })
  await write(sessions.editor, T.recordingInDraft, { broadcast: { include: true } })

  const today = stationToday()
  const at = (hour: number) => instantFromLocal({ ...(([yy, mm, dd]) => ({ year: yy, month: mm, day: dd }))(today.split('-').map(Number)), hour }, TZ).toISOString()
  await payload.create({ collection: 'programmes', data: { title: T.programmeReady, date: today, slotSlug: 'sang', startsAt: at(6), status: 'ready' } as never, overrideAccess: true })
  await payload.create({ collection: 'programmes', data: { title: T.programmeFailed, date: today, slotSlug: 'chieu', startsAt: at(17), status: 'failed', error: 'Dựng thất bại (lần 1): ffmpeg báo lỗi' } as never, overrideAccess: true })
}, 300_000)

afterAll(async () => {
  await payload?.destroy()
  await server?.stop()
})

const QUEUE_TITLES = [T.oldPending, T.liveChanged]

describe('"Tin chờ duyệt" (/admin/tin-cho-duyet)', () => {
  it('lists the waiting articles to an approver, oldest submission first, with author, category, submitter and time waiting', async () => {
    const { status, html } = await adminHtml(sessions.approver, '/admin/tin-cho-duyet')
    expect(status).toBe(200)
    const text = textOf(html)
    expect(text).toContain('Tin chờ duyệt (2)')
    expect(text.indexOf(T.oldPending)).toBeGreaterThan(-1)
    expect(text.indexOf(T.oldPending)).toBeLessThan(text.indexOf(T.liveChanged))
    expect(text).toMatch(/Biên Tập Một Kinh tế Biên Tập Một chờ 3 giờ( \d+ phút)?/)
    expect(text).toMatch(/chờ 1 giờ( \d+ phút)?/)
    expect(html).toContain(`href="/admin/collections/articles/${ids.oldPending}"`)
  })

  it('links a live article to the comparison of its pending version with the published one, a new article to none', async () => {
    const { html } = await adminHtml(sessions.approver, '/admin/tin-cho-duyet')
    const versions = await payload.findVersions({ collection: 'articles', where: { parent: { equals: ids.livePending } }, sort: '-updatedAt', depth: 0, limit: 10 })
    const pending = versions.docs.find((version) => version.latest)
    const published = versions.docs.find((version) => version.version._status === 'published')
    expect(pending && published).toBeTruthy()
    expect(html).toContain(`href="/admin/collections/articles/${ids.livePending}/versions/${pending?.id}?versionFrom=${published?.id}"`)
    // One link (the page's data for React repeats it in a script; only anchors count).
    expect(html.match(/<a [^>]*href="[^"]*versionFrom=/g)).toHaveLength(1)
    expect(textOf(html)).toContain('Tin mới, chưa xuất bản')
  })

  it('lists the scheduled publications with their time in station time', async () => {
    const text = textOf((await adminHtml(sessions.approver, '/admin/tin-cho-duyet')).html)
    const [y, m, d] = addDays(stationToday(), 1).split('-')
    expect(text).toContain('Hẹn giờ xuất bản (1)')
    expect(text).toContain(T.scheduled)
    expect(text).toContain(`${d}/${m}/${y} 08:30`)
  })

  it('tells an editor and a technician in Vietnamese that it is not for them, and sends none of the data', async () => {
    for (const role of ['editor', 'technician'] as const) {
      const { status, html } = await adminHtml(sessions[role], '/admin/tin-cho-duyet')
      expect(status).toBe(200)
      expect(textOf(html)).toContain('Bạn không có quyền xem danh sách tin chờ duyệt.')
      for (const title of [...QUEUE_TITLES, T.scheduled]) expect(html).not.toContain(title)
    }
  })

  it('sends a visitor to the login page', async () => {
    const { status, location, html } = await adminHtml(null, '/admin/tin-cho-duyet')
    // Next answers a redirect from a streamed page with a 200 that carries it (meta refresh).
    if (status === 200) expect(html).toMatch(/__next-page-redirect|NEXT_REDIRECT/)
    else expect(location).toContain('/admin/login')
    expect(html + (location ?? '')).toContain('/admin/login')
    for (const title of QUEUE_TITLES) expect(html).not.toContain(title)
  })
})

describe('the dashboard of each role (/admin)', () => {
  it("shows the editor their own returned story with the reason and who returned it, waiting and draft ones, never another editor's", async () => {
    const { html } = await adminHtml(sessions.editor, '/admin')
    const text = textOf(html)
    expect(text).toContain('Tin của tôi bị trả lại (1)')
    expect(text).toContain(T.returnedMine)
    expect(text).toContain(`Lý do: ${REASON_MINE}`)
    expect(text).toMatch(/Trả lại bởi Lãnh Đạo Duyệt lúc (Thứ \S+|Chủ Nhật), \d\d\/\d\d\/\d{4} \d\d:\d\d/)
    expect(text).toContain('Tin của tôi đang chờ duyệt hoặc hẹn giờ (2)')
    expect(text).toContain(T.oldPending)
    const [y, m, d] = addDays(stationToday(), 1).split('-')
    expect(text).toMatch(new RegExp(`${T.scheduled} — Đã duyệt bởi Lãnh Đạo Duyệt, hẹn xuất bản lúc (Thứ \\S+|Chủ Nhật), ${d}/${m}/${y} 08:30`))
    expect(text).toContain('Bản nháp của tôi (2)')
    expect(text).toContain(T.draftMine)
    // Editor 2's story (which claimed to be editor 1's) and its reason stay hers.
    expect(html).not.toContain(T.returnedOther)
    expect(html).not.toContain(REASON_OTHER)
    // No queue, no radio.
    expect(html).not.toContain(T.liveChanged)
    expect(text).not.toContain('Tin chờ duyệt (')
    expect(text).not.toContain(T.programmeReady)
  })

  it("shows editor 2 her own returned story, the creator being who wrote it, not who the request named", async () => {
    const text = textOf((await adminHtml(sessions.editor2, '/admin')).html)
    expect(text).toContain(`Lý do: ${REASON_OTHER}`)
    expect(text).not.toContain(REASON_MINE)
    const stored = await payload.findByID({ collection: 'articles', id: ids.returnedOther, draft: true, depth: 0 })
    expect((stored as unknown as { createdBy: number }).createdBy).toBe(userIds['btv-hai@test.loa'])
  })

  it('says so in Vietnamese when a section is empty', async () => {
    const text = textOf((await adminHtml(sessions.newEditor, '/admin')).html)
    for (const sentence of ['Không có tin nào bị trả lại.', 'Không có tin nào của bạn đang chờ duyệt.', 'Không có bản nháp nào.', 'Tuần này chưa có tin nào của bạn được xuất bản.']) {
      expect(text).toContain(sentence)
    }
  })

  it('shows the approver the queue with its count and the scheduled publications, not the editors\' returned reasons', async () => {
    const { html } = await adminHtml(sessions.approver, '/admin')
    const text = textOf(html)
    expect(text).toContain('Tin chờ duyệt (2)')
    for (const title of [...QUEUE_TITLES, T.scheduled]) expect(text).toContain(title)
    expect(html).not.toContain(REASON_MINE)
    expect(text).not.toContain('Cần ghi âm (')
  })

  it("shows the technician today's programmes with their states, the failed build and what needs recording, and nothing of the queue", async () => {
    const { html } = await adminHtml(sessions.technician, '/admin')
    const text = textOf(html)
    expect(text).toMatch(new RegExp(`06:00 ${T.programmeReady} Sẵn sàng`))
    expect(text).toMatch(new RegExp(`17:00 ${T.programmeFailed} Lỗi`))
    expect(text).toContain('Chương trình dựng lỗi (1)')
    expect(text).toContain('Cần ghi âm (1)')
    expect(text).toContain(T.needsRecording)
    expect(text).toContain(`Phát từ ${addDays(stationToday(), 1).split('-').reverse().join('/')} (ngày mai)`)
    expect(text).not.toContain(T.recordingEnded)
    expect(text).not.toContain(T.recordingInDraft)
    for (const title of [...QUEUE_TITLES, T.scheduled, T.returnedMine]) expect(html).not.toContain(title)
    expect(html).not.toContain(REASON_MINE)
  })

  it('shows the admin every section, with the accounts and the errors', async () => {
    const text = textOf((await adminHtml(sessions.admin, '/admin')).html)
    for (const heading of ['Tin chờ duyệt (2)', 'Hẹn giờ xuất bản (1)', 'Tác vụ nền bị lỗi (0)', 'Cần ghi âm (1)', 'Chương trình hôm nay (2)', 'Chương trình dựng lỗi (1)', 'Sự cố phát sóng hôm nay (0)', 'Người dùng (6)']) {
      expect(text).toContain(heading)
    }
    expect(text).toContain('Quản trị: 1 · Biên tập viên: 3 · Lãnh đạo duyệt tin: 1 · Kỹ thuật viên: 1')
    expect(text).toContain('Không có tác vụ nền nào bị lỗi.')
    // The collections stay one click away.
    expect(text).toContain('Danh mục')
  })
})

describe('counts in the navigation', () => {
  const badges = (html: string) => [...html.matchAll(/data-badge="([^"]+)" data-count="(\d+)"/g)].map((match) => `${match[1]}=${match[2]}`)
  it.each([
    ['approver', ['queue=2']],
    ['admin', ['queue=2', 'needs-recording=1']],
    ['editor', ['my-returned=1']],
    ['editor2', ['my-returned=1']],
    ['newEditor', ['my-returned=0']],
    ['technician', ['needs-recording=1']],
  ])('%s sees %j, on every admin page', async (role, expected) => {
    for (const path of ['/admin', '/admin/collections/articles']) {
      const { html } = await adminHtml(sessions[role], path)
      expect(badges(html)).toEqual(expected)
    }
  })
  it('reads "Tin chờ duyệt (2)" and links to the queue', async () => {
    const { html } = await adminHtml(sessions.approver, '/admin/collections/articles')
    expect(html).toMatch(/<a href="\/admin\/tin-cho-duyet"[^>]*data-badge="queue"[^>]*>Tin chờ duyệt \(2\)<\/a>/)
  })
})
