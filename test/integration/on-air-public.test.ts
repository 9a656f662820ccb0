import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateTone } from '../../src/audio/testAudio'
import { FULL_MESSAGE, OFF_AIR_MESSAGE } from '../../src/http/liveStream'
import { EMERGENCY_SCRIPT } from '../../src/site/inlineScripts'
import { textOf } from '../support/html'
import { ADMIN, freePort, type LoaServer, startLoaServer } from '../support/loaServer'
import { api, type Roles, type Session, sessionsForEveryRole } from '../support/rest'

/**
 * Issue 10, items 4 and 5 on the public site: the emergency banner on every page, cached ones
 * included (a script polls /api/khan-cap), and /nghe-truc-tiep with the live mount proxied through
 * the web server, here against a small HTTP server standing in for Icecast.
 */

// ---- A stand-in for Icecast: /loa.mp3 sends numbered bytes while "on air". ----
type Mode = 'live' | 'missing'
let mode: Mode = 'live'
let upstream: http.Server
let upstreamPort: number
const upstreamRequests: { path: string; headers: http.IncomingHttpHeaders }[] = []
let openUpstream = 0

function startUpstream(port: number) {
  upstream = http.createServer((req, res) => {
    upstreamRequests.push({ path: req.url ?? '', headers: req.headers })
    if (mode === 'missing' || req.url !== '/loa.mp3') {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Source does not exist')
      return
    }
    openUpstream++
    res.writeHead(200, { 'Content-Type': 'audio/mpeg' })
    let n = 0
    const timer = setInterval(() => res.write(Buffer.from([n++ % 256, 0xaa, 0x55, 0xff])), 20)
    res.on('close', () => {
      clearInterval(timer)
      openUpstream--
    })
  })
  return new Promise<void>((resolve) => upstream.listen(port, '127.0.0.1', resolve))
}

const stopUpstream = () =>
  new Promise<void>((resolve) => {
    upstream.closeAllConnections()
    upstream.close(() => resolve())
  })

async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

let server: LoaServer
let roles: Roles
let clipId: number
const scratch = mkdtempSync(path.join(tmpdir(), 'loa-public-air-'))
const MAX_LISTENERS = 2

beforeAll(async () => {
  upstreamPort = await freePort()
  await startUpstream(upstreamPort)
  server = await startLoaServer({ env: { LOA_ICECAST_PORT: String(upstreamPort), LOA_LIVE_MAX_LISTENERS: String(MAX_LISTENERS) } })
  roles = await sessionsForEveryRole(server.baseUrl, ADMIN)
  const file = await generateTone(path.join(scratch, 'bao.mp3'), { seconds: 3, frequency: 880, levelDb: -18, kind: 'sine' })
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), 'bao.mp3')
  form.append('_payload', JSON.stringify({ title: 'Ghi âm cảnh báo bão', kind: 'announcement' }))
  const response = await fetch(`${server.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${roles.technician.token}` }, body: form })
  const json = (await response.json()) as { doc: { id: number } }
  expect(response.status, JSON.stringify(json)).toBe(201)
  clipId = json.doc.id
}, 300_000)

afterAll(async () => {
  await server?.stop()
  if (upstream?.listening) await stopUpstream()
})

// ---- Emergency banner ----

const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
const createEmergency = async (title: string, fields: Record<string, unknown> = {}) => {
  const created = await api(roles.editor, 'POST', '/announcements', { title, text: `${title}: bà con không ra khơi, neo đậu tàu thuyền.`, level: 'emergency', clip: clipId, validFrom: hours(-1), validTo: hours(6), ...fields })
  expect(created.status, created.text).toBe(201)
  return created.json.doc.id as number
}
const release = async (session: Session, id: number) => {
  const answer = await api(session, 'POST', `/announcements/${id}/release`)
  expect(answer.status, answer.text).toBe(200)
}
const stop = async (session: Session, id: number) => {
  const answer = await api(session, 'POST', `/announcements/${id}/stop`)
  expect(answer.status, answer.text).toBe(200)
}
type Banner = { title: string; text: string; issuedAt: string; issuedLabel: string; validTo: string | null; validToLabel: string | null }
const bannerJson = async (): Promise<{ status: number; cacheControl: string | null; emergencies: Banner[]; raw: string }> => {
  const response = await fetch(`${server.baseUrl}/api/khan-cap`)
  const raw = await response.text()
  return { status: response.status, cacheControl: response.headers.get('cache-control'), emergencies: JSON.parse(raw).emergencies, raw }
}
const titles = async () => (await bannerJson()).emergencies.map((e) => e.title)
const page = async (pathname = '/') => {
  const response = await fetch(`${server.baseUrl}${pathname}`)
  return { html: await response.text(), cache: response.headers.get('x-loa-cache'), csp: response.headers.get('content-security-policy') ?? '' }
}
const bannerSection = (html: string) => /<section id="khan-cap"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? ''

