import { describe, expect, it } from 'vitest'
import type { ReviewState } from '../../../src/newsroom/reviewStates'
import {
  type Actor,
  availableActions,
  checkPublishAt,
  checkReturnReason,
  EMPTY_REVIEW,
  refuseAction,
  REVIEW_MESSAGES,
  type ReviewAction,
  type ReviewRole,
  reviewAfterAction,
  reviewAfterSave,
  reviewOf,
} from '../../../src/newsroom/reviewTransitions'

const editor: Actor = { id: 2, role: 'editor', name: 'Biên tập A' }
const otherEditor: Actor = { id: 3, role: 'editor', name: 'Biên tập B' }
const approver: Actor = { id: 4, role: 'approver', name: 'Lãnh đạo C' }
const admin: Actor = { id: 1, role: 'admin', name: 'Quản trị' }
const technician: Actor = { id: 5, role: 'technician', name: 'Kỹ thuật D' }
const nobody: Actor = { id: 0, role: undefined, name: '' }

/** An article whose newest version is a draft (never published or with unpublished changes), submitted by the editor. */
const article = (state: ReviewState, newestIsPublished = false) => ({ state, newestIsPublished, submittedBy: state === 'draft' ? null : editor.id })

type Row = [action: ReviewAction, actor: Actor, state: ReviewState, newestIsPublished: boolean, expected: number | null]

describe('who may take which action in which state', () => {
  const rows: Row[] = [
    // Gửi duyệt: writers, from a draft, a returned story, or changes to a published one.
    ['submit', editor, 'draft', false, null],
    ['submit', editor, 'returned', false, null],
    ['submit', editor, 'published', false, null],
    ['submit', editor, 'published', true, 409],
    ['submit', editor, 'draft', true, 409],
    ['submit', editor, 'pending', false, 409],
    ['submit', editor, 'scheduled', false, 409],
    ['submit', approver, 'draft', false, null],
    ['submit', admin, 'returned', false, null],
    ['submit', technician, 'draft', false, 403],
    ['submit', nobody, 'draft', false, 401],
    // Rút lại: the submitter or a publisher, only while waiting.
    ['withdraw', editor, 'pending', false, null],
    ['withdraw', otherEditor, 'pending', false, 403],
    ['withdraw', approver, 'pending', false, null],
    ['withdraw', admin, 'pending', false, null],
    ['withdraw', editor, 'draft', false, 409],
    ['withdraw', editor, 'returned', false, 409],
    ['withdraw', editor, 'scheduled', false, 409],
    ['withdraw', technician, 'pending', false, 403],
    ['withdraw', nobody, 'pending', false, 401],
    // Trả lại: publishers, while waiting or scheduled.
    ['return', approver, 'pending', false, null],
    ['return', admin, 'scheduled', false, null],
    ['return', approver, 'draft', false, 409],
    ['return', approver, 'returned', false, 409],
    ['return', approver, 'published', true, 409],
    ['return', editor, 'pending', false, 403],
    ['return', technician, 'pending', false, 403],
    ['return', nobody, 'pending', false, 401],
    // Duyệt: publishers, whenever there is something not yet live (or a schedule to change).
    ['approve', approver, 'pending', false, null],
    ['approve', approver, 'scheduled', false, null],
    ['approve', admin, 'draft', false, null],
    ['approve', approver, 'published', false, null],
    ['approve', approver, 'published', true, 409],
    ['approve', editor, 'pending', false, 403],
    ['approve', technician, 'pending', false, 403],
    ['approve', nobody, 'pending', false, 401],
  ]
  it.each(rows)('%s by %o on %s (newest published: %s) → %s', (action, actor, state, newestIsPublished, expected) => {
    const refusal = refuseAction(action, actor, article(state, newestIsPublished))
    expect(refusal?.status ?? null).toBe(expected)
    if (refusal) expect(refusal.message).toMatch(/[àáảãạăâđêôơưộệốờ]/)
  })

  it('offers the editor Gửi duyệt on a draft and Rút lại while waiting, and the approver the decisions', () => {
    expect(availableActions('editor', editor.id, article('draft'))).toEqual(['submit'])
    expect(availableActions('editor', editor.id, article('pending'))).toEqual(['withdraw'])
    expect(availableActions('editor', otherEditor.id, article('pending'))).toEqual([])
    expect(availableActions('approver', approver.id, article('pending'))).toEqual(['withdraw', 'return', 'approve'])
    expect(availableActions('technician' as ReviewRole, technician.id, article('pending'))).toEqual([])
    expect(availableActions(undefined, null, article('pending'))).toEqual([])
  })
})

