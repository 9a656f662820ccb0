import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`station\` ADD \`sound_output\` text DEFAULT 'none' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`sound_device\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`sound_output\`;`)
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`sound_device\`;`)
}
