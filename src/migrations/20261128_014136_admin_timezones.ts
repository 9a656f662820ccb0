import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/**
 * The `_tz` companions Payload adds to the date fields that now use the station's time zone. Rows
 * written before this migration need the station's zone too (a null `_tz` makes the admin fall back
 * to the browser's clock): SQLite gives existing rows the DEFAULT of an added column, so no UPDATE is
 * needed. The versions table is included because an article's edit form shows its newest version.
 */
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
