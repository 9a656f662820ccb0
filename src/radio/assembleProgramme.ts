import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import type { measureLoudness } from '../audio/probe'
import type { renderProgramme } from '../audio/render'
import { composeMusicProgramme } from '../broadcast/composeMusic'
import { composeProgramme } from '../broadcast/composeProgramme'
import { fillSilence } from '../broadcast/fillSilence'
import { formatLocalDateVi } from '../broadcast/localDate'
import { type PlanWarning, planReportLines, planWarnings } from '../broadcast/planReport'
import { buildRenderSpec } from '../broadcast/renderSpec'
import type { ProgrammeCandidates, ProgrammePlan, SlotInstance, StationSettings } from '../broadcast/types'
import { mediaDir } from '../lib/paths'
import type { Programme } from '../payload-types'
import { clipRefFromDoc } from './clips'
import { acquireLock, releaseLock } from './locks'
import { planRebroadcast } from './rebroadcast'

/** What assembly needs from the outside world, passed in so tests and the CLI can see every effect. */
export type AssemblyDeps = {
  payload: Payload
  render: typeof renderProgramme
  measure: typeof measureLoudness
  now: () => Date
  owner: string
  log: (line: string) => void
}

export type AssemblyOutcome = 'assembled' | 'unchanged' | 'locked' | 'failed' | 'empty'

/** Retry after 1, 2, 4, 8, 15, 15 minutes; then wait for a technician or a content change. */
export const MAX_ATTEMPTS = 6
export function retryDelayMs(attempts: number): number {
  return Math.min(15, 2 ** Math.max(0, attempts - 1)) * 60_000
}

export function programmeFile(instance: Pick<SlotInstance, 'date' | 'slot'>): string {
  return path.posix.join('programmes', instance.date, `${instance.slot.slug}.mp3`)
}

/**
 * Same clips, same order, same station output: same file. A different hash means rebuild. The
 * filler settings count while filling is on (turning it on, or choosing another filler, rebuilds);
 * what is only added when present (a fade, the filler) leaves the hashes of earlier programmes as
 * they were, so an upgrade does not rebuild every programme.
 */
export function contentHashOf(plan: ProgrammePlan, station: StationSettings): string {
  const parts = plan.segments.map((s) => [
    s.kind,
    s.clip?.id ?? null,
    s.clip?.path ?? null,
    s.durationSeconds,
    s.clip?.loudnessLufs ?? null,
    ...(s.fadeOutSeconds ? [s.fadeOutSeconds] : []),
  ])
  const filler = station.fillSilence ? [station.filler ? [station.filler.id, station.filler.path, station.filler.durationSeconds, station.filler.loudnessLufs] : 'không có nhạc nền'] : []
  const output = [station.output, station.loudnessTargetLufs, station.truePeakDbtp, ...filler]
  return createHash('sha256').update(JSON.stringify([parts, output])).digest('hex').slice(0, 32)
}

/**
 * "Chương trình buổi chiều 01/12/2026": the slot's name and the airing's date, the station date
 * the plan gave it (not the start instant read on a fixed clock, which names the wrong day for a
 * station in another zone).
 */
export function programmeTitle(instance: Pick<SlotInstance, 'slot' | 'date'>): string {
  return `${instance.slot.name} ${formatLocalDateVi(instance.date)}`
}

