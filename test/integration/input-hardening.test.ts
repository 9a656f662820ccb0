import { spawnSync } from 'node:child_process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NODE_FLAGS } from '../../scripts/lib/processes'
import { ADMIN, type LoaServer, ROOT, startLoaServer } from '../support/loaServer'
import { api, graphql, type Session, sessionsForEveryRole } from '../support/rest'

/** Issue #8, smaller items: view counting, slugs, link and relay URLs, as a caller over HTTP sees them. */
let server: LoaServer
let admin: Session
let editor: Session
let approver: Session
let technician: Session

beforeAll(async () => {
  server = await startLoaServer()
  ;({ admin, editor, approver, technician } = await sessionsForEveryRole(server.baseUrl, ADMIN))
})

afterAll(async () => {
  await server?.stop()
})

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })
const text = (value: string) => ({ type: 'text', version: 1, text: value, detail: 0, format: 0, mode: 'normal', style: '' })
const link = (url: string, type = 'link') => ({ type, version: 3, direction: 'ltr', format: '', indent: 0, fields: { linkType: 'custom', url, newTab: false }, children: [text('bấm vào đây')] })
const body = (...children: unknown[]) => ({ root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: [paragraph(...children)] } })

async function createArticle(session: Session, data: Record<string, unknown>) {
  return api(session, 'POST', '/articles', { summary: 'Tóm tắt.', _status: 'draft', ...data })
}