describe('emergency banner', () => {
  it('a cached page carries the hidden banner and its script, allowed by the CSP hash', async () => {
    await page('/lich-phat-song')
    const cached = await page('/lich-phat-song')
    expect(cached.cache).toBe('HIT')
    const section = bannerSection(cached.html)
    expect(section).toMatch(/^<section id="khan-cap"[^>]* role="alert"/)
    expect(section).toMatch(/^<section[^>]* hidden=""/)
    const script = /<script data-loa="emergency">([\s\S]*?)<\/script>/.exec(section)?.[1]
    expect(script).toBe(EMERGENCY_SCRIPT)
    expect(cached.csp).toContain(`'sha256-${createHash('sha256').update(script as string).digest('base64')}'`)
    const empty = await bannerJson()
    expect(empty).toMatchObject({ status: 200, cacheControl: 'no-store', emergencies: [] })
  })

  it('a draft (never released) emergency never shows; a released one shows within seconds, public fields only, and on newly rendered pages', async () => {
    const draft = await createEmergency('Tin nháp chưa duyệt')
    const id = await createEmergency('Cảnh báo bão số 5')
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(await titles()).toEqual([])

    const before = Date.now()
    await release(roles.approver, id)
    const shown = await waitFor('the released emergency in /api/khan-cap', async () => {
      const { emergencies } = await bannerJson()
      return emergencies.length > 0 && emergencies
    }, 5000)
    expect(Date.now() - before).toBeLessThan(4000)
    expect(shown.map((e) => e.title)).toEqual(['Cảnh báo bão số 5'])
    const [banner] = shown
    expect(Object.keys(banner).sort()).toEqual(['issuedAt', 'issuedLabel', 'text', 'title', 'validTo', 'validToLabel'])
    expect(banner.text).toBe('Cảnh báo bão số 5: bà con không ra khơi, neo đậu tàu thuyền.')
    expect(banner.issuedLabel).toMatch(/^Phát hành lúc \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4}$/)
    // Station time (UTC+7), whatever the server's zone.
    const issued = new Date(banner.issuedAt)
    const local = new Date(issued.getTime() + 7 * 3600_000)
    const pad = (n: number) => String(n).padStart(2, '0')
    expect(banner.issuedLabel).toBe(`Phát hành lúc ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ngày ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`)

    // Every page carries it within seconds, with its issue time, even for readers without
    // JavaScript (a page stored before the release is re-rendered in the background).
    for (const pathname of ['/', '/lich-phat-song', '/nghe-lai', '/nghe-truc-tiep', '/tim-kiem?q=bao']) {
      const section = await waitFor(`the banner on ${pathname}`, async () => {
        const shownThere = bannerSection((await page(pathname)).html)
        return !/^<section[^>]* hidden=""/.test(shownThere) && shownThere
      }, 4000)
      expect(textOf(section), pathname).toContain('Cảnh báo bão số 5')
      expect(textOf(section), pathname).toContain(banner.issuedLabel)
      expect(textOf(section), pathname).not.toContain('Tin nháp chưa duyệt')
    }
    expect((await bannerJson()).raw).not.toContain('Tin nháp')
    // The 404 page carries the place and the script too.
    const notFound = bannerSection((await page('/khong-co-trang-nay')).html)
    expect(notFound).toContain(`<script data-loa="emergency">${EMERGENCY_SCRIPT}</script>`)

    // Anonymous visitors still cannot read announcements themselves.
    const anonymous = await api(roles.visitor, 'GET', `/announcements/${draft}`)
    expect([401, 403, 404]).toContain(anonymous.status)
    const list = await api(roles.visitor, 'GET', '/announcements')
    expect(list.status === 403 || (list.json?.docs ?? []).length === 0, list.text).toBe(true)

    // Stopped: gone from the endpoint within seconds, and from pages.
    await stop(roles.technician, id)
    await waitFor('the stopped emergency gone from /api/khan-cap', async () => (await titles()).length === 0, 5000)
    await waitFor('the banner gone from the home page', async () => /^<section[^>]* hidden=""/.test(bannerSection((await page('/')).html)), 4000)
  })

  it('an emergency disappears when its validity ends', async () => {
    const id = await createEmergency('Lũ quét ngắn hạn', { validTo: new Date(Date.now() + 6000).toISOString() })
    await release(roles.admin, id)
    await waitFor('the emergency shown', async () => (await titles()).includes('Lũ quét ngắn hạn'), 5000)
    await waitFor('the expired emergency gone', async () => !(await titles()).includes('Lũ quét ngắn hạn'), 12_000)
  })

  it('the endpoint answers a burst from its in-process copy', async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, () => fetch(`${server.baseUrl}/api/khan-cap`).then((r) => r.status)))
    expect(answers.every((status) => status === 200)).toBe(true)
  })
})

