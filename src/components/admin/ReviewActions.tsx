'use client'
import { useAuth, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { useRef, useState } from 'react'
import { instantFromLocal, STATION_TIME_ZONE } from '../../lib/viDate'
import { isReviewState } from '../../newsroom/reviewStates'
import { availableActions, type ReviewAction, type ReviewRole } from '../../newsroom/reviewTransitions'

/**
 * The article editor's approval buttons, in place of Payload's "Publish" (collection
 * admin.components.edit.PublishButton): an editor "Gửi duyệt" / "Rút lại"; an approver or admin
 * "Duyệt và xuất bản", "Hẹn giờ xuất bản" (station time) and "Trả lại" with a reason. Unsaved edits
 * are saved as a draft first, then the action is called (POST /api/articles/:id/review/…), then the
 * page is reloaded so every field and the status box show the new state. The server decides; the
 * buttons only follow the same rules (src/newsroom/reviewTransitions).
 */
type Busy = null | ReviewAction | 'schedule'

export function ReviewActions() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { user } = useAuth()
  const { submit, getData, setModified } = useForm()
  const modified = useFormModified()
  const state = useFormFields(([fields]) => fields['review.state']?.value)
  const submittedBy = useFormFields(([fields]) => fields['review.submittedBy']?.value)
  const [busy, setBusy] = useState<Busy>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [scheduling, setScheduling] = useState(false)
  const [when, setWhen] = useState('')
  const [reason, setReason] = useState('')
  const returnDialog = useRef<HTMLDialogElement>(null)

  const role = (user as { role?: ReviewRole } | null)?.role
  const reviewState = isReviewState(state) ? state : 'draft'
  const submitter = typeof submittedBy === 'object' && submittedBy !== null ? (submittedBy as { id?: number }).id ?? null : ((submittedBy as number | null | undefined) ?? null)
  // With unsaved edits there is something new to submit or approve once they are saved.
  const newestIsPublished = Boolean(id) && hasPublishedDoc && !unpublishedVersionCount && !modified
  const allowed = availableActions(role, user?.id ?? null, { state: reviewState, newestIsPublished, submittedBy: submitter })
  const publisher = role === 'admin' || role === 'approver'
  const shown: ReviewAction[] = publisher ? allowed.filter((action) => action !== 'submit' && action !== 'withdraw') : allowed
  if (!role || shown.length === 0) return null

  /** Saves unsaved edits as a draft (creating the article if it is new); returns its id. */
  async function saveDraftFirst(): Promise<string | number | null> {
    if (!id) {
      const response = await fetch('/api/articles?draft=true&depth=0', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ ...getData(), _status: 'draft' }),
      })
      const body = (await response.json().catch(() => ({}))) as { doc?: { id: number }; errors?: { message?: string }[]; message?: string }
      if (!response.ok || !body.doc) throw new Error(body.errors?.[0]?.message ?? body.message ?? 'Không lưu được bản nháp.')
      return body.doc.id
    }
    if (modified) {
      const saved = await submit({ action: `/api/articles/${id}?depth=0&draft=true`, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true })
      if (!saved) throw new Error('Không lưu được bản nháp; hãy kiểm tra các ô báo lỗi rồi thử lại.')
    }
    return id
  }

  async function run(action: ReviewAction, body: Record<string, unknown> = {}, label: Busy = action) {
    setBusy(label)
    setMessage(null)
    try {
      const articleId = await saveDraftFirst()
      const response = await fetch(`/api/articles/${articleId}/review/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const result = (await response.json().catch(() => ({}))) as { message?: string }
      if (!response.ok) {
        setMessage(result.message ?? 'Không thực hiện được thao tác.')
        return
      }
      setMessage(result.message ?? 'Đã xong.')
      // The form holds the state it was loaded with; reload so it shows the new one. Everything is
      // saved, so first let Payload drop its "leave without saving?" guard (an effect on `modified`).
      setModified(false)
      await new Promise((resolve) => setTimeout(resolve, 100))
      window.location.assign(`/admin/collections/articles/${articleId}`)
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Không kết nối được máy chủ. Hãy thử lại.')
    } finally {
      setBusy(null)
    }
  }

  function schedule() {
    const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(when)
    if (!match) return setMessage('Hãy chọn ngày và giờ xuất bản.')
    const [, year, month, day, hour, minute] = match.map(Number)
    const publishAt = instantFromLocal({ year, month, day, hour, minute }, STATION_TIME_ZONE)
    void run('approve', { publishAt: publishAt.toISOString() }, 'schedule')
  }

  function sendBack() {
    if (!reason.trim()) return setMessage('Vui lòng ghi lý do trả lại.')
    returnDialog.current?.close()
    void run('return', { reason })
  }

  const button = (action: ReviewAction, label: string, onClick: () => void, style = 'primary') =>
    shown.includes(action) ? (
      <button type="button" className={`btn btn--style-${style} btn--size-medium`} style={{ margin: 0 }} disabled={busy !== null} onClick={onClick} data-review-action={action}>
        {busy === action ? 'Đang xử lý…' : label}
      </button>
    ) : null

  return (
    <div className="review-actions" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      {button('submit', 'Gửi duyệt', () => void run('submit'))}
      {button('withdraw', 'Rút lại', () => void run('withdraw'), 'secondary')}
      {button('return', 'Trả lại', () => returnDialog.current?.showModal(), 'secondary')}
      {shown.includes('approve') && (
        <button type="button" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} disabled={busy !== null} onClick={() => setScheduling(!scheduling)}>
          {busy === 'schedule' ? 'Đang xử lý…' : 'Hẹn giờ xuất bản'}
        </button>
      )}
      {button('approve', 'Duyệt và xuất bản', () => void run('approve'))}
      {scheduling && (
        <span style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <label>
            Xuất bản lúc (giờ Việt Nam){' '}
            <input type="datetime-local" value={when} onChange={(event) => setWhen(event.target.value)} aria-label="Thời điểm xuất bản (giờ Việt Nam)" />
          </label>
          <button type="button" className="btn btn--style-primary btn--size-small" style={{ margin: 0 }} disabled={busy !== null} onClick={schedule}>
            Duyệt, hẹn giờ
          </button>
        </span>
      )}
      {message && (
        <span role="status" className="review-actions__message">
          {message}
        </span>
      )}
      <dialog ref={returnDialog} aria-label="Trả lại bài viết" style={{ padding: '1.5rem', maxWidth: '32rem', width: '90vw' }}>
        {/* Not a <form>: the dialog sits inside the document's form. */}
        <div>
          <h3 style={{ marginTop: 0 }}>Trả lại bài viết</h3>
          <label htmlFor="review-return-reason">Lý do trả lại (người viết sẽ thấy)</label>
          <textarea id="review-return-reason" required rows={5} style={{ width: '100%' }} value={reason} onChange={(event) => setReason(event.target.value)} />
          <div style={{ display: 'flex', gap: '0.5rem', marginTop: '1rem' }}>
            <button type="button" className="btn btn--style-primary btn--size-medium" style={{ margin: 0 }} onClick={sendBack} data-review-confirm="return">
              Trả lại
            </button>
            <button type="button" className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} onClick={() => returnDialog.current?.close()}>
              Hủy
            </button>
          </div>
        </div>
      </dialog>
    </div>
  )
}
