import type { Payload, PayloadRequest, Where } from 'payload'
import { marksForClip, marksForSlotChange, type RebuildMark, type StoredProgramme } from '../broadcast/rebuildMarks'
import type { BroadcastSlot } from '../broadcast/types'
import type { Programme } from '../payload-types'

/**
 * What a mark writes on a programme: back to 'planned' with the reason, and no longer a finished
 * file (sha256 cleared). The old file may overrun a shortened slot or carry a deleted recording, so
 * it is neither played by the day's playlist nor published for "listen again" when its time comes;
 * the worker rebuilds it in its lead window (status 'planned', no content hash) and clears the mark.
 */
export function markData(reason: string) {
  return { status: 'planned', rebuildReason: reason, sha256: null, contentHash: null, attempts: 0, nextAttemptAt: null, error: null } as const
}

const stored = (doc: Pick<Programme, 'id' | 'slotSlug' | 'date' | 'startsAt' | 'segments'>): StoredProgramme => ({
  id: doc.id,
  slotSlug: doc.slotSlug,
  date: doc.date,
  startsAt: doc.startsAt ? new Date(doc.startsAt) : null,
  segments: doc.segments,
})

/** Programmes that have not started airing, read inside the caller's transaction (`req`). */
async function notAiredProgrammes(payload: Payload, now: Date, req: Partial<PayloadRequest> | undefined, where: Where[] = []): Promise<StoredProgramme[]> {
  const { docs } = await payload.find({
    collection: 'programmes',
    where: { and: [{ startsAt: { greater_than: now.toISOString() } }, ...where] },
    select: { slotSlug: true, date: true, startsAt: true, segments: true },
    limit: 0,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map(stored)
}

async function applyMarks(payload: Payload, marks: RebuildMark[], req: Partial<PayloadRequest> | undefined): Promise<RebuildMark[]> {
  for (const mark of marks) {
    await payload.update({ collection: 'programmes', id: mark.id, data: markData(mark.reason), overrideAccess: true, req })
    payload.logger.info({ msg: 'chương trình cần dựng lại', programme: mark.id, reason: mark.reason })
  }
  return marks
}

/** Marks the not-yet-aired programmes of a slot that was changed (or deleted: `after` null). */
export async function markProgrammesForSlotChange(
  payload: Payload,
  before: BroadcastSlot,
  after: BroadcastSlot | null,
  now: Date,
  req?: Partial<PayloadRequest>,
): Promise<RebuildMark[]> {
  if (!before.slug) return []
  const programmes = await notAiredProgrammes(payload, now, req, [{ slotSlug: { equals: before.slug } }])
  return applyMarks(payload, marksForSlotChange(before, after, programmes, now), req)
}

/** Marks the not-yet-aired programmes built with a clip that was deleted or had its file replaced. */
export async function markProgrammesUsingClip(
  payload: Payload,
  clip: { id: string | number; title: string },
  change: 'deleted' | 'replaced',
  now: Date,
  req?: Partial<PayloadRequest>,
): Promise<RebuildMark[]> {
  const programmes = await notAiredProgrammes(payload, now, req)
  return applyMarks(payload, marksForClip(clip, change, programmes, now), req)
}
