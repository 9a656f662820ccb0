import type { Access, Payload, Where } from 'payload'
import { clipIdsOfProgrammes } from '../broadcast/programmeClips'
import { HAS_FINISHED_FILE } from './programmes'
import { roleOf } from './roles'

/**
 * The audio residents may hear on their own: the read-out of a published article (the player on its
 * page), and every clip of a programme with a finished file (its intro, read-outs, announcements and
 * music are in that public file anyway). Everything else (a draft's read-out, a staff-only
 * announcement's recording, an unused upload) is staff-only.
 *
 * This one rule answers REST, GraphQL, Payload's file route (/api/audio-clips/file/…) and, through
 * src/radio/audioFileAccess, the static files under /media/audio/.
 */
export const publicAudioOrStaff: Access = async ({ req }) => {
  if (roleOf(req.user) !== undefined) return true
  const publishedReadOut: Where = { and: [{ kind: { equals: 'read-out' } }, { 'article._status': { equals: 'published' } }] }
  const inProgrammes = await clipIdsInFinishedProgrammes(req.payload)
  return inProgrammes.length > 0 ? { or: [publishedReadOut, { id: { in: inProgrammes } }] } : publishedReadOut
}

/**
 * Reading every finished programme's segments on each anonymous request (an audio player's Range
 * requests, an article page) would cost a scan per request; the ids are kept for a few seconds, so a
 * newly assembled programme's clips become reachable at most that much later.
 */
const CACHE_MS = 5_000
const cache = new WeakMap<Payload, { at: number; ids: Promise<string[]> }>()

function clipIdsInFinishedProgrammes(payload: Payload): Promise<string[]> {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.ids
  const ids = payload
    .find({ collection: 'programmes', where: HAS_FINISHED_FILE, select: { segments: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    .then(({ docs }) => clipIdsOfProgrammes(docs))
  ids.catch(() => cache.delete(payload))
  cache.set(payload, { at: Date.now(), ids })
  return ids
}
