import path from 'node:path'
import { dataDir, storedSecret } from './paths'

/**
 * The secret Liquidsoap sends with each as-run report (header X-Loa-Asrun-Secret). LOA_ASRUN_SECRET
 * when set (a playout on another machine); otherwise a random one in data/asrun-secret (0600), made
 * by whichever of the server and the playout needs it first, so `npm start` works with no set-up.
 */
export function asRunSecret(dir: string = dataDir()): string {
  const fromEnv = process.env.LOA_ASRUN_SECRET?.trim()
  if (fromEnv) return fromEnv
  return storedSecret(path.join(dir, 'asrun-secret'))
}

/** Where Liquidsoap posts its reports: LOA_URL, or the server's own port on loopback. */
export function asRunReportUrl(env: Record<string, string | undefined> = process.env): string {
  const base = env.LOA_URL?.trim().replace(/\/+$/, '') || `http://127.0.0.1:${env.PORT || 3000}`
  return `${base}/api/as-run/report`
}
