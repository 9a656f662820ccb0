import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { rawRequest } from '../support/rawHttp'
import { anonymous, api, graphql, login, type Session } from '../support/rest'

/**
 * Security issue 8 over raw HTTP against the real production server with default settings
 * (PUBLIC_URL unset, no trusted proxy): GraphQL, forged hosts, limits and errors, logins, headers
 * and the page cache.
 */
let server: LoaServer
let admin: Session
let visitor: Session
let articleSlug: string

beforeAll(async () => {
  server = await startLoaServer()
  admin = await login(server.baseUrl, ADMIN.email, ADMIN.password)
  visitor = anonymous(server.baseUrl)
  articleSlug = (await api(visitor, 'GET', '/articles?limit=1&depth=0')).json.docs[0].slug
})

afterAll(async () => {
  await server?.stop()
})

const host = () => new URL(server.baseUrl).host

async function postGraphql(query: string, headers: Record<string, string> = {}) {
  return rawRequest(server.baseUrl, { method: 'POST', path: '/api/graphql', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify({ query }) })
}

describe('GraphQL is closed to anonymous callers and bounded for staff', () => {
  const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: Articles(limit: 100) { docs { id title summary } }`).join(' ')} }`

  it('refuses anonymous queries, with or without a forged session cookie', async () => {
    const plain = await postGraphql('{ Articles { totalDocs } }')
    expect(plain.status).toBe(403)
    expect(plain.body).toContain('GraphQL chỉ dành cho cán bộ')
    const forged = await postGraphql('{ Articles { totalDocs } }', { Cookie: 'payload-token=forged.jwt.value' })
    expect(forged.status).toBe(403)
    const bearer = await postGraphql('{ Articles { totalDocs } }', { Authorization: 'JWT not-a-token' })
    expect(bearer.status).toBe(403)
  })

  it('answers staff queries', async () => {
    const answer = await graphql(admin, '{ Articles(limit: 5) { totalDocs docs { title } } }')
    expect(answer.status).toBe(200)
    expect(answer.json.data.Articles.docs).toHaveLength(5)
  })

  it('refuses a staff query with 200 aliases at once, and /healthz keeps answering meanwhile', async () => {
    const attack = Promise.all([postGraphql(aliases(200)), graphql(admin, aliases(200)), graphql(admin, aliases(50))])
    const health = await rawRequest(server.baseUrl, { path: '/healthz' })
    const [anonymousAnswer, staffAnswer, fiftyAnswer] = await attack
    expect(health.status).toBe(200)
    expect(health.ms).toBeLessThan(1000)
    expect(anonymousAnswer.status).toBe(403)
    expect(staffAnswer.json.errors?.[0]?.message).toMatch(/truy vấn gốc|tài liệu/)
    expect(staffAnswer.json.data?.a0 ?? null).toBeNull()
    expect(fiftyAnswer.json.errors?.[0]?.message).toMatch(/truy vấn gốc|tài liệu/)
  })

  it('refuses unbounded lists for staff too', async () => {
    for (const query of ['{ Articles(limit: 0) { docs { id } } }', '{ Articles(limit: 100000) { docs { id } } }', '{ Articles(pagination: false) { docs { id } } }']) {
      const answer = await graphql(admin, query)
      expect(answer.json.errors?.[0]?.message, query).toMatch(/limit|phân trang/)
    }
  })

  it('has no login or account mutations (they go through the throttled REST endpoints)', async () => {
    const answer = await graphql(admin, `mutation { loginUser(email: "${ADMIN.email}", password: "x") { token } }`)
    expect(answer.json.errors?.[0]?.message).toMatch(/loginUser/)
  })

  it('answers a body that is not JSON with 4xx, not a 500', async () => {
    const cookie = { Authorization: `JWT ${admin.token}` }
    const text = await rawRequest(server.baseUrl, { method: 'POST', path: '/api/graphql', headers: { ...cookie, 'Content-Type': 'text/plain' }, body: 'hello' })
    expect(text.status).toBe(415)
    const broken = await rawRequest(server.baseUrl, { method: 'POST', path: '/api/graphql', headers: { ...cookie, 'Content-Type': 'application/json' }, body: '{bad' })
    expect(broken.status).toBe(400)
    const noQuery = await rawRequest(server.baseUrl, { method: 'POST', path: '/api/graphql', headers: { ...cookie, 'Content-Type': 'application/json' }, body: '[1,2]' })
    expect(noQuery.status).toBe(400)
  })
})

