import { describe, expect, it } from 'vitest'
import { checkPublicUrl, parseTrustProxy, requestOrigin, validHost } from '../../../src/http/requestOrigin'

describe('validHost', () => {
  it.each([
    ['ttvhtt.dongle.gov.vn', 'ttvhtt.dongle.gov.vn'],
    ['LOCALHOST:3000', 'localhost:3000'],
    ['127.0.0.1:8080', '127.0.0.1:8080'],
    ['[::1]:3000', '[::1]:3000'],
  ])('accepts %s', (raw, expected) => {
    expect(validHost(raw)).toBe(expected)
  })

  it.each([
    ['evil.com/"><script>', 'markup'],
    ['evil.com\r\nX-Injected: 1', 'line break'],
    ['user@evil.com', 'credentials'],
    ['evil.com:99999', 'port out of range'],
    ['', 'empty'],
    ['a'.repeat(300), 'too long'],
    ['evil.com:80:80', 'two ports'],
  ])('refuses %s (%s)', (raw) => {
    expect(validHost(raw)).toBeUndefined()
  })
})

describe('requestOrigin', () => {
  it.each([
    [{ publicUrl: 'https://ttvhtt.dongle.gov.vn/', host: 'evil.com', protocol: 'http' as const }, 'https://ttvhtt.dongle.gov.vn'],
    [{ host: 'ttvhtt.dongle.gov.vn', protocol: 'https' as const }, 'https://ttvhtt.dongle.gov.vn'],
    [{ host: undefined, protocol: 'http' as const }, 'http://localhost:3000'],
  ])('%o -> %s', (input, expected) => {
    expect(requestOrigin({ fallbackHost: 'localhost:3000', ...input })).toBe(expected)
  })
})

describe('checkPublicUrl', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://ttvhtt.dongle.gov.vn/', 'https://ttvhtt.dongle.gov.vn'],
    ['http://192.168.1.10:3000', 'http://192.168.1.10:3000'],
  ])('%s -> %s', (raw, expected) => {
    expect(checkPublicUrl(raw)).toBe(expected)
  })
  it.each(['ftp://x.vn', 'javascript:alert(1)', 'https://user:pw@x.vn', 'not a url'])('refuses %s', (raw) => {
    expect(() => checkPublicUrl(raw)).toThrow(/PUBLIC_URL/)
  })
})

describe('parseTrustProxy', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['false', false],
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.5, 10.0.0.6', '10.0.0.5, 10.0.0.6'],
  ])('%s -> %s', (raw, expected) => {
    expect(parseTrustProxy(raw)).toBe(expected)
  })
  it('refuses "true", which would let any client forge its origin', () => {
    expect(() => parseTrustProxy('true')).toThrow(/TRUST_PROXY/)
  })
})
