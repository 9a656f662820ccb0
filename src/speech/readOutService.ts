/**
 * "Tạo bài đọc": an article's text → its synthetic read-out, through the Local API. Used by the
 * endpoints GET/POST /api/articles/:id/read-out (src/collections/Articles/readOutEndpoints), the
 * approval (an outdated read-out is made again before the text goes live) and the demo seed.
 *
 * Where the read-out lands follows the approval flow: an editor's read-out is saved in a new draft
 * version, so the approver approves it with the text; an approver or admin making one for an
 * article whose newest version is the live one attaches it to the live version at once (they are the
 * ones who approve). A human recording (broadcast.readOut) always wins on air.
 */
import type { Payload, PayloadRequest } from 'payload'
import { type Role, userHasRole } from '../access/roles'
import { recordAudit } from '../audit/recordAudit'
import { looksLikeDocumentId, relationId } from '../lib/relationId'
import type { Article, AudioClip } from '../payload-types'
import { articleSpeechSource } from './articleSpeechSource'
import { relocateFlags } from './flaggedWords'
import { readOutIsCurrent } from './readOutIsCurrent'
import { speechEnginesFromEnv } from './engines'
import { normaliseWithCentreSettings } from './spokenText'
import { textFingerprint } from './spokenHash'
import { synthesiseClip } from './synthesiseClip'
import { SpeechError, type SpeechEngine, type SynthesisProgress } from './types'

/** Who may make a read-out: the people who write and approve articles. */
export const READ_OUT_ROLES: Role[] = ['admin', 'editor', 'approver']
/** About 20 minutes of speech: longer is not a loudspeaker read-out, and bounds the work per request. */
export const SPOKEN_MAX_CHARS = 20_000
/** Syntheses running at once on this server (2 cores); more wait for a 429 and try again. */
const MAX_RUNNING = 2
/** A provider that has not answered by then gives way to the local voice where that is allowed. */
const PROVIDER_TIMEOUT_MS = 5 * 60_000

export const READ_OUT_MESSAGES = {
  signIn: 'Hãy đăng nhập để tạo bài đọc.',
  role: 'Chỉ biên tập viên, lãnh đạo duyệt tin và quản trị được tạo bài đọc.',
  notFound: 'Không tìm thấy bài viết.',
  empty: 'Bài viết chưa có nội dung để đọc (lời đọc phát thanh, tóm tắt hoặc nội dung).',
  spokenType: 'Lời đọc phải là văn bản.',
  spokenEmpty: 'Lời đọc đang trống.',
  spokenLong: `Lời đọc quá dài (tối đa ${SPOKEN_MAX_CHARS.toLocaleString('vi-VN')} ký tự).`,
  engine: 'Bộ đọc phải là "local" (giọng máy cục bộ) hoặc bỏ trống.',
  busyArticle: 'Bài đọc của bài viết này đang được tạo. Hãy chờ xong.',
  busy: 'Máy chủ đang tạo bài đọc khác. Hãy thử lại sau ít phút.',
} as const

export type ReadOutResult = { status: number; body: Record<string, unknown> }

export interface ClipSummary {
  id: number | string
  url: string | null
  durationSeconds: number | null
  engine: string | null
  voice: string | null
}

function clipSummary(clip: AudioClip | null | undefined): ClipSummary | null {
  if (!clip || typeof clip !== 'object') return null
  return {
    id: clip.id,
    url: clip.filename ? `/media/audio/${encodeURIComponent(clip.filename)}` : null,
    durationSeconds: clip.durationSeconds ?? null,
    engine: clip.synthetic?.engine ?? null,
    voice: clip.synthetic?.voice ?? null,
  }
}

/** The audio library's name for an article's synthetic read-out. */
const readOutTitle = (article: Pick<Article, 'title'>) => `Bài đọc giọng máy: ${article.title}`.slice(0, 250)

const refused = (status: number, message: string): ReadOutResult => ({ status, body: { message } })

/** The caller's refusal before anything is read, or null. */
function refuseCaller(req: PayloadRequest): ReadOutResult | null {
  if (!req.user) return refused(401, READ_OUT_MESSAGES.signIn)
  if (!userHasRole(req.user, ...READ_OUT_ROLES)) return refused(403, READ_OUT_MESSAGES.role)
  return null
}

/** The newest version as the caller may read it (depth 1: the recordings), or null. */
async function newestVersion(req: PayloadRequest, id: string): Promise<Article | null> {
  if (!looksLikeDocumentId(id)) return null
  try {
    return await req.payload.findByID({ collection: 'articles', id, draft: true, depth: 1, overrideAccess: false, user: req.user, req })
  } catch {
    return null
  }
}

