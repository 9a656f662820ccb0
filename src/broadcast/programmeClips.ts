/**
 * The audio-clips a programme was assembled from, read from its stored `segments` (JSON written by
 * the worker). Pure. A programme with a finished file is public, so the clips it is made of are
 * heard by residents anyway; these ids are the part of the audio library anonymous callers may reach.
 */
export function clipIdsOfSegments(segments: unknown): string[] {
  if (!Array.isArray(segments)) return []
  const ids: string[] = []
  for (const segment of segments) {
    const id = (segment as { clip?: { id?: unknown } | null } | null)?.clip?.id
    if ((typeof id === 'string' && id !== '') || typeof id === 'number') ids.push(String(id))
  }
  return ids
}

/** The distinct clip ids of several programmes, in first-seen order. */
export function clipIdsOfProgrammes(programmes: { segments?: unknown }[]): string[] {
  return [...new Set(programmes.flatMap((programme) => clipIdsOfSegments(programme.segments)))]
}

/** A programme segment without the server's file path of its clip (kept for staff only). */
export function segmentsWithoutPaths(segments: unknown): unknown {
  if (!Array.isArray(segments)) return segments
  return segments.map((segment) => {
    const clip = (segment as { clip?: unknown } | null)?.clip
    if (!clip || typeof clip !== 'object' || !('path' in clip)) return segment
    const { path: _path, ...rest } = clip as Record<string, unknown>
    return { ...(segment as object), clip: rest }
  })
}
