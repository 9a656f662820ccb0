import { executableOnPath } from '../lib/executableOnPath'


/**
 * Why playout cannot run here, in one Vietnamese line, or null when it can: Liquidsoap is needed,
 * and icecast2 too unless ICECAST_URL points at an existing server. `npm run playout` and
 * `npm start` print this line and carry on without playout (the site and the worker still run).
 */
export function playoutUnavailableReason(env: Record<string, string | undefined> = process.env, onPath = (name: string) => executableOnPath(name, env)): string | null {
  if (env.LOA_PLAYOUT === 'off') return 'Phát sóng (playout) đang tắt vì LOA_PLAYOUT=off.'
  const missing = ['liquidsoap', ...(env.ICECAST_URL?.trim() ? [] : ['icecast2'])].filter((name) => !onPath(name))
  if (missing.length === 0) return null
  return `Phát sóng (playout) đang tắt: chưa cài ${missing.join(' và ')} (cài bằng: sudo apt-get install -y liquidsoap icecast2).`
}
