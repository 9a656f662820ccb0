import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { PUBLISHER_ROLES, roleOf, userHasRole } from '../../../access/roles'
import { actorOf, REVIEW_ACTION_CONTEXT } from '../../../newsroom/reviewService'
import { SCHEDULED_PUBLISH_ACTION } from '../../../newsroom/scheduledPublishJob'
import { isReviewAction, type PlainSave, reviewAfterSave, reviewOf } from '../../../newsroom/reviewTransitions'

const DRAFT_SAVE = 'reviewDraftSave'

/**
 * Notes whether this save writes only a draft version. The beforeChange hook cannot tell a draft save
 * from an unpublish (both carry `_status: 'draft'`), and a version restored as a draft still carries
 * the restored version's `_status` there. Runs after editorsSaveDrafts, which turns editors' saves
 * into draft saves.
 */
export const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update') {
    req.context[DRAFT_SAVE] = Boolean(args.draft) && (args.data as { _status?: unknown } | undefined)?._status !== 'published'
  } else if (operation === 'restoreVersion') {
    req.context[DRAFT_SAVE] = Boolean(args.draft)
  }
  return args
}

/**
 * The review group changes only through the approval actions (src/newsroom/reviewService), whatever
 * a client sends: REST, bulk, GraphQL, a restored version or a copy. Other saves keep the newest
 * version's review group, with the exceptions in reviewAfterSave (a publish approves, an editor's edit
 * of a scheduled article withdraws the approval, an unpublish makes a draft, a new article is a draft).
 */
export const keepReviewUnlessAction: CollectionBeforeChangeHook = async ({ data, operation, originalDoc, req }) => {
  const action = req.context[REVIEW_ACTION_CONTEXT]
  if (isReviewAction(action)) return data

  const current = reviewOf(operation === 'create' ? undefined : originalDoc?.review)
  const draftSave = typeof req.context[DRAFT_SAVE] === 'boolean' ? (req.context[DRAFT_SAVE] as boolean) : data._status !== 'published'
  const status = data._status ?? originalDoc?._status ?? 'draft'
  const publisher = userHasRole(req.user, ...PUBLISHER_ROLES) ? actorOf(req.user) : null

  let save: PlainSave
  if (action === SCHEDULED_PUBLISH_ACTION && status === 'published') save = { kind: 'scheduledPublish' }
  else if (!draftSave && status === 'published') save = { kind: 'publish', by: publisher }
  else if (operation === 'create') save = { kind: 'create' }
  else if (!draftSave && data._status === 'draft' && (await liveIsPublished(req, originalDoc?.id))) save = { kind: 'unpublish' }
  else save = { kind: 'draftSave', role: roleOf(req.user) }

  const base = operation === 'create' && save.kind !== 'create' ? reviewOf(undefined) : current
  data.review = reviewAfterSave(save, base, new Date())
  return data
}

async function liveIsPublished(req: Parameters<CollectionBeforeChangeHook>[0]['req'], id: unknown): Promise<boolean> {
  if (id === undefined || id === null) return false
  const live = await req.payload.db.findOne({ collection: 'articles', where: { id: { equals: id } }, req })
  return (live as { _status?: unknown } | null)?._status === 'published'
}
