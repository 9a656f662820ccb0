/**
 * The as-run log (proof of airing, issue 10 item 6): what Liquidsoap reports when an item starts or
 * ends on air, turned into the fields of an `as-run` row. Pure: `now`, the station's time zone and
 * the media folder are passed in; the report endpoint (src/collections/asRunReport) stores the result.
 *
 * What the playout knows of the plan (slot, title, kind, planned times, source, why a fallback airs)
 * travels with each request as one annotation, `loa_plan`, the JSON below in base64url: Liquidsoap
 * only carries it back in its report, so titles with quotes or commas never meet Liquidsoap's
 * annotate syntax. The report itself is hostile input until checked here: every field is bounded.
 */
import { type DeadAirReason, deadAirReasonText } from './deadAir'
import { STATION_DEFAULTS } from './stationSettings'

export const AS_RUN_KINDS = ['local', 'music', 'rebroadcast', 'relay', 'emergency', 'filler', 'silence'] as const
export type AsRunKind = (typeof AS_RUN_KINDS)[number]
export const AS_RUN_END_REASONS = ['completed', 'slot-end', 'interrupted', 'stopped', 'playout-stopped'] as const
export type AsRunEndReason = (typeof AS_RUN_END_REASONS)[number]

/** What the admin, the CSV and the day view call each kind and end reason. */
export const AS_RUN_KIND_WORDS: Record<AsRunKind, string> = {
  local: 'Chương trình địa phương',
  music: 'Âm nhạc',
  rebroadcast: 'Phát lại',
  relay: 'Tiếp sóng',
  emergency: 'Khẩn cấp',
  filler: 'Nhạc nền, dự phòng',
  silence: 'Im lặng',
}

export const AS_RUN_END_WORDS: Record<AsRunEndReason, string> = {
  completed: 'Phát hết',
  'slot-end': 'Hết khung giờ',
  interrupted: 'Bị ngắt (khẩn cấp)',
  stopped: 'Bị dừng',
  'playout-stopped': 'Phần phát sóng dừng',
}

/** What Loa tells the engine about an item it puts on air. */
export type AirReportPlan = {
  slot?: string
  title: string
  kind: AsRunKind
  plannedStart?: string
  plannedEnd?: string
  /** A file relative to the media folder, or a relay URL. */
  source?: string
  /** Why this airs instead of the plan (a rebroadcast's stand-in, a missing file). */
  fallback?: string
}

/** The engine's layers (src/playout/liquidsoap.ts), highest first. */
export const REPORT_LAYERS = ['emergency', 'programme', 'relay', 'deadair', 'filler', 'silence'] as const
export type ReportLayer = (typeof REPORT_LAYERS)[number]
/** Why the engine ended an item: a slot change Loa commanded, a person's stop, an emergency, the engine stopping, or '' (it ended by itself). */
export const REPORT_CAUSES = ['', 'slot', 'stop', 'interrupted', 'shutdown'] as const

export type AsRunFields = {
  date: string
  slot: string | null
  title: string
  kind: AsRunKind
  source: string | null
  plannedStart: string | null
  plannedEnd: string | null
  actualStart: string
  actualEnd: string | null
  durationSeconds: number | null
  fallbackReason: string | null
  interruptedBy: string | null
  endReason: AsRunEndReason | null
  reportKey: string
}

export type AsRunReportResult =
  | { ok: true; event: 'start' | 'end'; run: string; fields: AsRunFields }
  /** A gap between slots: nothing planned, nothing to prove. */
  | { ok: true; event: 'start' | 'end'; run: string; fields: null }
  | { ok: false; error: string }

export const MAX_PLAN_CHARS = 4000
const MAX_TEXT = 300
const MAX_SOURCE = 1000
const KEY = /^([A-Za-z0-9]{8,40})-(\d{1,9})$/

export function encodeReportPlan(plan: AirReportPlan): string {
  const compact = Object.fromEntries(Object.entries(plan).filter(([, value]) => value !== undefined && value !== null && value !== ''))
  return Buffer.from(JSON.stringify(compact), 'utf8').toString('base64url')
}

