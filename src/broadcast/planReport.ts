/**
 * What a technician must hear about a plan besides its items: every drop and exclusion with its
 * reason (the composer decides those), clips that cannot be brought to the station's loudness
 * because their gain hit the cap, a slot left mostly silent (or how much of it the station filler
 * filled). Pure; the worker and the CLI print these lines, the programme document stores them.
 */
import { usableFiller } from './fillSilence'
import { clipGainDb, MAX_CLIP_GAIN_DB } from './renderSpec'
import type { ProgrammePlan, StationSettings } from './types'
import { STATION_DEFAULTS } from './stationSettings'

/** Above this share of silence at the end of its slot, a programme is reported (station setting). */
export const DEFAULT_MAX_SILENT_SHARE_PERCENT = STATION_DEFAULTS.maxSilentSharePercent

export type PlanWarning = {
  /** 'filler' is a note, not a problem: how much of the slot the station filler filled. */
  kind: 'gain-cap' | 'silence' | 'filler'
  /** The clip concerned, for 'gain-cap'. */
  clipId?: string
  message: string
}

/** "−45,0": one decimal, comma, true minus sign, as printed for technicians. */
const numberVi = (value: number) => value.toFixed(1).replace('.', ',').replace('-', '−')
const minutesVi = (seconds: number) => `${Math.floor(seconds / 60)} phút ${String(Math.round(seconds % 60)).padStart(2, '0')} giây`

/** Each clip (once) whose gain was capped, with the level it will actually air at. */
export function gainCapWarnings(plan: ProgrammePlan, station: Pick<StationSettings, 'loudnessTargetLufs'>): PlanWarning[] {
  const seen = new Set<string>()
  const warnings: PlanWarning[] = []
  for (const segment of plan.segments) {
    const clip = segment.clip
    if (!clip || clip.loudnessLufs === null || !Number.isFinite(clip.loudnessLufs) || seen.has(clip.id)) continue
    const needed = station.loudnessTargetLufs - clip.loudnessLufs
    if (needed <= MAX_CLIP_GAIN_DB) continue
    seen.add(clip.id)
    const airs = clip.loudnessLufs + Number(clipGainDb(clip, station.loudnessTargetLufs))
    warnings.push({
      kind: 'gain-cap',
      clipId: clip.id,
      message:
        `"${clip.title}" quá nhỏ (${numberVi(clip.loudnessLufs)} LUFS): chỉ được tăng tối đa +${MAX_CLIP_GAIN_DB} dB nên phát ở ` +
        `${numberVi(airs)} LUFS, nhỏ hơn mức chuẩn ${numberVi(station.loudnessTargetLufs)} LUFS ${numberVi(needed - MAX_CLIP_GAIN_DB)} dB. Nên ghi âm lại.`,
    })
  }
  return warnings
}

/** The slot's silence after the programme ends, when it is more than `maxPercent` of the slot. */
export function silenceWarning(plan: ProgrammePlan, slotSeconds: number, maxPercent = DEFAULT_MAX_SILENT_SHARE_PERCENT): PlanWarning | null {
  if (!(slotSeconds > 0)) return null
  const silent = Math.max(0, slotSeconds - plan.totalSeconds)
  const percent = (silent / slotSeconds) * 100
  if (percent <= maxPercent) return null
  return {
    kind: 'silence',
    message: `Chương trình dài ${minutesVi(plan.totalSeconds)}, để trống ${minutesVi(silent)} (${Math.round(percent)}%) của khung giờ ${minutesVi(slotSeconds)} (ngưỡng ${maxPercent}%).`,
  }
}

/** Said when the station fills silence but has no usable filler, so the silence stays. */
export const FILLER_MISSING =
  'Đã bật lấp khoảng trống bằng nhạc nền nhưng chưa chọn nhạc nền, hoặc tệp nhạc nền không dùng được (Cài đặt đài truyền thanh).'

/** How much of the slot the station filler filled, for a filled plan. */
export function fillerNote(plan: ProgrammePlan): PlanWarning | null {
  if (!plan.filledSeconds || plan.filledSeconds <= 0) return null
  const filler = plan.segments.find((segment) => segment.kind === 'filler')
  const seconds = plan.filledSeconds.toFixed(1).replace('.', ',')
  return {
    kind: 'filler',
    message: `Đã thêm ${seconds} giây (${minutesVi(plan.filledSeconds)}) nhạc nền${filler ? ` "${filler.title}"` : ''} để lấp khoảng trống cuối chương trình.`,
  }
}

export function planWarnings(
  plan: ProgrammePlan,
  slotSeconds: number,
  station: Pick<StationSettings, 'loudnessTargetLufs' | 'maxSilentSharePercent' | 'fillSilence' | 'filler'>,
): PlanWarning[] {
  const filled = fillerNote(plan)
  // A filled programme is not silent: the note says how much filler it took instead.
  if (filled) return [...gainCapWarnings(plan, station), filled]
  const silence = silenceWarning(plan, slotSeconds, station.maxSilentSharePercent ?? DEFAULT_MAX_SILENT_SHARE_PERCENT)
  if (silence && station.fillSilence && !usableFiller(station)) silence.message = `${silence.message} ${FILLER_MISSING}`
  return [...gainCapWarnings(plan, station), ...(silence ? [silence] : [])]
}

/** The lines the worker and the CLI print for a plan: drops, exclusions, warnings, each with its reason. */
export function planReportLines(plan: Pick<ProgrammePlan, 'dropped' | 'excluded'>, warnings: PlanWarning[]): string[] {
  return [
    ...plan.dropped.map((item) => `bỏ "${item.title}": ${item.reason}`),
    ...plan.excluded.map((item) => `không đưa vào "${item.title}": ${item.reason}`),
    ...warnings.map((warning) => `${warning.kind === 'filler' ? 'ghi chú' : 'cảnh báo'}: ${warning.message}`),
  ]
}