/**
 * GET: what "Tạo bài đọc" shows before synthesis — the spoken text (the editor's corrected one while
 * the article's text has not changed since, otherwise freshly normalised), the flagged words, the
 * current read-outs and the voice that will speak.
 */
export async function readOutPreview(req: PayloadRequest, id: string): Promise<ReadOutResult> {
  const refusal = refuseCaller(req)
  if (refusal) return refusal
  const article = await newestVersion(req, id)
  if (!article) return refused(404, READ_OUT_MESSAGES.notFound)
  const source = articleSpeechSource(article)
  const normalised = await normaliseWithCentreSettings(req.payload, source)
  const current = readOutIsCurrent(article)
  const spoken = current && article.broadcast?.spoken ? article.broadcast.spoken : normalised.spoken
  const { preferred } = speechEnginesFromEnv()
  return {
    status: 200,
    body: {
      source,
      spoken,
      // Offsets are into the freshly normalised text; with the editor's own text they are found again.
      flagged: spoken === normalised.spoken ? normalised.flagged : relocateFlags(normalised.flagged, spoken),
      outdated: Boolean(article.broadcast?.synthetic) && !current,
      synthetic: clipSummary(article.broadcast?.synthetic as AudioClip | null),
      recording: clipSummary(article.broadcast?.readOut as AudioClip | null),
      engine: { id: preferred.id, label: preferred.label, voice: preferred.voice },
      maxChars: SPOKEN_MAX_CHARS,
    },
  }
}


export interface ReadOutRequest {
  /** The editor's corrected spoken text; absent: the article's text, normalised. */
  spoken?: unknown
  /** 'local': the local voice even when a provider is configured (a quick read-out). */
  engine?: unknown
}

/** Checks a POST body: the spoken text (or null to normalise) and the engines to use, or a 400. */
export function checkReadOutRequest(body: ReadOutRequest, engines = speechEnginesFromEnv()): ReadOutResult | { spoken: string | null; engines: SpeechEngine[] } {
  let spoken: string | null = null
  if (body.spoken !== undefined && body.spoken !== null) {
    if (typeof body.spoken !== 'string') return refused(400, READ_OUT_MESSAGES.spokenType)
    if (body.spoken.length > SPOKEN_MAX_CHARS) return refused(400, READ_OUT_MESSAGES.spokenLong)
    if (!body.spoken.trim()) return refused(400, READ_OUT_MESSAGES.spokenEmpty)
    // Control characters are no speech; a NUL would end the text early in some engines.
    spoken = body.spoken.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
  }
  if (body.engine !== undefined && body.engine !== null && body.engine !== 'local') return refused(400, READ_OUT_MESSAGES.engine)
  return { spoken, engines: body.engine === 'local' ? [engines.local] : [engines.preferred] }
}

const runningArticles = new Set<string>()

/**
 * Reserves a synthesis slot for an article, or says why not (429). The caller must call the
 * returned release when done, whatever happens.
 */
export function reserveSynthesis(articleId: string): { release: () => void } | ReadOutResult {
  if (runningArticles.has(articleId)) return refused(429, READ_OUT_MESSAGES.busyArticle)
  if (runningArticles.size >= MAX_RUNNING) return refused(429, READ_OUT_MESSAGES.busy)
  runningArticles.add(articleId)
  return { release: () => runningArticles.delete(articleId) }
}

export type PreparedReadOut = { article: Article; spoken: string; sourceHash: string; engines: SpeechEngine[] }

/** Every check before synthesis (role, body, article, text): a ready job or the refusal to answer. */
export async function prepareReadOut(req: PayloadRequest, id: string, body: ReadOutRequest): Promise<PreparedReadOut | ReadOutResult> {
  const refusal = refuseCaller(req)
  if (refusal) return refusal
  const checked = checkReadOutRequest(body)
  if ('status' in checked) return checked
  const article = await newestVersion(req, id)
  if (!article) return refused(404, READ_OUT_MESSAGES.notFound)
  const source = articleSpeechSource(article)
  if (!source.trim()) return refused(400, READ_OUT_MESSAGES.empty)
  const spoken = checked.spoken ?? (await normaliseWithCentreSettings(req.payload, source)).spoken
  if (spoken.length > SPOKEN_MAX_CHARS) return refused(400, READ_OUT_MESSAGES.spokenLong)
  return { article, spoken, sourceHash: textFingerprint(source), engines: checked.engines }
}

/**
 * Synthesises and attaches. Returns the new clip and where it went: `live` (attached to the
 * published version) or `draft` (a new draft version, approved with the text).
 */
