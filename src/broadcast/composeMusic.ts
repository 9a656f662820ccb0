import type { ClipRef, DroppedItem, ProgrammePlan, ProgrammeSegment, SlotInstance, StationSettings } from './types'

const ms = (seconds: number) => Math.round(seconds * 1000)

/**
 * A music slot: its clips in the order the technician chose, with the station's gap between them,
 * as many as fit. Music has no intro or outro; a clip that does not fit is reported, and the
 * walk goes on so a shorter clip later in the list can still fill the slot.
 */
export function composeMusicProgramme(instance: SlotInstance, clips: ClipRef[], station: StationSettings): ProgrammePlan {
  const budget = ms(instance.durationSeconds)
  const gap = ms(station.gapSeconds)
  const segments: ProgrammeSegment[] = []
  const dropped: DroppedItem[] = []
  let used = 0
  for (const clip of clips) {
    const length = ms(clip.durationSeconds)
    const needed = length + (segments.length > 0 ? gap : 0)
    if (length <= 0 || used + needed > budget) {
      dropped.push({
        title: clip.title,
        source: { collection: 'audio-clips', id: clip.id },
        reason: `Không đủ thời lượng: cần ${(needed / 1000).toFixed(1).replace('.', ',')} giây, còn ${((budget - used) / 1000).toFixed(1).replace('.', ',')} giây`,
      })
      continue
    }
    if (segments.length > 0) {
      segments.push({ kind: 'gap', title: 'Khoảng lặng', startSeconds: used / 1000, durationSeconds: gap / 1000, clip: null })
      used += gap
    }
    segments.push({ kind: 'music', title: clip.title, startSeconds: used / 1000, durationSeconds: length / 1000, clip, source: { collection: 'audio-clips', id: clip.id } })
    used += length
  }
  return { slotSlug: instance.slot.slug, date: instance.date, segments, totalSeconds: used / 1000, dropped, excluded: [] }
}