const isIsoInstant = (value: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(new Date(value).getTime())

/** The plan a report carries back, checked; a string is the (Vietnamese) reason it is refused. */
export function decodeReportPlan(value: unknown): AirReportPlan | string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PLAN_CHARS || !/^[A-Za-z0-9_-]+$/.test(value)) return 'thông tin lịch phát (plan) không hợp lệ'
  let plan: Record<string, unknown>
  try {
    plan = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'))
  } catch {
    return 'thông tin lịch phát (plan) không đọc được'
  }
  if (!plan || typeof plan !== 'object' || Array.isArray(plan)) return 'thông tin lịch phát (plan) không hợp lệ'
  const text = (name: string, max: number, required = false): string | undefined | null => {
    const v = plan[name]
    if (v === undefined || v === null || v === '') return required ? null : undefined
    if (typeof v !== 'string' || v.length > max || /[\u0000-\u001f\u007f]/.test(v)) return null
    return v
  }
  const title = text('title', MAX_TEXT, true)
  if (!title) return 'thiếu tên mục phát hoặc tên quá dài'
  if (!AS_RUN_KINDS.includes(plan.kind as AsRunKind)) return `loại mục phát không hợp lệ: ${String(plan.kind).slice(0, 40)}`
  const out: AirReportPlan = { title, kind: plan.kind as AsRunKind }
  for (const [name, max] of [['slot', 120], ['source', MAX_SOURCE], ['fallback', MAX_TEXT * 2]] as const) {
    const v = text(name, max)
    if (v === null) return `trường ${name} không hợp lệ`
    if (v !== undefined) out[name] = v
  }
  for (const name of ['plannedStart', 'plannedEnd'] as const) {
    const v = text(name, 40)
    if (v === null || (v !== undefined && !isIsoInstant(v))) return `thời điểm ${name} không hợp lệ`
    if (v !== undefined) out[name] = new Date(v).toISOString()
  }
  return out
}

/** An absolute file under the media folder as the path relative to it; anything else as given. */
function relativeSource(file: string, mediaDir: string): string {
  const base = mediaDir.endsWith('/') ? mediaDir : `${mediaDir}/`
  return file.startsWith(base) ? file.slice(base.length) : file
}

const SECONDS_2020 = 1_577_836_800
const MAX_ITEM_SECONDS = 2 * 86_400

function instant(value: unknown): Date | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < SECONDS_2020 || value > 4_102_444_800) return null
  return new Date(Math.round(value * 1000))
}

/**
 * One report → the row to store (start: the item as it began; end: the same with its end). Refused,
 * with the reason in Vietnamese, when anything is missing, too long, of the wrong type, or at an
 * impossible time (more than a week old, or in the future beyond clock skew).
 */
