import { describe, expect, it } from 'vitest'
import { addressKind, securityHeadersFor } from '../../../src/http/securityHeaders'
import { EMERGENCY_SCRIPT, inlineScriptHashes, SHARE_SCRIPT } from '../../../src/site/inlineScripts'
import { createHash } from 'node:crypto'

const context = { https: false, scriptHashes: ["'sha256-abc='"] }

describe('addressKind', () => {
  it.each([
    ['/', 'public-page'],
    ['/tin-tuc/a', 'public-page'],
    ['/rss.xml', 'public-page'],
    ['/admin', 'admin'],
    ['/admin/collections/articles', 'admin'],
    ['/api/articles', 'api'],
    ['/api/media/file/a.png', 'api'],
    ['/playlists/2026-11-29.m3u', 'api'],
    ['/media/images/a.png', 'file'],
    ['/nghe-truc-tiep', 'public-page'],
    ['/nghe-truc-tiep/luong.mp3', 'file'],
    ['/api/khan-cap', 'api'],
    ['/administrator', 'public-page'],
  ])('%s is %s', (path, kind) => {
    expect(addressKind(path)).toBe(kind)
  })
})

describe('securityHeadersFor', () => {
  it.each(['public-page', 'admin', 'api', 'file'] as const)('%s: nosniff, no framing, a referrer policy', (kind) => {
    const headers = securityHeadersFor(kind, context)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'")
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['Strict-Transport-Security']).toBeUndefined()
  })

  it('public pages allow only the hashed inline scripts: no unsafe-inline, no other origin', () => {
    const csp = securityHeadersFor('public-page', context)['Content-Security-Policy']
    expect(csp).toContain("script-src 'sha256-abc='")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("object-src 'none'")
    expect(securityHeadersFor('public-page', context)['Permissions-Policy']).toContain('microphone=()')
  })

  it('files and API answers are sandboxed: an HTML file could not run script', () => {
    for (const kind of ['api', 'file'] as const) expect(securityHeadersFor(kind, context)['Content-Security-Policy']).toMatch(/sandbox/)
  })

  it('public pages play audio from the site and, when ICECAST_PUBLIC_URL is set, from that origin only', () => {
    expect(securityHeadersFor('public-page', context)['Content-Security-Policy']).toContain("media-src 'self';")
    const csp = securityHeadersFor('public-page', { ...context, mediaSources: ['https://radio.example.vn'] })['Content-Security-Policy']
    expect(csp).toContain("media-src 'self' https://radio.example.vn;")
  })

  it('adds HSTS and upgrades insecure requests only over HTTPS', () => {
    const headers = securityHeadersFor('public-page', { ...context, https: true })
    expect(headers['Strict-Transport-Security']).toMatch(/max-age=31536000/)
    expect(headers['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })
})

describe('inlineScriptHashes', () => {
  it('is the CSP hash of the exact script text the page renders', () => {
    const hash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`
    expect(inlineScriptHashes()).toEqual([hash(SHARE_SCRIPT), hash(EMERGENCY_SCRIPT)])
  })
})
