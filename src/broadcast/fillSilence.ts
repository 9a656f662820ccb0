/**
 * The station filler: music that fills the silence a short programme would leave at the end of its
 * slot (22 minutes of dead air after an 8-minute afternoon programme sounds like a broken
 * loudspeaker). The filler clip is repeated back to back, the last repetition cut short with a
 * fade-out, and the whole placed before the outro, so the outro still closes the programme, now
 * near the slot's end.
 *
 * Like composeProgramme, all arithmetic is in whole milliseconds.
 */
import type { ClipRef, ProgrammePlan, ProgrammeSegment, StationSettings } from './types'

/**
 * A filled programme ends this long before its slot does. composeProgramme lets a programme run to
 * the slot's last millisecond, but a programme that does so is rare and short items make it land
 * wherever they land; a filled one is always stretched to the end, so a moment is kept for the MP3
 * frame padding and a player's start-up delay never to push the outro into the next slot.
 */
export const FILL_MARGIN_SECONDS = 1
/** The cut-short last repetition fades out over this long (or half of it, when it is shorter). */
export const FILLER_FADE_OUT_SECONDS = 3
/** A remainder shorter than this is not filled: a blip of music is worse than a moment of silence. */
export const MIN_FILLER_PIECE_SECONDS = 2

const toMs = (seconds: number) => Math.round(seconds * 1000)
const toSeconds = (ms: number) => ms / 1000

/** The filler a station would use, or null when filling is off or no usable recording is set. */
export function usableFiller(station: Pick<StationSettings, 'fillSilence' | 'filler'>): ClipRef | null {
  const filler = station.filler ?? null
  if (!station.fillSilence || !filler) return null
  return Number.isFinite(filler.durationSeconds) && filler.durationSeconds > 0 ? filler : null
}

/** The filler's repetitions for `roomMs` of audio: whole ones, then the rest cut short with a fade. */
function fillerPieces(filler: ClipRef, roomMs: number): { ms: number; fadeMs: number }[] {
  const length = toMs(filler.durationSeconds)
  const pieces: { ms: number; fadeMs: number }[] = []
  let left = roomMs
  while (left >= length) {
    pieces.push({ ms: length, fadeMs: 0 })
    left -= length
  }
  if (left >= toMs(MIN_FILLER_PIECE_SECONDS)) pieces.push({ ms: left, fadeMs: Math.min(toMs(FILLER_FADE_OUT_SECONDS), Math.floor(left / 2)) })
  return pieces
}

/**
 * `plan` with its end-of-slot silence filled, when the station asks for it and has a filler; the
 * plan itself otherwise (and for a plan with nothing in it: a programme of filler alone is no
 * programme). The result never runs past `slotSeconds - FILL_MARGIN_SECONDS`.
 */
export function fillSilence(plan: ProgrammePlan, slotSeconds: number, station: Pick<StationSettings, 'fillSilence' | 'filler' | 'gapSeconds'>): ProgrammePlan {
  const filler = usableFiller(station)
  if (!filler || plan.segments.length === 0) return plan
  const gap = Math.max(0, toMs(station.gapSeconds))
  // The filler is set off from what is before and after it by the station's usual silence: one
  // more gap than the plan had (the one before the outro now stands before the filler).
  const room = toMs(slotSeconds) - toMs(FILL_MARGIN_SECONDS) - toMs(plan.totalSeconds) - gap
  const pieces = room > 0 ? fillerPieces(filler, room) : []
  if (pieces.length === 0) return plan

  const outroAt = plan.segments.at(-1)?.kind === 'outro' ? plan.segments.length - 1 : plan.segments.length
  const head = plan.segments.slice(0, outroAt)
  const tail = plan.segments.slice(outroAt)
  // The gap before the outro, if any, now stands between the content and the filler.
  if (head.at(-1)?.kind !== 'gap' && head.length > 0 && gap > 0) head.push(gapSegment())
  const source = { collection: 'audio-clips' as const, id: filler.id }
  const filled: Omit<ProgrammeSegment, 'startSeconds'>[] = [
    ...head,
    ...pieces.map((piece) => ({
      kind: 'filler' as const,
      title: filler.title,
      durationSeconds: toSeconds(piece.ms),
      clip: filler,
      ...(piece.fadeMs > 0 ? { fadeOutSeconds: toSeconds(piece.fadeMs) } : {}),
      source,
    })),
    ...(tail.length > 0 && gap > 0 ? [gapSegment()] : []),
    ...tail,
  ]
  const segments: ProgrammeSegment[] = []
  let offset = 0
  for (const segment of filled) {
    segments.push({ ...segment, startSeconds: toSeconds(offset) })
    offset += toMs(segment.durationSeconds)
  }
  const filledMs = pieces.reduce((sum, piece) => sum + piece.ms, 0)
  return { ...plan, segments, totalSeconds: toSeconds(offset), filledSeconds: toSeconds(filledMs) }

  // Offsets are set when the segments are laid out below.
  function gapSegment(): ProgrammeSegment {
    return { kind: 'gap', title: 'Khoảng lặng', startSeconds: 0, durationSeconds: toSeconds(gap), clip: null }
  }
}