// ---- Live stream ----

type Listener = { status: number; text?: string; read: (bytes: number) => Promise<Buffer>; abort: () => void }
async function listen(headers: Record<string, string> = {}, address = '/nghe-truc-tiep/luong.mp3'): Promise<Listener> {
  const controller = new AbortController()
  const response = await fetch(`${server.baseUrl}${address}`, { signal: controller.signal, headers })
  if (response.status !== 200) return { status: response.status, text: await response.text(), read: async () => Buffer.alloc(0), abort: () => controller.abort() }
  const reader = response.body!.getReader()
  let held = Buffer.alloc(0)
  return {
    status: 200,
    read: async (bytes) => {
      while (held.length < bytes) {
        const { value, done } = await reader.read()
        if (done) break
        held = Buffer.concat([held, Buffer.from(value)])
      }
      return held.subarray(0, bytes)
    },
    abort: () => controller.abort(),
  }
}

describe('/nghe-truc-tiep', () => {
  it('is in the navigation and the sitemap, with a plain player of the proxied mount and what airs now and next', async () => {
    const { html } = await page('/nghe-truc-tiep')
    expect(html).toMatch(/<a[^>]*href="\/nghe-truc-tiep"[^>]*>Nghe trực tiếp<\/a>/)
    expect(html).toMatch(/<audio[^>]* controls=""[^>]*src="\/nghe-truc-tiep\/luong.mp3"|<audio[^>]*src="\/nghe-truc-tiep\/luong.mp3"[^>]* controls=""/)
    const text = textOf(html)
    expect(text).toContain('Đang phát')
    expect(text).toContain('Tiếp theo')
    expect(text).not.toContain('Đài đang không phát')
    expect(await (await fetch(`${server.baseUrl}/sitemap.xml`)).text()).toContain('/nghe-truc-tiep</loc>')
  })

  it('passes the bytes through as they come, asking the configured mount only, with nothing of the request', async () => {
    upstreamRequests.length = 0
    const listener = await listen({ Cookie: 'payload-token=secret', 'X-Forwarded-Host': 'evil.example' })
    expect(listener.status).toBe(200)
    const bytes = await listener.read(40)
    expect(bytes.length).toBe(40)
    for (let i = 0; i < 40; i += 4) expect([...bytes.subarray(i + 1, i + 4)]).toEqual([0xaa, 0x55, 0xff])
    listener.abort()
    // No open proxy: other addresses under the page never reach the upstream.
    for (const other of ['/nghe-truc-tiep/luong.mp3?url=http://example.com/x.mp3', '/nghe-truc-tiep/khac.mp3', '/nghe-truc-tiep/luong.mp3/..%2f..%2fstatus-json.xsl']) {
      const answer = await listen({}, other)
      if (answer.status === 200) await answer.read(4)
      answer.abort()
    }
    expect(upstreamRequests.map((r) => r.path).every((p) => p === '/loa.mp3')).toBe(true)
    for (const request of upstreamRequests) {
      expect(request.headers.cookie).toBeUndefined()
      expect(request.headers['x-forwarded-host']).toBeUndefined()
    }
  })

  it('a listener who leaves closes the upstream connection; one listener too many gets 503 in Vietnamese', async () => {
    await waitFor('no upstream connection left', () => openUpstream === 0)
    const first = await listen()
    const second = await listen()
    expect([first.status, second.status]).toEqual([200, 200])
    await first.read(8)
    await second.read(8)
    expect(openUpstream).toBe(2)
    const third = await listen()
    expect(third.status).toBe(503)
    expect(third.text).toBe(FULL_MESSAGE)
    first.abort()
    await waitFor('the upstream of the listener who left closed', () => openUpstream === 1, 3000)
    const again = await listen()
    expect(again.status).toBe(200)
    again.abort()
    second.abort()
    await waitFor('every upstream connection closed', () => openUpstream === 0, 3000)
  })

  it('with the mount missing or the server down: 503 "Đài đang không phát", and the page says so', async () => {
    mode = 'missing'
    const missing = await listen()
    expect(missing.status).toBe(503)
    expect(missing.text).toBe(OFF_AIR_MESSAGE)
    await stopUpstream()
    const down = await listen()
    expect(down.status).toBe(503)
    expect(down.text).toBe(OFF_AIR_MESSAGE)
    // A signed-in look skips the stored pages: the page is rendered now (a made-up cookie would not).
    const response = await fetch(`${server.baseUrl}/nghe-truc-tiep`, { headers: { Cookie: `payload-token=${roles.technician.token}` } })
    expect(textOf(await response.text())).toContain('Đài đang không phát')
    mode = 'live'
    await startUpstream(upstreamPort)
    expect((await listen().then((l) => (l.abort(), l))).status).toBe(200)
  })
})
