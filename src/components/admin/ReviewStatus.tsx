'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { formatVietnameseDateTime } from '../../lib/viDate'
import { isReviewState, REVIEW_STATE_WORDS } from '../../newsroom/reviewStates'

/**
 * The article's place in the approval flow, in the editor's sidebar, for everyone who edits it:
 * the state, and for a returned story the reason, who returned it and when; for an approved or
 * scheduled one who approved it and when (and the publish time).
 */
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : null)
const when = (value: unknown) => (text(value) ? formatVietnameseDateTime(value as string) : null)

export function ReviewStatus() {
  const { id, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const fields = {
    state: useFormFields(([all]) => all['review.state']?.value),
    submittedByName: useFormFields(([all]) => all['review.submittedByName']?.value),
    submittedAt: useFormFields(([all]) => all['review.submittedAt']?.value),
    returnReason: useFormFields(([all]) => all['review.returnReason']?.value),
    decidedByName: useFormFields(([all]) => all['review.decidedByName']?.value),
    decidedAt: useFormFields(([all]) => all['review.decidedAt']?.value),
    publishAt: useFormFields(([all]) => all['review.publishAt']?.value),
  }
  if (!id) return null
  const state = isReviewState(fields.state) ? fields.state : 'draft'
  const decided = [text(fields.decidedByName), when(fields.decidedAt)].filter(Boolean).join(', lúc ')
  const submitted = [text(fields.submittedByName), when(fields.submittedAt)].filter(Boolean).join(', lúc ')

  return (
    <div className="review-status" data-review-state={state} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem', marginBottom: '1.5rem' }}>
      <p style={{ margin: 0 }}>
        <strong>Trạng thái duyệt: {REVIEW_STATE_WORDS[state].vi}</strong>
      </p>
      {state === 'pending' && submitted && <p style={{ margin: '0.5rem 0 0' }}>Gửi duyệt: {submitted}</p>}
      {state === 'returned' && (
        <>
          {decided && <p style={{ margin: '0.5rem 0 0' }}>Trả lại: {decided}</p>}
          {text(fields.returnReason) && (
            <p style={{ margin: '0.5rem 0 0', whiteSpace: 'pre-wrap' }} className="review-status__reason">
              Lý do: {text(fields.returnReason)}
            </p>
          )}
          <p style={{ margin: '0.5rem 0 0' }}>Sửa bài theo lý do trên rồi bấm “Gửi duyệt”.</p>
        </>
      )}
      {(state === 'scheduled' || state === 'published') && decided && <p style={{ margin: '0.5rem 0 0' }}>Duyệt: {decided}</p>}
      {state === 'scheduled' && when(fields.publishAt) && <p style={{ margin: '0.5rem 0 0' }}>Sẽ xuất bản lúc: {when(fields.publishAt)}</p>}
      {state === 'published' && hasPublishedDoc && unpublishedVersionCount > 0 && (
        <p style={{ margin: '0.5rem 0 0' }}>Có thay đổi chưa gửi duyệt; bản đang xuất bản vẫn giữ nguyên.</p>
      )}
    </div>
  )
}
