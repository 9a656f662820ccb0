import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { dataDir } from './paths'

/**
 * The secret Liquidsoap sends with each as-run report (header X-Loa-Asrun-Secret). LOA_ASRUN_SECRET
 * when set (a playout on another machine); otherwise a random one in data/asrun-secret (0600), made
 * by whichever of the server and the playout needs it first, so `npm start` works with no set-up.
 */
export function asRunSecret(dir: string = dataDir()): string {
  const fromEnv = process.env.LOA_ASRUN_SECRET?.trim()
  if (fromEnv) return fromEnv
  const file = path.join(dir, 'asrun-secret')
  try {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // not made yet
  }
  mkdirSync(dir, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' fails if the other process made it first; then theirs is used.
  try {
    writeFileSync(file, secret + '\n', { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return readFileSync(file, 'utf8').trim()
  }
}

/** Where Liquidsoap posts its reports: LOA_URL, or the server's own port on loopback. */
export function asRunReportUrl(env: Record<string, string | undefined> = process.env): string {
  const base = env.LOA_URL?.trim().replace(/\/+$/, '') || `http://127.0.0.1:${env.PORT || 3000}`
  return `${base}/api/as-run/report`
}
