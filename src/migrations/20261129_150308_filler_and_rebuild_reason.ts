import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/**
 * Issue 9: the station filler (station.fill_silence, station.filler_id) and the rebuild mark of a
 * programme (programmes.rebuild_reason). filler_id is written with ON DELETE set null by hand, like
 * intro_id and outro_id in the table's CREATE: drizzle leaves the action out of an ADD COLUMN, and
 * deleting the filler clip must clear the setting, not fail.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`rebuild_reason\` text;`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`fill_silence\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`filler_id\` integer REFERENCES audio_clips(id) ON DELETE set null;`)
  await db.run(sql`CREATE INDEX \`station_filler_idx\` ON \`station\` (\`filler_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_station\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text DEFAULT 'Đài Truyền thanh cơ sở' NOT NULL,
  	\`time_zone\` text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL,
  	\`loudness_target\` numeric DEFAULT -16 NOT NULL,
  	\`true_peak\` numeric DEFAULT -1.5 NOT NULL,
  	\`bitrate_kbps\` numeric DEFAULT 128 NOT NULL,
  	\`sample_rate\` numeric DEFAULT 44100 NOT NULL,
  	\`channels\` text DEFAULT '1' NOT NULL,
  	\`gap_seconds\` numeric DEFAULT 0.8 NOT NULL,
  	\`lead_minutes\` numeric DEFAULT 60 NOT NULL,
  	\`max_silent_share_percent\` numeric DEFAULT 25,
  	\`intro_id\` integer,
  	\`outro_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`intro_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outro_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_station\`("id", "name", "time_zone", "loudness_target", "true_peak", "bitrate_kbps", "sample_rate", "channels", "gap_seconds", "lead_minutes", "max_silent_share_percent", "intro_id", "outro_id", "updated_at", "created_at") SELECT "id", "name", "time_zone", "loudness_target", "true_peak", "bitrate_kbps", "sample_rate", "channels", "gap_seconds", "lead_minutes", "max_silent_share_percent", "intro_id", "outro_id", "updated_at", "created_at" FROM \`station\`;`)
  await db.run(sql`DROP TABLE \`station\`;`)
  await db.run(sql`ALTER TABLE \`__new_station\` RENAME TO \`station\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`station_intro_idx\` ON \`station\` (\`intro_id\`);`)
  await db.run(sql`CREATE INDEX \`station_outro_idx\` ON \`station\` (\`outro_id\`);`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`rebuild_reason\`;`)
}
