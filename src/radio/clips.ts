import path from 'node:path'
import type { ClipRef } from '../broadcast/types'
import { mediaDir } from '../lib/paths'
import type { AudioClip } from '../payload-types'

/** An audio-clips document as the ClipRef the composer uses; null when it has no usable file. */
export function clipRefFromDoc(doc: AudioClip | number | string | null | undefined): ClipRef | null {
  if (!doc || typeof doc !== 'object' || !doc.filename || !doc.durationSeconds) return null
  return {
    id: String(doc.id),
    title: doc.title,
    path: path.join(mediaDir(), 'audio', doc.filename),
    durationSeconds: doc.durationSeconds,
    loudnessLufs: doc.loudnessLufs ?? null,
  }
}
