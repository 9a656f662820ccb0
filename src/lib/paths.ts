import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.LOA_DATA_DIR || 'data')
}

/** Where uploaded images and assembled programmes live; served by Express under /media. */
export function mediaDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.LOA_MEDIA_DIR || 'media')
}

/**
 * A random secret kept in `file` (mode 0600), made on first use. Several processes may ask at once
 * (the server, the worker, the playout): the first to write wins and the others read theirs.
 */
export function storedSecret(file: string): string {
  try {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored) return stored
  } catch {
    // not made yet
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // 'wx' fails if another process made it first; then theirs is used.
  try {
    writeFileSync(file, secret + '\n', { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return readFileSync(file, 'utf8').trim()
  }
}

/**
 * PAYLOAD_SECRET when set; otherwise a random secret kept in data/payload-secret, made on the first
 * start, so a fresh install needs no configuration and sessions survive restarts.
 */
export function payloadSecret(): string {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return fromEnv
  return storedSecret(path.join(dataDir(), 'payload-secret'))
}

/** Largest audio upload accepted (LOA_AUDIO_MAX_MB, default 100 MB: an hour of 192 kbps MP3 is ~86 MB). */
export function audioUploadMaxBytes(): number {
  const megabytes = Number(process.env.LOA_AUDIO_MAX_MB || 100)
  return Math.max(1, megabytes) * 1024 * 1024
}

/** Largest image upload accepted (LOA_IMAGE_MAX_MB, default 20 MB: a full-size camera JPEG is 5 to 15 MB). */
export function imageUploadMaxBytes(): number {
  const megabytes = Number(process.env.LOA_IMAGE_MAX_MB || 20)
  return Math.max(1, megabytes) * 1024 * 1024
}
