import { accessSync, constants, existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const WRAPPER = 'ffmpeg-dies-with-parent.sh'

/** undefined: not looked for yet; null: not available here. */
let cachedWrapper: string | null | undefined

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK)
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** Beside this module under tsx; from the project root when a bundler (Next) moved the module. */
function wrapperPath(): string | null {
  const candidates = [path.join(process.cwd(), 'src', 'audio', WRAPPER)]
  try {
    candidates.unshift(fileURLToPath(new URL(`./${WRAPPER}`, import.meta.url)))
  } catch {
    // import.meta.url rewritten by a bundler: the cwd candidate remains
  }
  return candidates.find((file) => existsSync(file) && executable(file)) ?? null
}

const onPath = (name: string) => (process.env.PATH ?? '').split(path.delimiter).some((dir) => dir && executable(path.join(dir, name)))

/**
 * The program fluent-ffmpeg should start for `ffmpeg`. A child does not die with its Node parent:
 * after `kill -9` of an assembler, ffmpeg rendered on (10 of 10 kills) and left hidden partial
 * files behind. On Linux with util-linux's setpriv (Debian: always installed) ffmpeg is started
 * through a two-line wrapper that sets a parent-death signal (SIGKILL), so the kernel ends it when
 * its parent ends however that happens. Elsewhere ffmpeg runs directly (diesWithParent false) and
 * the next assembler's start-up clean-up removes what an orphan left.
 */
export function ffmpegLauncher(ffmpeg: string): { launcher: string; diesWithParent: boolean } {
  // The wrapper reads the real binary from the environment every spawned child inherits.
  process.env.LOA_FFMPEG_BINARY = ffmpeg
  if (cachedWrapper === undefined) cachedWrapper = process.platform === 'linux' && onPath('setpriv') ? wrapperPath() : null
  return cachedWrapper ? { launcher: cachedWrapper, diesWithParent: true } : { launcher: ffmpeg, diesWithParent: false }
}
