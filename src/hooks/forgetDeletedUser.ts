import type { CollectionBeforeDeleteHook } from 'payload'
import { sql } from '@payloadcms/db-sqlite'

/**
 * A staff account that leaves must not take the records it signed with it, nor be blocked by them:
 * an emergency it released or stopped stays released or stopped (the air does not change), and only
 * who did it is emptied. On SQLite the release columns were added by ALTER TABLE, which keeps no
 * ON DELETE SET NULL, so without this the user's deletion failed with a foreign-key error; on MongoDB
 * the ids would dangle.
 */
export const forgetDeletedUserInReleases: CollectionBeforeDeleteHook = async ({ id, req }) => {
  for (const field of ['releasedBy', 'stoppedBy'] as const) {
    await req.payload.update({
      collection: 'announcements',
      where: { [field]: { equals: id } },
      data: { [field]: null },
      overrideAccess: true,
      depth: 0,
      req,
    })
  }
}

/**
 * Article columns that point at a user and were added by ALTER TABLE (so, on SQLite, without ON DELETE
 * SET NULL): who created it, who submitted it, who returned or approved it, on the article and on
 * every version. The names stay (review.*ByName and the audit log are snapshots); only the link goes.
 */
const ARTICLE_USER_COLUMNS: [table: string, column: string][] = [
  ['articles', 'created_by_id'],
  ['articles', 'review_submitted_by_id'],
  ['articles', 'review_decided_by_id'],
  ['_articles_v', 'version_created_by_id'],
  ['_articles_v', 'version_review_submitted_by_id'],
  ['_articles_v', 'version_review_decided_by_id'],
]

type SqliteAdapter = { name?: string; drizzle?: SqlRunner; sessions?: Record<string, { db?: SqlRunner }> }
type SqlRunner = { run: (query: ReturnType<typeof sql>) => Promise<unknown> }

/**
 * Deleting an account that wrote, submitted or approved articles failed on SQLite with a foreign-key
 * error. The links are emptied in place, without a new article version or hooks: the history must not
 * change because someone left. MongoDB has no foreign keys; a dangling id there reads as no user.
 */
export const forgetDeletedUserInArticles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const adapter = req.payload.db as unknown as SqliteAdapter
  if (adapter.name !== 'sqlite' || !adapter.drizzle) return
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const db = (transactionID !== undefined && transactionID !== null && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  for (const [table, column] of ARTICLE_USER_COLUMNS) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = NULL WHERE ${sql.identifier(column)} = ${id}`)
  }
}
