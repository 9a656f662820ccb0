import { afterEach, describe, expect, it, vi } from 'vitest'
import { checkPublicUrl, ORIGIN_HEADER, requestOrigin } from '../../../src/http/requestOrigin'
import { siteUrl } from '../../../src/site/siteUrl'

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('siteUrl (podcast, feeds) and the server\'s origin (playlists) agree', () => {
  it.each(['https://loa.example.vn', 'https://loa.example.vn/', 'HTTPS://Loa.Example.VN/', ' https://loa.example.vn/truyen-thanh/ '])(
    'PUBLIC_URL=%j gives the same origin to both, whatever Host the request names',
    (publicUrl) => {
      vi.stubEnv('PUBLIC_URL', publicUrl)
      const server = requestOrigin({ publicUrl: checkPublicUrl(publicUrl), host: 'evil.example', protocol: 'http', fallbackHost: 'localhost:3000' })
      expect(siteUrl(new Request('http://localhost/', { headers: { [ORIGIN_HEADER]: server } }))).toBe(server)
      expect(siteUrl()).toBe(server)
      expect(server).not.toContain('evil.example')
    },
  )

  it('without PUBLIC_URL, uses the origin the server decided for the request', () => {
    vi.stubEnv('PUBLIC_URL', '')
    expect(siteUrl(new Request('http://localhost/', { headers: { [ORIGIN_HEADER]: 'http://192.168.1.20:3000' } }))).toBe('http://192.168.1.20:3000')
  })
})