describe('anonymous REST reads are bounded', () => {
  it.each(['limit=0', 'limit=100000', 'depth=10', 'pagination=false', 'page=0'])('refuses ?%s with 400', async (query) => {
    const answer = await api(visitor, 'GET', `/articles?${query}`)
    expect(answer.status).toBe(400)
  })

  it('still serves ordinary pages of results, and staff are not bounded', async () => {
    expect((await api(visitor, 'GET', '/articles?limit=100&depth=1')).status).toBe(200)
    expect((await api(admin, 'GET', '/articles?limit=0&depth=0')).status).toBe(200)
  })
})

describe('forged Host and X-Forwarded-Host never reach other visitors', () => {
  const forgeries: Record<string, string>[] = [
    { Host: 'attacker.example' },
    { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' },
    { Forwarded: 'host=attacker.example;proto=https' },
  ]
  const pages = () => ['/rss.xml', '/sitemap.xml', '/robots.txt', '/podcast.xml', `/tin-tuc/${articleSlug}`, '/']

  it('feeds, sitemap, robots, podcast and articles served to a normal visitor name the real host only', async () => {
    for (const path of pages()) {
      for (const forged of forgeries) await rawRequest(server.baseUrl, { path, headers: { 'Accept-Encoding': 'identity', ...forged } })
      const honest = await rawRequest(server.baseUrl, { path, headers: { 'Accept-Encoding': 'identity' } })
      expect(honest.status, path).toBe(200)
      expect(honest.body, path).not.toContain('attacker.example')
      if (path.startsWith('/tin-tuc/')) expect(honest.body).toContain(`http://${host()}/tin-tuc/${articleSlug}`)
    }
  })

  it('ignores forwarded headers from an untrusted client even in its own answer', async () => {
    const answer = await rawRequest(server.baseUrl, { path: '/robots.txt', headers: { 'X-Forwarded-Host': 'attacker.example', 'X-Forwarded-Proto': 'https' } })
    expect(answer.body).toContain(`http://${host()}/sitemap.xml`)
  })

  it('refuses a malformed Host header', async () => {
    const answer = await rawRequest(server.baseUrl, { path: '/', headers: { Host: 'evil.example/"><script>alert(1)</script>' } })
    expect(answer.status).toBe(400)
  })
})

describe('request limits and caller errors', () => {
  it('refuses a 200 MB login body from its Content-Length, before reading it', async () => {
    const answer = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(200 * 1024 * 1024) },
      body: '{"email":"',
    })
    expect(answer.status).toBe(413)
    expect(answer.body).toContain('quá lớn')
    expect(answer.ms).toBeLessThan(2000)
  })

  it('refuses a body without a length (chunked) with 411', async () => {
    const answer = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: '{"email":"a@b.c","password":"x"}',
    })
    expect(answer.status).toBe(411)
  })

  it('refuses an audio upload over LOA_AUDIO_MAX_MB in Vietnamese before reading it', async () => {
    const answer = await rawRequest(server.baseUrl, {
      method: 'POST',
      path: '/api/audio-clips',
      headers: { Authorization: `JWT ${admin.token}`, 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': String(150 * 1024 * 1024) },
      body: '--x\r\n',
    })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).errors[0].message).toBe('Tệp âm thanh quá lớn (150 MB). Giới hạn là 100 MB.')
  })

  it('lets a 60 MB audio upload reach Loa\'s own checks (Payload\'s 50 MB parser limit used to answer in English)', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Tệp lớn', kind: 'music' }))
    form.append('file', new Blob([Buffer.alloc(60 * 1024 * 1024, 7)], { type: 'audio/mpeg' }), 'lon.mp3')
    const response = await fetch(`${server.baseUrl}/api/audio-clips`, { method: 'POST', headers: { Authorization: `JWT ${admin.token}` }, body: form })
    const body = await response.json()
    expect(response.status).toBe(400)
    expect(body.errors[0].message).not.toMatch(/unknown error/i)
    expect(body.errors[0].message).toMatch(/âm thanh/)
  })

  it.each([
    'where[createdAt][greater_than]=notadate',
    'where[publishedAt][less_than]=notadate',
    'where[category][equals]=xyz',
    'where[tags][contains]=zz',
    'where[title][near]=1',
  ])('answers ?%s with 400 and a Vietnamese reason, and logs no stack trace', async (query) => {
    const before = server.output().length
    const answer = await api(visitor, 'GET', `/articles?${query}`)
    expect(answer.status).toBe(400)
    expect(answer.json.errors[0].message).toMatch(/trường|Toán tử/)
    expect(server.output().slice(before)).not.toMatch(/Failed query|TypeError|RangeError/)
  })

  it.each(['TRACE', 'PROPFIND', 'TRACK'])('answers %s with a 4xx, not a 500', async (method) => {
    for (const path of ['/', '/api/articles', '/admin']) {
      const answer = await rawRequest(server.baseUrl, { method, path })
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
      expect(answer.status, `${method} ${path}`).toBeLessThan(500)
    }
    expect((await rawRequest(server.baseUrl, { method: 'TRACE', path: '/' })).status).toBe(405)
  })
})

