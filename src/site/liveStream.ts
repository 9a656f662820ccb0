import http from 'node:http'
import https from 'node:https'

/**
 * Whether the live mount answers with audio right now: the /nghe-truc-tiep page says "Đài đang
 * không phát" otherwise. Connects, reads the answer's status and type, and hangs up.
 */
export function streamIsLive(url: URL, timeoutMs = 1500): Promise<boolean> {
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http
    const request = client.get(url, { headers: { 'User-Agent': 'Loa live check', 'Icy-MetaData': '0' }, timeout: timeoutMs }, (response) => {
      const type = String(response.headers['content-type'] ?? '')
      resolve(response.statusCode === 200 && /^(audio\/|application\/ogg)/i.test(type))
      request.destroy()
    })
    request.on('timeout', () => request.destroy())
    request.on('error', () => resolve(false))
    request.on('close', () => resolve(false))
  })
}
