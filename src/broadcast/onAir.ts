/**
 * "Đang phát" and "Tiếp theo" for the public site (/nghe-truc-tiep). Pure: `now` is passed in.
 *
 * Every public view of what is on air asks `airingState`, so when the as-run log knows better than
 * the clock (issue 10, item 6) only the state function passed to `nowAndNext` changes.
 */
import type { SlotInstance } from './types'

export type AiringState = 'done' | 'live' | 'coming'

/** By the clock: done after its end, live between start and end, coming before its start. */
export function airingState(instance: Pick<SlotInstance, 'start' | 'end'>, now: Date): AiringState {
  if (now.getTime() >= instance.end.getTime()) return 'done'
  if (now.getTime() >= instance.start.getTime()) return 'live'
  return 'coming'
}

export type NowAndNext = { now: SlotInstance | null; next: SlotInstance | null }

/**
 * What is on air and what airs next among `instances` (today's and tomorrow's, so the evening's
 * "next" can be tomorrow morning). With no live item, `now` is null: between slots the air carries
 * silence or the filler, and the page says so.
 */
export function nowAndNext(instances: SlotInstance[], stateOf: (instance: SlotInstance) => AiringState): NowAndNext {
  const ordered = [...instances].sort((a, b) => a.start.getTime() - b.start.getTime())
  const live = ordered.find((instance) => stateOf(instance) === 'live') ?? null
  const next = ordered.find((instance) => instance !== live && stateOf(instance) === 'coming' && (!live || instance.start.getTime() >= live.start.getTime())) ?? null
  return { now: live, next }
}