export async function makeReadOut(req: PayloadRequest, job: PreparedReadOut, onProgress?: (progress: SynthesisProgress) => void): Promise<ReadOutResult> {
  const { article } = job
  const signal = AbortSignal.timeout(PROVIDER_TIMEOUT_MS)
  let clip: AudioClip
  try {
    clip = await synthesiseClip(req.payload, { spoken: job.spoken, title: readOutTitle(article), kind: 'read-out', engines: job.engines, onProgress, signal, req })
  } catch (error) {
    if (error instanceof SpeechError) return { status: error.retryable ? 503 : 502, body: { message: error.message } }
    throw error
  }
  onProgress?.({ done: 1, total: 1, stage: 'Đang lưu vào bài viết' })
  const live = article._status === 'published' && userHasRole(req.user, 'admin', 'approver')
  await attachReadOut(req, article, { clipId: clip.id, spoken: job.spoken, sourceHash: job.sourceHash, live })
  await recordAudit(req, {
    action: 'read-out-made',
    collection: 'articles',
    docId: article.id,
    docTitle: article.title,
    reason: `${clip.synthetic?.engine ?? ''} (${clip.synthetic?.voice ?? ''}), ${Math.round(clip.durationSeconds ?? 0)} giây${live ? '' : ', chờ duyệt cùng bài'}`,
  })
  return {
    status: 200,
    body: {
      message: live ? 'Đã tạo bài đọc và gắn vào bài đang xuất bản.' : 'Đã tạo bài đọc. Bài đọc được duyệt cùng bài viết.',
      attached: live ? 'live' : 'draft',
      spoken: job.spoken,
      clip: clipSummary(clip),
    },
  }
}

/** Writes the read-out into the article: the live version (approver, nothing pending) or a new draft. */
export async function attachReadOut(req: PayloadRequest | { payload: Payload }, article: Article, read: { clipId: number | string | null; spoken: string; sourceHash: string; live: boolean }): Promise<void> {
  // The whole group is written back: a partial group would empty the fields not named.
  const broadcast = {
    ...article.broadcast,
    readOut: relationId(article.broadcast?.readOut),
    synthetic: read.clipId,
    spoken: read.spoken,
    spokenFrom: read.sourceHash,
  }
  await req.payload.update({
    collection: 'articles',
    id: article.id,
    data: { broadcast: broadcast as never, ...(read.live ? { _status: 'published' as const } : {}) },
    draft: !read.live,
    depth: 0,
    overrideAccess: true,
    ...('user' in req ? { req } : {}),
    context: { readOutAttached: true },
  })
}

/**
 * At approval: a synthetic read-out made before the text last changed is made again from the text
 * being approved (normalised afresh: corrections to the old text no longer apply), so what goes
 * live says what the article says. If no voice answers, the outdated read-out is taken off rather
 * than aired. Returns a note for the approver, or null when nothing had to be done.
 */
export async function refreshOutdatedReadOut(req: PayloadRequest, article: Article): Promise<string | null> {
  if (!article.broadcast?.synthetic || readOutIsCurrent(article)) return null
  const source = articleSpeechSource(article)
  const { preferred, local } = speechEnginesFromEnv()
  let clipId: number | string | null = null
  let spoken = ''
  try {
    if (!source.trim()) throw new SpeechError(READ_OUT_MESSAGES.empty)
    spoken = (await normaliseWithCentreSettings(req.payload, source)).spoken
    const engines = preferred === local ? [local] : [preferred, local]
    const clip = await synthesiseClip(req.payload, { spoken, title: readOutTitle(article), kind: 'read-out', engines, req })
    clipId = clip.id
  } catch (error) {
    req.payload.logger.warn({ msg: 'outdated read-out could not be made again', article: article.id, detail: error instanceof Error ? error.message : String(error) })
  }
  await attachReadOut(req, article, { clipId, spoken: clipId === null ? '' : spoken, sourceHash: clipId === null ? '' : textFingerprint(source), live: false })
  return clipId === null ? 'Bài đọc giọng máy cũ không khớp nội dung mới và không tạo lại được, đã gỡ khỏi bài.' : 'Bài đọc giọng máy đã được tạo lại theo nội dung mới.'
}

/**
 * The demo seed's read-out: the article's text, normalised, in the local voice, attached to the
 * live version as if an approver had made it. Throws a SpeechError when espeak-ng is missing (the
 * seed then records a placeholder tone instead).
 */
export async function seedSyntheticReadOut(payload: Payload, articleId: number | string): Promise<AudioClip> {
  const article = await payload.findByID({ collection: 'articles', id: articleId, depth: 0, overrideAccess: true })
  const source = articleSpeechSource(article)
  const spoken = (await normaliseWithCentreSettings(payload, source)).spoken
  const clip = await synthesiseClip(payload, { spoken, title: readOutTitle(article), kind: 'read-out', engines: [speechEnginesFromEnv().local] })
  await attachReadOut({ payload }, article, { clipId: clip.id, spoken, sourceHash: textFingerprint(source), live: true })
  return clip
}
