import type { Access, Payload, Where } from 'payload'
import { clipIdsOfProgrammes } from '../broadcast/programmeClips'
import { validEmergencyWhere } from '../radio/emergencies'
import { publicProgrammeWhere } from './programmes'
import { roleOf } from './roles'

/**
 * The audio residents may hear on their own: the read-out of a published article (the player on its
 * page), every clip of a programme that has aired (its intro, read-outs, announcements and music are
 * in that public file anyway), and the recording of an emergency announcement while it is valid
 * (the day's playlist sends playout devices to it; an emergency is public by nature). Everything
 * else (a draft's read-out, a staff-only announcement's recording, an unused upload) is staff-only.
 *
 * This one rule answers REST, GraphQL, Payload's file route (/api/audio-clips/file/…) and, through
 * src/radio/audioFileAccess, the static files under /media/audio/.
 */
export const publicAudioOrStaff: Access = async ({ req }) => {
  if (roleOf(req.user) !== undefined) return true
  const publishedReadOut: Where = { and: [{ kind: { equals: 'read-out' } }, { 'article._status': { equals: 'published' } }] }
  const inProgrammes = await publicClipIds(req.payload)
  return inProgrammes.length > 0 ? { or: [publishedReadOut, { id: { in: inProgrammes } }] } : publishedReadOut
}

/**
 * Reading every aired programme's segments on each anonymous request (an audio player's Range
 * requests, an article page) would cost a scan per request; the ids are kept for a few seconds, so a
 * programme's clips become reachable (and an expired emergency's recording unreachable) at most
 * that much after the moment.
 */
const CACHE_MS = 5_000
const cache = new WeakMap<Payload, { at: number; ids: Promise<string[]> }>()

function publicClipIds(payload: Payload): Promise<string[]> {
  const cached = cache.get(payload)
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.ids
  const now = new Date()
  const ids = Promise.all([
    payload
      .find({ collection: 'programmes', where: publicProgrammeWhere(now), select: { segments: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
      .then(({ docs }) => clipIdsOfProgrammes(docs)),
    payload
      .find({ collection: 'announcements', where: validEmergencyWhere(now), select: { clip: true }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
      .then(({ docs }) => docs.flatMap((doc) => (doc.clip ? [String(typeof doc.clip === 'object' ? doc.clip.id : doc.clip)] : []))),
  ]).then(([programmes, emergencies]) => [...new Set([...programmes, ...emergencies])])
  ids.catch(() => cache.delete(payload))
  cache.set(payload, { at: Date.now(), ids })
  return ids
}
