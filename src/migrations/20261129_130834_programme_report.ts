import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`excluded\` text;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`warnings\` text;`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`max_silent_share_percent\` numeric DEFAULT 25;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`excluded\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`warnings\`;`)
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`max_silent_share_percent\`;`)
}