async function viewsOf(articleId: number | string): Promise<number | null> {
  const found = await api(admin, 'GET', `/article-views?where[article][equals]=${articleId}&depth=0`)
  return found.json.docs[0]?.count ?? null
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const pixel = (id: string | number) => fetch(`${server.baseUrl}/luot-xem/${id}.gif`).then((response) => response.arrayBuffer())

describe('view counter', () => {
  it('counts a published article once per reader, never a draft, and 3,000 made-up ids do not stall the server', async () => {
    const published = (await createArticle(approver, { title: 'Bài đã đăng để đếm lượt xem', _status: 'published' })).json.doc
    const draft = (await createArticle(editor, { title: 'Bản nháp không được đếm' })).json.doc
    expect(draft._status).toBe('draft')
    for (let i = 0; i < 5; i++) {
      await pixel(published.id)
      await pixel(draft.id)
    }
    await sleep(2500) // flushed every second in tests (LOA_VIEW_FLUSH_MS)
    expect(await viewsOf(published.id)).toBe(1)
    expect(await viewsOf(draft.id)).toBeNull()

    const fakeIds = Array.from({ length: 3000 }, (_, i) => 900_000 + i)
    for (let start = 0; start < fakeIds.length; start += 100) await Promise.all(fakeIds.slice(start, start + 100).map(pixel))
    let slowest = 0
    for (let i = 0; i < 30; i++) {
      const began = performance.now()
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
      slowest = Math.max(slowest, performance.now() - began)
      await sleep(80)
    }
    expect(slowest).toBeLessThan(1000)
    const rows = await api(admin, 'GET', '/article-views?limit=0&depth=0')
    expect(rows.json.totalDocs).toBe(1)
  })
})

describe('slugs are never empty', () => {
  it.each([
    ['articles', { title: '!!! ??? …' }, 'bai-viet'],
    ['categories', { name: '— ★ —' }, 'chuyen-muc'],
    ['tags', { name: '###' }, 'tu-khoa'],
  ])('%s: a name with no letter or digit gets a fallback slug and a working page', async (collection, data, fallback) => {
    const session = collection === 'articles' ? approver : admin
    const created = await api(session, 'POST', `/${collection}`, collection === 'articles' ? { ...data, summary: 'x', _status: 'published' } : data)
    expect(created.status).toBe(201)
    const slug = created.json.doc.slug as string
    expect(slug).toMatch(new RegExp(`^${fallback}(-\\d+)?$`))
    const prefix = { articles: '/tin-tuc/', categories: '/chuyen-muc/', tags: '/tag/' }[collection]
    expect((await fetch(`${server.baseUrl}${prefix}${slug}`)).status).toBe(200)
  })
})

describe('links in articles', () => {
  const unsafe = ['javascript:alert(document.cookie)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', '&#106;avascript:alert(1)']

  it.each(unsafe)('an editor cannot save a draft with a link to %j (REST)', async (url) => {
    const saved = await createArticle(editor, { title: `Bài có liên kết xấu ${JSON.stringify(url)}`, content: body(text('Xem '), link(url)) })
    expect(saved.status).toBe(400)
    expect(saved.text).toContain('Liên kết chỉ được là địa chỉ http://')
    const autolink = await createArticle(editor, { title: 'Bài có autolink xấu', content: body(link(url, 'autolink')) })
    expect(autolink.status).toBe(400)
  })

  it('an approver cannot publish one either, nor over GraphQL; safe links are kept', async () => {
    const published = await createArticle(approver, { title: 'Bài đăng có liên kết data', _status: 'published', content: body(link('data:text/html,<script>alert(1)</script>')) })
    expect(published.status).toBe(400)
    const gql = await graphql(editor, 'mutation($data: mutationArticleInput!) { createArticle(data: $data, draft: true) { id } }', {
      data: { title: 'GraphQL javascript', content: body(link('javascript:alert(1)')) },
    })
    expect(gql.json.data?.createArticle ?? null).toBeNull()
    expect(JSON.stringify(gql.json.errors)).toContain('Liên kết chỉ được là địa chỉ http://')
    const fine = await createArticle(approver, {
      title: 'Bài có liên kết tốt',
      _status: 'published',
      content: body(link('https://dichvucong.gov.vn'), link('mailto:ttvh@dongle.gov.vn'), link('/tin-tuc/bai-khac'), link('#muc-2')),
    })
    expect(fine.status).toBe(201)
    const page = await (await fetch(`${server.baseUrl}/tin-tuc/${fine.json.doc.slug}`)).text()
    expect(page).toContain('href="https://dichvucong.gov.vn"')
    const stored = await api(admin, 'GET', '/articles?limit=0&depth=0&draft=true')
    expect(stored.text).not.toMatch(/javascript:|data:text/i)
  })

  it.each(['javascript:alert(1)', 'https://baoquangbinh.vn/tin\nhttps://evil.example', 'https://bao quang binh.vn'])('refuses the source link %j', async (url) => {
    const saved = await createArticle(editor, { title: 'Nguồn tin xấu', source: { name: 'Báo', url } })
    expect(saved.status).toBe(400)
  })
})

/** Data saved before these checks existed, written past hooks and validation. */
function storeLegacy(slug: string, mode: 'unsafe-links' | 'no-slug') {
  const run = spawnSync(process.execPath, [...NODE_FLAGS, 'test/support/scripts/storeLegacyArticle.ts', slug, mode], { cwd: ROOT, env: server.env, encoding: 'utf8' })
  expect(run.status, run.stderr).toBe(0)
}

async function pageOnceChanged(pathname: string, mustContain: string): Promise<string> {
  // Changes made by another process reach the page cache through the content fingerprint (0.5 s).
  for (let attempt = 0; attempt < 20; attempt++) {
    const html = await (await fetch(`${server.baseUrl}${pathname}`)).text()
    if (html.includes(mustContain)) return html
    await sleep(250)
  }
  throw new Error(`${pathname} never showed ${mustContain}`)
}

describe('old data is served safely', () => {
  it('an unsafe link or source URL saved earlier is never emitted as an href', async () => {
    const article = (await createArticle(approver, { title: 'Bài cũ có liên kết xấu', _status: 'published' })).json.doc
    storeLegacy(article.slug, 'unsafe-links')
    const page = await pageOnceChanged(`/tin-tuc/${article.slug}`, 'liên kết cũ')
    // The article as printed (the head carries the site's own icon as a data: address).
    const html = /<main\b[\s\S]*<\/main>/.exec(page)?.[0] ?? ''
    expect(html).toContain('Nguồn cũ')
    expect(html).not.toMatch(/href="\s*(javascript|java\s*script|data):/i)
    expect(page).not.toMatch(/javascript:alert\(3\)/)
    expect(page.match(/href="data:/g)).toHaveLength(1)
  })

  it('an article saved without a slug is not linked as the bare /tin-tuc path', async () => {
    const article = (await createArticle(approver, { title: 'Bài cũ không có đường dẫn', _status: 'published' })).json.doc
    storeLegacy(article.slug, 'no-slug')
    const home = await pageOnceChanged('/', 'Bài cũ không có đường dẫn')
    expect(home).not.toMatch(/href="\/tin-tuc\/?"/)
    const sitemap = await (await fetch(`${server.baseUrl}/sitemap.xml`)).text()
    expect(sitemap).not.toMatch(/\/tin-tuc\/?</)
  })
})

describe('relay URLs', () => {
  it.each([
    'https://radio.example.vn/live\nhttp://evil.example/quang-cao.mp3',
    'https://radio.example.vn/live\r\n#EXTINF:-1,Quảng cáo\r\nhttp://evil.example/a.mp3',
    'https://radio.example.vn/live\thttp://evil.example',
  ])('a technician cannot save a relay slot with %j, and the M3U has no extra stream', async (url) => {
    const slot = { name: 'Tiếp sóng thử', slug: 'tiep-song-thu', kind: 'relay', days: ['1', '2', '3', '4', '5', '6', '0'], start: '22:00', end: '22:30', relay: { url } }
    const created = await api(technician, 'POST', '/broadcast-slots', slot)
    expect(created.status).toBe(400)
    const gql = await graphql(technician, 'mutation($data: mutationBroadcastSlotInput!) { createBroadcastSlot(data: $data) { id } }', { data: slot })
    expect(gql.json.data?.createBroadcastSlot ?? null).toBeNull()
    const today = new Date().toISOString().slice(0, 10)
    const m3u = await (await fetch(`${server.baseUrl}/playlists/${today}.m3u`)).text()
    expect(m3u).not.toContain('evil.example')
  })
})

describe('dates sent with a UTC offset', () => {
  /** "YYYY-MM-DDTHH:MM:SS+07:00" for an instant: how a Vietnamese caller naturally writes it. */
  const inVietnam = (instant: Date) => new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 19) + '+07:00'
  const stationDate = (instant: Date) => inVietnam(instant).slice(0, 10)

  it('an emergency valid from an hour ago, written +07:00, is in today\'s playlist and found by a date query', async () => {
    const now = new Date()
    const created = await api(technician, 'POST', '/announcements', {
      title: 'Tin khẩn cấp gửi kèm múi giờ',
      text: 'Lũ về.',
      level: 'emergency',
      validFrom: inVietnam(new Date(now.getTime() - 3600_000)),
      validTo: inVietnam(new Date(now.getTime() + 2 * 3600_000)),
    })
    expect(created.status, created.text).toBe(201)
    const id = created.json.doc.id
    // Stored as the instant, not as the text sent: compared as text "+07:00" sorted seven hours late.
    const playlist = await (await fetch(`${server.baseUrl}/playlists/${stationDate(now)}.json`)).json()
    expect(playlist.entries.filter((entry: { slot: string }) => entry.slot === `khan-cap-${id}`)).toHaveLength(1)
    const found = await api(technician, 'GET', `/announcements?where[validFrom][less_than_equal]=${encodeURIComponent(now.toISOString())}&where[id][equals]=${id}&depth=0`)
    expect(found.json.docs.map((doc: { id: number }) => doc.id)).toEqual([id])
  })

  it('articles are listed newest first whichever offset their publication time was written with', async () => {
    const base = Date.now() - 24 * 3600_000
    const earlier = await createArticle(admin, { title: 'Tin đăng trước, giờ ghi kèm +07:00', _status: 'published', publishedAt: inVietnam(new Date(base)) })
    const later = await createArticle(admin, { title: 'Tin đăng sau một giờ, giờ ghi theo UTC', _status: 'published', publishedAt: new Date(base + 3600_000).toISOString() })
    expect(earlier.status, earlier.text).toBe(201)
    expect(later.status, later.text).toBe(201)
    const ids = [earlier.json.doc.id, later.json.doc.id]
    const listed = await fetch(`${server.baseUrl}/api/articles?where[id][in]=${ids.join(',')}&sort=-publishedAt&depth=0`).then((response) => response.json())
    expect(listed.docs.map((doc: { id: number }) => doc.id)).toEqual([later.json.doc.id, earlier.json.doc.id])
  })
})