export function asRunFromReport(raw: unknown, context: { now: Date; stationDate: (instant: Date) => string; mediaDir: string }): AsRunReportResult {
  const refuse = (error: string): AsRunReportResult => ({ ok: false, error: `Báo cáo phát sóng không hợp lệ: ${error}.` })
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return refuse('không phải một đối tượng JSON')
  const r = raw as Record<string, unknown>
  if (r.v !== 1) return refuse('phiên bản báo cáo không được hỗ trợ')
  if (r.event !== 'start' && r.event !== 'end') return refuse('event phải là "start" hoặc "end"')
  const event = r.event
  const key = typeof r.key === 'string' ? KEY.exec(r.key) : null
  if (!key) return refuse('mã báo cáo (key) không hợp lệ')
  if (!REPORT_LAYERS.includes(r.layer as ReportLayer)) return refuse('lớp phát (layer) không hợp lệ')
  const layer = r.layer as ReportLayer
  const started = instant(r.startedAt)
  const now = context.now.getTime()
  if (!started || started.getTime() < now - 7 * 86_400_000 || started.getTime() > now + 600_000) return refuse('thời điểm bắt đầu (startedAt) không hợp lệ')
  let ended: Date | null = null
  if (event === 'end') {
    ended = instant(r.endedAt)
    if (!ended || ended < started || ended.getTime() > now + 600_000 || ended.getTime() - started.getTime() > MAX_ITEM_SECONDS * 1000) return refuse('thời điểm kết thúc (endedAt) không hợp lệ')
  }
  const cause = r.cause ?? ''
  if (!REPORT_CAUSES.includes(cause as (typeof REPORT_CAUSES)[number])) return refuse('lý do kết thúc (cause) không hợp lệ')
  const deadAir = r.deadAir ?? ''
  if (deadAir !== '' && deadAir !== 'unreachable' && deadAir !== 'lost' && deadAir !== 'silent') return refuse('lý do mất sóng (deadAir) không hợp lệ')
  const deadAirSeconds = r.deadAirSeconds ?? STATION_DEFAULTS.deadAirSeconds
  if (typeof deadAirSeconds !== 'number' || !(deadAirSeconds > 0 && deadAirSeconds <= 3600)) return refuse('deadAirSeconds không hợp lệ')
  const file = r.file ?? ''
  if (typeof file !== 'string' || file.length > MAX_SOURCE || /[\u0000-\u001f\u007f]/.test(file)) return refuse('tệp (file) không hợp lệ')

  const rawPlan = r.plan ?? ''
  const plan = rawPlan === '' ? null : decodeReportPlan(rawPlan)
  if (typeof plan === 'string') return refuse(plan)
  const needsPlan = layer === 'programme' || layer === 'emergency' || layer === 'relay' || layer === 'deadair'
  if (needsPlan && !plan) return refuse(`thiếu thông tin lịch phát cho lớp ${layer}`)
  if (layer === 'silence' && !plan) return { ok: true, event, run: key[1], fields: null }

  const base = { slot: plan?.slot ?? null, plannedStart: plan?.plannedStart ?? null, plannedEnd: plan?.plannedEnd ?? null }
  let item: Pick<AsRunFields, 'title' | 'kind' | 'source' | 'fallbackReason'>
  if (layer === 'deadair') {
    const why = deadAir ? `Mất sóng tiếp âm (${deadAirReasonText(deadAir as DeadAirReason, deadAirSeconds)})` : 'Mất sóng tiếp âm'
    item = { title: `Nguồn dự phòng thay "${plan!.title}"`, kind: 'filler', source: file ? relativeSource(file, context.mediaDir) : null, fallbackReason: `${why}: phát nguồn dự phòng` }
  } else if (layer === 'filler') {
    item = { title: 'Nhạc nền giữa các khung giờ', kind: 'filler', source: file ? relativeSource(file, context.mediaDir) : null, fallbackReason: null }
  } else {
    const kind: AsRunKind = layer === 'emergency' ? 'emergency' : layer === 'relay' ? 'relay' : layer === 'silence' ? 'silence' : plan!.kind
    if (layer === 'programme' && !['local', 'music', 'rebroadcast'].includes(kind)) return refuse(`loại ${kind} không phát từ tệp`)
    item = { title: plan!.title, kind, source: plan!.source ?? null, fallbackReason: plan!.fallback ?? null }
  }

  let endReason: AsRunEndReason | null = null
  let interruptedBy: string | null = null
  if (ended) {
    if (cause === 'interrupted') {
      endReason = 'interrupted'
      const by = r.by ? decodeReportPlan(r.by) : null
      interruptedBy = by && typeof by !== 'string' ? by.title : 'Tin khẩn cấp'
    }
    // An emergency belongs to no slot: Loa's command when it ends resumes the schedule after it.
    else if (cause === 'slot') endReason = layer === 'emergency' ? 'completed' : 'slot-end'
    else if (cause === 'stop') endReason = 'stopped'
    else if (cause === 'shutdown') endReason = 'playout-stopped'
    // Ended by itself: a relay that drops is stopped (the fallback's row says why); a file that
    // reaches its slot's end was cut there (the engine's cue-out), otherwise it played to its end.
    else if (layer === 'relay') endReason = 'stopped'
    else if (base.plannedEnd && ended.getTime() >= new Date(base.plannedEnd).getTime() - 1000) endReason = 'slot-end'
    else endReason = 'completed'
  }

  return {
    ok: true,
    event,
    run: key[1],
    fields: {
      date: context.stationDate(started),
      ...base,
      ...item,
      actualStart: started.toISOString(),
      actualEnd: ended ? ended.toISOString() : null,
      durationSeconds: ended ? Math.round((ended.getTime() - started.getTime()) / 100) / 10 : null,
      interruptedBy,
      endReason,
      reportKey: r.key as string,
    },
  }
}
