import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/** The `_tz` companions Payload adds to the date fields that now use the station's time zone. */
const TIMEZONE_COLUMNS = [
  ['articles', 'publishedat_tz'],
  ['articles', 'broadcast_from_tz'],
  ['articles', 'broadcast_to_tz'],
  ['_articles_v', 'version_publishedat_tz'],
  ['_articles_v', 'version_broadcast_from_tz'],
  ['_articles_v', 'version_broadcast_to_tz'],
  ['announcements', 'validfrom_tz'],
  ['announcements', 'validto_tz'],
  ['programmes', 'startsat_tz'],
  ['programmes', 'assembledat_tz'],
  ['programmes', 'nextattemptat_tz'],
] as const

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`broadcast_from_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`broadcast_to_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_broadcast_from_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_broadcast_to_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`validfrom_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`validto_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`startsat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`assembledat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`nextattemptat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh';`)
  await backfillStationTimezone({ db, payload, req } as MigrateUpArgs)
}

/**
 * Rows written before this migration get the station's zone: a null `_tz` makes the admin fall back
 * to the browser's clock. SQLite already gives existing rows the DEFAULT of an added column; the
 * UPDATE states the intent and still holds if the statements above are regenerated without one.
 * The versions table is included because the edit form of an article shows its newest version.
 */
async function backfillStationTimezone({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, column] of TIMEZONE_COLUMNS) {
    await db.run(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = 'Asia/Ho_Chi_Minh' WHERE ${sql.identifier(column)} IS NULL`)
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`broadcast_from_tz\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`broadcast_to_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_publishedat_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_broadcast_from_tz\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_broadcast_to_tz\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`validfrom_tz\`;`)
  await db.run(sql`ALTER TABLE \`announcements\` DROP COLUMN \`validto_tz\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`startsat_tz\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`assembledat_tz\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`nextattemptat_tz\`;`)
}
