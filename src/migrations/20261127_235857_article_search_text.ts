import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { lexicalToPlainText } from '../lib/lexicalText'
import { searchTextOf } from '../lib/search'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`search_text\` text;`)
  await db.run(sql`CREATE INDEX \`articles_search_text_idx\` ON \`articles\` (\`search_text\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_search_text\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`)
  await backfillSearchText({ db, payload, req } as MigrateUpArgs)
}

/**
 * Articles written before search existed get their search key now. Written straight to the main
 * table (no hooks, no new versions), since nothing an editor sees changes.
 */
async function backfillSearchText({ db }: MigrateUpArgs): Promise<void> {
  const rows = await db.all<{ id: number; title: string | null; summary: string | null; content: string | null }>(
    sql`SELECT id, title, summary, content FROM articles`,
  )
  for (const row of rows) {
    const content = row.content ? JSON.parse(row.content) : null
    const text = searchTextOf([row.title, row.summary, lexicalToPlainText(content)])
    await db.run(sql`UPDATE articles SET search_text = ${text} WHERE id = ${row.id}`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`search_text\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_version_version_search_text_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_search_text\`;`)
}
