/**
 * Who is told what by e-mail when a story moves through approval (src/newsroom/reviewStates), and
 * the words of the mail. Pure: no Payload, no clock, no environment; the hook
 * (src/notify/notifyReviewByEmail) passes in the article before and after the save, the staff
 * accounts, the time and the addresses.
 */
import { formatVietnameseDateTime } from '../lib/viDate'

export type NoticeKind = 'submitted' | 'returned' | 'scheduled' | 'published'

/** What a version says about the story: its approval state and whether it is the live version. */
export type ReviewSnapshot = { state?: string | null; status?: string | null }

/**
 * The notice a save calls for, from the newest version before it and the version it wrote; null for
 * the many saves that change no state (draft edits, a repeated or retried request).
 */
export function noticeKindFor(previous: ReviewSnapshot | null | undefined, current: ReviewSnapshot): NoticeKind | null {
  // Going live wins: an approval moves the state and the status in one save.
  if (current.status === 'published' && previous?.status !== 'published') return 'published'
  if (current.state === previous?.state) return null
  if (current.state === 'pending') return 'submitted'
  if (current.state === 'returned') return 'returned'
  if (current.state === 'scheduled') return 'scheduled'
  return null
}

export type StaffAccount = { id: string | number; email?: string | null; name?: string | null; role?: string | null }

const APPROVING_ROLES = ['approver', 'admin']
const STAFF_ROLES = ['admin', 'editor', 'approver', 'technician']
const ADDRESS = /^[^\s@<>",;]+@[^\s@<>",;]+$/

/**
 * The accounts to write to, one mail each (staff addresses stay private from one another):
 * a submitted story goes to every approver and admin; a returned, scheduled or published one to the
 * person who submitted it. Never to the person who did it, nor to an account without a usable
 * address or a staff role. `staff` and `submitter` are read from the users collection when the
 * mail is sent, so a deleted account is simply absent.
 */
export function recipientsFor(
  kind: NoticeKind,
  { staff, submitter, actorId }: { staff: StaffAccount[]; submitter?: StaffAccount | null; actorId?: string | number | null },
): StaffAccount[] {
  const candidates = kind === 'submitted' ? staff.filter((account) => APPROVING_ROLES.includes(account.role ?? '')) : submitter ? [submitter] : []
  const seen = new Set<string>()
  return candidates.filter((account) => {
    if (actorId !== undefined && actorId !== null && String(account.id) === String(actorId)) return false
    if (!STAFF_ROLES.includes(account.role ?? '')) return false
    const address = account.email?.trim().toLowerCase()
    if (!address || !ADDRESS.test(address) || seen.has(address)) return false
    seen.add(address)
    return true
  })
}

export type NoticeInput = {
  kind: NoticeKind
  title: string
  /** Who submitted (submitted), returned (returned), approved (scheduled, published). */
  byName?: string | null
  /** When it happened. */
  at: Date
  timeZone: string
  /** The return's reason. */
  reason?: string | null
  /** When a scheduled story goes live. */
  publishAt?: Date | null
  /** The article in the admin. */
  editUrl: string
  /** The article on the public site, once published. */
  publicUrl?: string | null
  /** The account the mail is for, to greet by name. */
  recipientName?: string | null
}

export type Notice = { subject: string; text: string; html: string }

const SUBJECT_PREFIX: Record<NoticeKind, string> = {
  submitted: 'Tin chờ duyệt',
  returned: 'Tin bị trả lại',
  scheduled: 'Tin đã duyệt, hẹn giờ xuất bản',
  published: 'Tin đã xuất bản',
}

const SUBJECT_MAX = 160
const NO_TITLE = '(chưa có tiêu đề)'

/** The subject and the plain-text and HTML bodies, in Vietnamese. */
export function composeNotice(input: NoticeInput): Notice {
  const title = oneLine(input.title) || NO_TITLE
  const subject = clip(`[Loa] ${SUBJECT_PREFIX[input.kind]}: ${title}`, SUBJECT_MAX)
  const when = formatVietnameseDateTime(input.at, input.timeZone)
  const by = oneLine(input.byName ?? '') || 'Không rõ'

  // One row per fact, written out as text and as HTML; the HTML escapes everything a person typed.
  const lines: Array<{ label?: string; value: string; multiline?: boolean; link?: boolean }> = []
  let lead: string
  let action: string
  switch (input.kind) {
    case 'submitted':
      lead = `Tin “${title}” đang chờ duyệt.`
      lines.push({ label: 'Người gửi duyệt', value: by }, { label: 'Gửi lúc', value: when })
      action = 'Mở bài để duyệt hoặc trả lại'
      break
    case 'returned':
      lead = `Tin “${title}” đã bị trả lại để sửa.`
      lines.push(
        { label: 'Người trả lại', value: by },
        { label: 'Lúc', value: when },
        { label: 'Lý do', value: (input.reason ?? '').trim() || '(không ghi lý do)', multiline: true },
      )
      action = 'Mở bài để sửa và gửi duyệt lại'
      break
    case 'scheduled':
      lead = `Tin “${title}” đã được duyệt và hẹn giờ xuất bản.`
      lines.push(
        { label: 'Người duyệt', value: by },
        { label: 'Duyệt lúc', value: when },
        { label: 'Xuất bản lúc', value: input.publishAt ? formatVietnameseDateTime(input.publishAt, input.timeZone) : 'Không rõ' },
      )
      action = 'Mở bài'
      break
    case 'published':
      lead = `Tin “${title}” đã được xuất bản.`
      lines.push({ label: 'Người duyệt', value: by }, { label: 'Xuất bản lúc', value: when })
      if (input.publicUrl) lines.push({ label: 'Trên trang', value: input.publicUrl, link: true })
      action = 'Mở bài'
      break
  }
  lines.push({ label: action, value: input.editUrl, link: true })

  const greeting = input.recipientName?.trim() ? `Chào ${oneLine(input.recipientName)},` : 'Chào anh/chị,'
  const footer = 'Thư tự động từ Loa, phần mềm của Trung tâm. Xin đừng trả lời thư này.'

  const text = [greeting, '', lead, '', ...lines.map((line) => `${line.label}: ${line.value}`), '', '—', footer, ''].join('\n')
  const html = [
    '<!doctype html><html lang="vi"><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    '<table cellpadding="4" style="border-collapse: collapse">',
    ...lines.map((line) => `<tr><th align="left" valign="top">${escapeHtml(line.label ?? '')}</th><td>${htmlValue(line)}</td></tr>`),
    '</table>',
    `<p style="color: #666; font-size: 90%">${escapeHtml(footer)}</p>`,
    '</body></html>',
  ].join('\n')
  return { subject, text, html }
}

function htmlValue(line: { value: string; multiline?: boolean; link?: boolean }): string {
  if (line.link) return `<a href="${escapeHtml(line.value)}">${escapeHtml(line.value)}</a>`
  const escaped = escapeHtml(line.value)
  return line.multiline ? escaped.replace(/\r?\n/g, '<br>') : escaped
}

/** For the HTML part: nothing a person typed becomes markup. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/** One line: no line breaks or other control characters (a header cannot be split by a title). */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim()
}

function clip(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}
