import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ADMIN, type LoaServer, startLoaServer } from '../support/loaServer'
import { rawRequest } from '../support/rawHttp'

/**
 * Loa behind a reverse proxy it was told to trust (TRUST_PROXY=loopback, as with nginx on the same
 * machine): the proxy's X-Forwarded-* headers are believed, so each resident is a client of its own
 * for login throttling, and HTTPS answers carry HSTS.
 */
let server: LoaServer

beforeAll(async () => {
  server = await startLoaServer({ env: { TRUST_PROXY: 'loopback' } })
})

afterAll(async () => {
  await server?.stop()
})

const viaProxy = (client: string, extra: Record<string, string> = {}) => ({ 'X-Forwarded-For': client, 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'ttvhtt.dongle.gov.vn', ...extra })

describe('behind a trusted proxy', () => {
  it('builds links from the proxy\'s host and protocol, and sends HSTS over HTTPS', async () => {
    const robots = await rawRequest(server.baseUrl, { path: '/robots.txt', headers: viaProxy('203.0.113.5') })
    expect(robots.body).toContain('https://ttvhtt.dongle.gov.vn/sitemap.xml')
    expect(robots.headers['strict-transport-security']).toMatch(/max-age=31536000/)
    const plain = await rawRequest(server.baseUrl, { path: '/robots.txt' })
    expect(plain.headers['strict-transport-security']).toBeUndefined()
    expect(plain.body).not.toContain('ttvhtt.dongle.gov.vn')
  })

  it('an attacker guessing the admin password is blocked; the admin logging in from elsewhere is not', async () => {
    const attempt = (client: string, password: string) =>
      rawRequest(server.baseUrl, {
        method: 'POST',
        path: '/api/users/login',
        headers: { 'Content-Type': 'application/json', ...viaProxy(client) },
        body: JSON.stringify({ email: ADMIN.email, password }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) statuses.push((await attempt('198.51.100.66', `guess-${i}`)).status)
    expect(statuses.slice(0, 5).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(5).every((status) => status === 429)).toBe(true)
    const owner = await attempt('203.0.113.5', ADMIN.password)
    expect(owner.status).toBe(200)
    expect(JSON.parse(owner.body).user.email).toBe(ADMIN.email)
    expect(String(owner.headers['set-cookie'])).toContain('payload-token=')
  })
})