export async function findProgramme(payload: Payload, date: string, slotSlug: string): Promise<Programme | null> {
  const { docs } = await payload.find({
    collection: 'programmes',
    where: { and: [{ date: { equals: date } }, { slotSlug: { equals: slotSlug } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/** Makes sure a programme document exists for an airing (the unique key absorbs a race with another worker). */
export async function ensureProgramme(payload: Payload, instance: SlotInstance): Promise<Programme> {
  const existing = await findProgramme(payload, instance.date, instance.slot.slug)
  if (existing) return existing
  try {
    return await payload.create({
      collection: 'programmes',
      overrideAccess: true,
      data: {
        title: programmeTitle(instance),
        date: instance.date,
        slotSlug: instance.slot.slug,
        startsAt: instance.start.toISOString(),
        status: 'planned',
        attempts: 0,
      },
    })
  } catch (error) {
    const raced = await findProgramme(payload, instance.date, instance.slot.slug)
    if (raced) return raced
    throw error
  }
}

/**
 * The plan for an airing: composed news and announcements for local slots, the source's items
 * recomposed for a rebroadcast, the clip list for music.
 */
export async function planProgramme(payload: Payload, instance: SlotInstance, station: StationSettings, candidates: ProgrammeCandidates): Promise<ProgrammePlan> {
  // Whatever the kind, the silence left at the end of the slot is filled when the station asks.
  return fillSilence(await composedPlan(payload, instance, station, candidates), instance.durationSeconds, station)
}

async function composedPlan(payload: Payload, instance: SlotInstance, station: StationSettings, candidates: ProgrammeCandidates): Promise<ProgrammePlan> {
  if (instance.slot.kind === 'rebroadcast') return planRebroadcast(payload, instance, station, candidates)
  if (instance.slot.kind !== 'music') return composeProgramme(instance, candidates, station)
  const ids = instance.slot.music?.clipIds ?? []
  if (ids.length === 0) return composeMusicProgramme(instance, [], station)
  const { docs } = await payload.find({ collection: 'audio-clips', where: { id: { in: ids } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
  const byId = new Map(docs.map((doc) => [String(doc.id), clipRefFromDoc(doc)]))
  const clips = ids.map((id) => byId.get(String(id))).filter((clip) => clip !== null && clip !== undefined)
  return composeMusicProgramme(instance, clips, station)
}

/**
 * With unchanged content there is nothing to do when the file is there, or when a failure is
 * waiting for its retry time (or has used its attempts). New content always goes ahead.
 */
function nothingToDo(programme: Programme, absolute: string, now: Date): boolean {
  // Marked for rebuild (src/radio/rebuildMarks): the file was made for a slot or clip that changed.
  if (programme.rebuildReason) return false
  if (programme.status === 'ready') return existsSync(absolute)
  if (programme.status !== 'failed') return false
  if (!programme.nextAttemptAt) return true
  return (programme.attempts ?? 0) >= MAX_ATTEMPTS || new Date(programme.nextAttemptAt) > now
}

export type AssembleRequest = { instance: SlotInstance; station: StationSettings; candidates: ProgrammeCandidates; force?: boolean }

/**
 * Assembles one airing into media/programmes/<date>/<slot>.mp3 and records the result. Skips work
 * when the content is unchanged and the file exists (running twice gives the same files), and never
 * renders a slot another live worker is rendering.
 */
export async function assembleProgramme(deps: AssemblyDeps, request: AssembleRequest): Promise<AssemblyOutcome> {
  const { payload } = deps
  const { instance, station } = request
  const label = `${instance.date} ${instance.slot.slug}`
  const programme = await ensureProgramme(payload, instance)
  const plan = await planProgramme(payload, instance, station, request.candidates)
  const contentHash = contentHashOf(plan, station)
  const file = programmeFile(instance)
  const absolute = path.join(mediaDir(), file)
  if (!request.force && programme.contentHash === contentHash && nothingToDo(programme, absolute, deps.now())) {
    return 'unchanged'
  }
  const lockKey = `${instance.date}/${instance.slot.slug}`
  if (!(await acquireLock(payload, lockKey, deps.owner, deps.now()))) {
    deps.log(`${label}: máy dựng khác đang dựng chương trình này, bỏ qua`)
    return 'locked'
  }
  try {
    // Another worker may have finished this programme between our first look and taking the lock.
    const current = (await findProgramme(payload, instance.date, instance.slot.slug)) ?? programme
    if (!request.force && current.contentHash === contentHash && nothingToDo(current, absolute, deps.now())) return 'unchanged'
    const warnings = planWarnings(plan, instance.durationSeconds, station)
    return await renderAndRecord(deps, { instance, programme: current, plan, warnings, contentHash, file, absolute, station, label })
  } finally {
    await releaseLock(payload, lockKey, deps.owner)
  }
}

type RenderJob = { instance: SlotInstance; programme: Programme; plan: ProgrammePlan; warnings: PlanWarning[]; contentHash: string; file: string; absolute: string; station: StationSettings; label: string }

async function renderAndRecord(deps: AssemblyDeps, job: RenderJob): Promise<AssemblyOutcome> {
  const { payload } = deps
  const update = (data: Partial<Programme>) => payload.update({ collection: 'programmes', id: job.programme.id, data, overrideAccess: true, context: { assembling: true } })
  // Title and air time follow the slot as it is now (a slot moved since the programme was planned).
  const timing = { title: programmeTitle(job.instance), startsAt: job.instance.start.toISOString() }
  const common = { ...timing, segments: job.plan.segments, dropped: job.plan.dropped, excluded: job.plan.excluded, warnings: job.warnings, contentHash: job.contentHash }
  if (job.programme.rebuildReason) deps.log(`${job.label}: dựng lại vì: ${job.programme.rebuildReason}`)
  // Every drop, exclusion and warning, each with its reason: the technician reads the log too.
  for (const line of planReportLines(job.plan, job.warnings)) deps.log(`${job.label}: ${line}`)
  // A failure leaves the earlier file in place, and it is still played and listed (see
  // src/broadcast/playlist): its list of items must keep describing that file.
  const onFailure = job.programme.sha256 ? { contentHash: job.contentHash } : common
  if (!job.plan.segments.some((segment) => segment.clip)) {
    const why = job.plan.emptyReason ?? 'Không có nội dung nào để dựng (chưa có bài đọc, thông báo hay nhạc hiệu).'
    await update({ ...onFailure, status: 'failed', error: why, nextAttemptAt: null, rebuildReason: null })
    deps.log(`${job.label}: không có nội dung để dựng${job.plan.emptyReason ? `: ${job.plan.emptyReason}` : ''}`)
    return 'empty'
  }
  // The mark is answered by this build; one set while it runs stays (see below).
  await update({ status: 'assembling', error: null, rebuildReason: null })
  const started = Date.now()
  try {
    const spec = buildRenderSpec(job.plan, job.station)
    let lastTenth = -1
    const result = await deps.render(spec, job.absolute, {
      onProgress: (seconds) => {
        const tenth = Math.floor((seconds / spec.expectedSeconds) * 10)
        if (tenth > lastTenth && tenth < 10) deps.log(`${job.label}: ${tenth * 10}%`)
        lastTenth = tenth
      },
    })
    const loudness = await deps.measure(result.outputPath)
    // Marked for rebuild while rendering (the slot or a clip changed meanwhile): this file is already
    // out of date, so it is recorded but not offered as finished; the next tick builds it again.
    const markedMeanwhile = (await findProgramme(payload, job.instance.date, job.instance.slot.slug))?.rebuildReason
    await update({
      ...common,
      ...(markedMeanwhile ? { status: 'planned', contentHash: null } : { status: 'ready' }),
      file: job.file,
      // The decoded length: the container's estimate runs some 30 ms long (encoder delay, padding).
      durationSeconds: Math.round(loudness.durationSeconds * 1000) / 1000,
      bytes: result.bytes,
      sha256: markedMeanwhile ? null : result.sha256,
      loudnessLufs: loudness.integratedLufs,
      truePeakDbtp: loudness.truePeakDbtp,
      assembledAt: deps.now().toISOString(),
      attempts: 0,
      nextAttemptAt: null,
      logTail: null,
    })
    deps.log(`${job.label}: xong sau ${((Date.now() - started) / 1000).toFixed(1)} s, ${loudness.durationSeconds.toFixed(1)} s âm thanh, ${loudness.integratedLufs.toFixed(1)} LUFS, đỉnh ${loudness.truePeakDbtp.toFixed(1)} dBTP`)
    if (markedMeanwhile) deps.log(`${job.label}: có thay đổi trong lúc dựng (${markedMeanwhile}); sẽ dựng lại`)
    return 'assembled'
  } catch (error) {
    const attempts = (job.programme.attempts ?? 0) + 1
    const detail = error instanceof Error ? error.message : String(error)
    await update({
      ...onFailure,
      status: 'failed',
      attempts,
      nextAttemptAt: attempts < MAX_ATTEMPTS ? new Date(deps.now().getTime() + retryDelayMs(attempts)).toISOString() : null,
      error: `Dựng thất bại (lần ${attempts}): ${detail}`,
      logTail: (error as { logTail?: string }).logTail ?? null,
    })
    deps.log(`${job.label}: LỖI lần ${attempts}: ${detail}`)
    return 'failed'
  }
}
