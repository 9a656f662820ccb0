/**
 * Where residents hear the live stream (issue 10, item 5). Read from the environment by the web
 * server and the /nghe-truc-tiep page alike, so both name the same mount:
 *
 * - upstream: the mount the web server proxies at LIVE_STREAM_PATH. ICECAST_URL (an existing
 *   server, no password needed here) or the embedded Icecast on loopback (LOA_ICECAST_PORT, 8000),
 *   which residents cannot reach themselves. Fixed at start: never taken from a request.
 * - playerUrl: what the page's <audio> plays. ICECAST_PUBLIC_URL when a centre serves the stream
 *   from a public Icecast of its own (then Loa's proxy is not used by the page), else the proxy.
 */

/**
 * The embedded Icecast's mount (src/playout/icecast DEFAULT_MOUNT, checked equal by a test). Not
 * imported from there: that module spawns processes, and this one is part of the site's bundle.
 */
export const EMBEDDED_MOUNT = '/loa.mp3'

export const LIVE_STREAM_PATH = '/nghe-truc-tiep/luong.mp3'
export const DEFAULT_MAX_LISTENERS = 100

export type LiveStreamConfig = {
  upstream: URL
  playerUrl: string
  /** Origin of ICECAST_PUBLIC_URL, for the pages' Content-Security-Policy (media-src); null when the proxy is used. */
  publicOrigin: string | null
  maxListeners: number
}

function httpUrl(name: string, raw: string): URL {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`${name} không hợp lệ: ${raw}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${name} phải bắt đầu bằng http:// hoặc https://`)
  return url
}

export function liveStreamConfigFromEnv(env: Record<string, string | undefined>): LiveStreamConfig {
  const external = env.ICECAST_URL?.trim()
  let upstream: URL
  if (external) {
    upstream = httpUrl('ICECAST_URL', external)
    if (!upstream.pathname || upstream.pathname === '/') upstream.pathname = EMBEDDED_MOUNT
    // Credentials in the address are for the source, never sent to listeners' requests.
    upstream.username = ''
    upstream.password = ''
  } else {
    const port = Number(env.LOA_ICECAST_PORT?.trim() || 8000)
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`LOA_ICECAST_PORT không hợp lệ: ${env.LOA_ICECAST_PORT}`)
    upstream = new URL(`http://127.0.0.1:${port}${EMBEDDED_MOUNT}`)
  }
  const publicRaw = env.ICECAST_PUBLIC_URL?.trim()
  const publicUrl = publicRaw ? httpUrl('ICECAST_PUBLIC_URL', publicRaw) : null
  const maxRaw = env.LOA_LIVE_MAX_LISTENERS?.trim()
  const maxListeners = maxRaw ? Number(maxRaw) : DEFAULT_MAX_LISTENERS
  if (!Number.isInteger(maxListeners) || maxListeners < 0) throw new Error(`LOA_LIVE_MAX_LISTENERS phải là số nguyên không âm: ${maxRaw}`)
  return { upstream, playerUrl: publicUrl ? publicUrl.toString() : LIVE_STREAM_PATH, publicOrigin: publicUrl ? publicUrl.origin : null, maxListeners }
}
