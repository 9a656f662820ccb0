import { describe, expect, it } from 'vitest'
import { DEFAULT_MOUNT } from '../../../src/playout/icecast'
import { EMBEDDED_MOUNT, LIVE_STREAM_PATH, liveStreamConfigFromEnv } from '../../../src/playout/liveStreamConfig'

describe('liveStreamConfigFromEnv', () => {
  it.each<[string, Record<string, string>, { upstream: string; playerUrl: string; publicOrigin: string | null; maxListeners: number }]>([
    ['embedded Icecast on loopback by default', {}, { upstream: 'http://127.0.0.1:8000/loa.mp3', playerUrl: LIVE_STREAM_PATH, publicOrigin: null, maxListeners: 100 }],
    ['LOA_ICECAST_PORT and a listener cap', { LOA_ICECAST_PORT: '8123', LOA_LIVE_MAX_LISTENERS: '5' }, { upstream: 'http://127.0.0.1:8123/loa.mp3', playerUrl: LIVE_STREAM_PATH, publicOrigin: null, maxListeners: 5 }],
    ['ICECAST_URL: its mount, without any credentials in it', { ICECAST_URL: 'http://source:pw@radio.lan:8000/xa.mp3' }, { upstream: 'http://radio.lan:8000/xa.mp3', playerUrl: LIVE_STREAM_PATH, publicOrigin: null, maxListeners: 100 }],
    ['ICECAST_URL without a mount', { ICECAST_URL: 'http://radio.lan:8000' }, { upstream: 'http://radio.lan:8000/loa.mp3', playerUrl: LIVE_STREAM_PATH, publicOrigin: null, maxListeners: 100 }],
    [
      'ICECAST_PUBLIC_URL: the player points there',
      { ICECAST_PUBLIC_URL: 'https://nghe.dongle.gov.vn/xa.mp3' },
      { upstream: 'http://127.0.0.1:8000/loa.mp3', playerUrl: 'https://nghe.dongle.gov.vn/xa.mp3', publicOrigin: 'https://nghe.dongle.gov.vn', maxListeners: 100 },
    ],
  ])('%s', (_name, env, expected) => {
    const config = liveStreamConfigFromEnv(env)
    expect({ ...config, upstream: config.upstream.toString() }).toEqual(expected)
  })

  it.each([
    [{ ICECAST_URL: 'ftp://radio.lan/x' }, /ICECAST_URL/],
    [{ ICECAST_PUBLIC_URL: 'javascript:alert(1)' }, /ICECAST_PUBLIC_URL/],
    [{ LOA_ICECAST_PORT: '99999' }, /LOA_ICECAST_PORT/],
    [{ LOA_LIVE_MAX_LISTENERS: 'nhiều' }, /LOA_LIVE_MAX_LISTENERS/],
  ])('refuses %j in Vietnamese', (env, message) => {
    expect(() => liveStreamConfigFromEnv(env)).toThrow(message)
  })

  it('names the mount the embedded Icecast serves', () => {
    expect(EMBEDDED_MOUNT).toBe(DEFAULT_MOUNT)
  })
})