describe('logins: throttled by client, no lock-out of the account, no account enumeration', () => {
  const attempt = (email: string, password: string) =>
    rawRequest(server.baseUrl, { method: 'POST', path: '/api/users/login', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })

  it('answers a wrong password and an unknown e-mail the same way, in the same time', async () => {
    const known: number[] = []
    const unknown: number[] = []
    for (let i = 0; i < 3; i++) {
      const a = await attempt('kythuat@loa.local', `wrong-${i}`)
      const b = await attempt(`nobody-${i}@loa.local`, `wrong-${i}`)
      expect(a.status).toBe(401)
      expect(b.status).toBe(401)
      expect(a.body).toBe(b.body)
      known.push(a.ms)
      unknown.push(b.ms)
    }
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[1]
    expect(Math.min(...known, ...unknown)).toBeGreaterThanOrEqual(650)
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(150)
  })

  it('blocks a client after 5 wrong passwords for one account with 429, and the account is not locked', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await attempt('bientap@loa.local', `guess-${i}`)).status)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses[5]).toBe(429)
    const users = await api(admin, 'GET', '/users?where[email][equals]=bientap@loa.local&depth=0')
    expect(users.json.docs[0].lockUntil ?? null).toBeNull()
    // The admin, on this same connection, is another account: not blocked.
    expect((await attempt(ADMIN.email, ADMIN.password)).status).toBe(200)
  })
})

describe('security headers', () => {
  it('public pages carry a CSP that allows only the hashed share and emergency-banner scripts', async () => {
    const page = await rawRequest(server.baseUrl, { path: `/tin-tuc/${articleSlug}` })
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    expect(csp).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(page.headers['permissions-policy']).toContain('camera=()')
    expect(page.headers['strict-transport-security']).toBeUndefined()
    // Cached answers carry the same headers.
    const again = await rawRequest(server.baseUrl, { path: `/tin-tuc/${articleSlug}` })
    expect(again.headers['x-loa-cache']).toBe('HIT')
    expect(again.headers['content-security-policy']).toBe(csp)
  })

  it('the admin cannot be framed and is not sniffed', async () => {
    const page = await rawRequest(server.baseUrl, { path: '/admin/login' })
    expect(String(page.headers['content-security-policy'])).toContain("frame-ancestors 'none'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
  })

  it('API answers and 404s carry nosniff and a sandbox', async () => {
    for (const path of ['/api/articles?limit=1', '/api/nothing-here', '/tin-tuc/khong-co-bai-nay']) {
      const answer = await rawRequest(server.baseUrl, { path })
      expect(answer.headers['x-content-type-options'], path).toBe('nosniff')
    }
    expect(String((await rawRequest(server.baseUrl, { path: '/api/articles?limit=1' })).headers['content-security-policy'])).toContain('sandbox')
  })
})

describe('the page cache', () => {
  it('serves a link shared with tracking parameters from the cache', async () => {
    const path = `/tin-tuc/${articleSlug}`
    await rawRequest(server.baseUrl, { path })
    for (const query of ['?fbclid=IwAR1', '?fbclid=IwAR2&utm_source=facebook', '?zarsrc=31&utm_medium=zalo']) {
      const answer = await rawRequest(server.baseUrl, { path: path + query })
      expect(answer.headers['x-loa-cache'], query).toBe('HIT')
    }
  })

  it('keeps search terms apart', async () => {
    const first = await rawRequest(server.baseUrl, { path: '/tim-kiem?q=dich+vu+cong&fbclid=1' })
    const second = await rawRequest(server.baseUrl, { path: '/tim-kiem?q=dich+vu+cong&fbclid=2' })
    const other = await rawRequest(server.baseUrl, { path: '/tim-kiem?q=ve+sinh' })
    expect(first.headers['x-loa-cache']).toBe('MISS')
    expect(second.headers['x-loa-cache']).toBe('HIT')
    expect(other.headers['x-loa-cache']).toBe('MISS')
  })

  it('does not store 404s', async () => {
    await rawRequest(server.baseUrl, { path: '/tin-tuc/khong-ton-tai-123' })
    const again = await rawRequest(server.baseUrl, { path: '/tin-tuc/khong-ton-tai-123' })
    expect(again.status).toBe(404)
    expect(again.headers['x-loa-cache']).not.toBe('HIT')
  })
})