describe('the reason for a return and the time of a scheduled publish', () => {
  it.each([
    [undefined, REVIEW_MESSAGES.reasonMissing],
    ['', REVIEW_MESSAGES.reasonMissing],
    ['   \n ', REVIEW_MESSAGES.reasonMissing],
    [42, REVIEW_MESSAGES.reasonMissing],
    ['x'.repeat(2001), REVIEW_MESSAGES.reasonTooLong],
  ])('refuses %j', (reason, message) => {
    expect(checkReturnReason(reason)).toEqual({ status: 400, message })
  })
  it('keeps a reason trimmed', () => {
    expect(checkReturnReason('  Thiếu nguồn tin.  ')).toEqual({ reason: 'Thiếu nguồn tin.' })
  })

  const now = new Date('2026-12-01T03:00:00Z')
  it.each([
    [undefined, null],
    [null, null],
    ['', null],
    ['2026-12-01T10:30:00+07:00', '2026-12-01T03:30:00.000Z'],
    ['2026-12-01T03:00:01Z', '2026-12-01T03:00:01.000Z'],
  ])('accepts publishAt %j', (publishAt, expected) => {
    const checked = checkPublishAt(publishAt, now)
    expect('publishAt' in checked && (checked.publishAt?.toISOString() ?? null)).toBe(expected)
  })
  it.each([
    ['2026-12-01T10:30', REVIEW_MESSAGES.publishAtInvalid],
    ['ngày mai', REVIEW_MESSAGES.publishAtInvalid],
    [1764558000000, REVIEW_MESSAGES.publishAtInvalid],
    ['2026-13-45T10:30:00+07:00', REVIEW_MESSAGES.publishAtInvalid],
    ['2026-12-01T10:00:00+07:00', REVIEW_MESSAGES.publishAtPast],
    ['2026-12-01T09:59:00+07:00', REVIEW_MESSAGES.publishAtPast],
  ])('refuses publishAt %j', (publishAt, message) => {
    expect(checkPublishAt(publishAt, now)).toEqual({ status: 400, message })
  })
})

describe('the review group after an action or a plain save', () => {
  const now = new Date('2026-12-01T03:00:00Z')
  const at = now.toISOString()
  const pending = reviewAfterAction('submit', EMPTY_REVIEW, editor, now)

  it('records who submitted, who returned with which reason, who approved and when', () => {
    expect(pending).toEqual({ ...EMPTY_REVIEW, state: 'pending', submittedAt: at, submittedBy: 2, submittedByName: 'Biên tập A' })
    const returned = reviewAfterAction('return', pending, approver, now, { reason: 'Thiếu nguồn.' })
    expect(returned).toMatchObject({ state: 'returned', returnReason: 'Thiếu nguồn.', decidedBy: 4, decidedByName: 'Lãnh đạo C', decidedAt: at, submittedBy: 2 })
    const resubmitted = reviewAfterAction('submit', returned, editor, now)
    expect(resubmitted.returnReason).toBeNull()
    expect(resubmitted.decidedBy).toBeNull()
    expect(reviewAfterAction('approve', resubmitted, approver, now)).toMatchObject({ state: 'published', decidedByName: 'Lãnh đạo C', publishAt: null })
    const publishAt = new Date('2026-12-02T01:00:00Z')
    expect(reviewAfterAction('approve', resubmitted, approver, now, { publishAt })).toMatchObject({ state: 'scheduled', publishAt: publishAt.toISOString() })
    expect(reviewAfterAction('withdraw', pending, editor, now)).toEqual(EMPTY_REVIEW)
  })

  const scheduled = reviewAfterAction('approve', pending, approver, now, { publishAt: new Date('2026-12-02T01:00:00Z') })
  it.each<[string, Parameters<typeof reviewAfterSave>[0], typeof pending, Partial<typeof pending>]>([
    ['an editor edits a waiting story: still waiting', { kind: 'draftSave', role: 'editor' }, pending, pending],
    ['an editor edits a scheduled story: approval withdrawn', { kind: 'draftSave', role: 'editor' }, scheduled, { state: 'draft', publishAt: null, decidedBy: null }],
    ['an approver edits a scheduled story: still scheduled', { kind: 'draftSave', role: 'approver' }, scheduled, scheduled],
    ['an approver publishes directly: approved by them', { kind: 'publish', by: approver }, pending, { state: 'published', decidedBy: 4, decidedAt: at }],
    ['trusted code publishes: published, nobody named', { kind: 'publish', by: null }, pending, { state: 'published', decidedBy: null }],
    ['the scheduled job publishes: the approval stays', { kind: 'scheduledPublish' }, scheduled, { state: 'published', decidedBy: 4, publishAt: scheduled.publishAt }],
    ['an unpublish: a draft', { kind: 'unpublish' }, { ...pending, state: 'published' }, { state: 'draft' }],
    ['a new article or a copy: a draft', { kind: 'create' }, scheduled, EMPTY_REVIEW],
  ])('%s', (_, save, current, expected) => {
    expect(reviewAfterSave(save, current, now)).toMatchObject(expected)
  })

  it('reads stored groups, populated or not, and treats unknown states as drafts', () => {
    expect(reviewOf(undefined)).toEqual(EMPTY_REVIEW)
    expect(reviewOf({ state: 'bogus' }).state).toBe('draft')
    expect(reviewOf({ state: 'pending', submittedBy: { id: 7, name: 'X' }, submittedAt: '2026-12-01T03:00:00.000Z' })).toMatchObject({ submittedBy: 7 })
  })
})
