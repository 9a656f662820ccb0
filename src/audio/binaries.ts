import { accessSync, chmodSync, constants, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

export type FfmpegBinaries = { ffmpeg: string; ffprobe: string; source: 'system' | 'npm' }

let cached: FfmpegBinaries | null = null

/**
 * Which ffmpeg/ffprobe to run. Order: FFMPEG_PATH / FFPROBE_PATH (an operator's explicit choice),
 * then the system binaries on PATH (Debian's ffmpeg is maintained and gets security fixes), then
 * the static builds shipped by @ffmpeg-installer / @ffprobe-installer (so a bare server still
 * works). Each binary is resolved on its own: a host with ffmpeg but no ffprobe still works.
 * `source` describes the ffmpeg binary: 'npm' when it lives in the installer package, else 'system'.
 * Cached for the life of the process: PATH lookups and chmod need not run for every upload.
 */
export function resolveFfmpegBinaries(): FfmpegBinaries {
  if (cached) return cached
  const ffmpeg = process.env.FFMPEG_PATH?.trim() || findOnPath('ffmpeg') || npmBinary('@ffmpeg-installer/ffmpeg')
  const ffprobe = process.env.FFPROBE_PATH?.trim() || findOnPath('ffprobe') || npmBinary('@ffprobe-installer/ffprobe')
  if (!ffmpeg || !ffprobe) {
    throw new Error(
      `ffmpeg/ffprobe not found (ffmpeg: ${ffmpeg ?? 'missing'}, ffprobe: ${ffprobe ?? 'missing'}); ` +
        'install the system package or set FFMPEG_PATH and FFPROBE_PATH',
    )
  }
  const source = ffmpeg.split(path.sep).includes('@ffmpeg-installer') ? 'npm' : 'system'
  cached = { ffmpeg, ffprobe, source }
  return cached
}

/** Tests that switch FFMPEG_PATH between runs call this; production never needs to. */
export function resetFfmpegBinariesCache(): void {
  cached = null
}

function executableName(name: string): string {
  return process.platform === 'win32' ? `${name}.exe` : name
}

/** A PATH search by hand: `which` would need a shell, and spawning one per lookup is pointless. */
function findOnPath(name: string): string | null {
  const file = executableName(name)
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, file)
    try {
      if (!statSync(candidate).isFile()) continue
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here, or not executable by this user: keep looking
    }
  }
  return null
}

/**
 * The installer packages throw on require when their platform package is missing, so they are
 * loaded lazily and a failure just means "no npm binary". createRequire is needed because they
 * are CommonJS and this module is ESM; the cwd fallback covers bundlers that rewrite import.meta.
 */
function npmBinary(pkg: string): string | null {
  const bases = [import.meta.url, path.join(process.cwd(), 'package.json')]
  for (const base of bases) {
    try {
      const loaded = createRequire(base)(pkg) as { path?: unknown }
      if (typeof loaded.path === 'string' && loaded.path) return ensureExecutable(loaded.path)
    } catch {
      // try the next base
    }
  }
  return null
}

/**
 * npm 11 no longer runs these packages' install scripts (which set the mode), so a binary can
 * land without execute bits for everyone (ffprobe arrived as 0744 here: only root could run it).
 * Best effort: on a read-only node_modules the spawn error will say what is wrong.
 */
function ensureExecutable(file: string): string {
  if (process.platform === 'win32') return file
  try {
    const mode = statSync(file).mode
    if ((mode & 0o111) !== 0o111) chmodSync(file, 0o755)
  } catch {
    // not ours to change; leave it
  }
  return file
}
