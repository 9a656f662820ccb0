import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`station\` ADD \`fill_between_slots\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`dead_air_seconds\` numeric DEFAULT 15;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`fill_between_slots\`;`)
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`dead_air_seconds\`;`)
}
