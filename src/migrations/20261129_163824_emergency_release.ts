import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`released_at\` text;`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`released_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`stopped_at\` text;`)
  await db.run(sql`ALTER TABLE \`announcements\` ADD \`stopped_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`announcements_released_by_idx\` ON \`announcements\` (\`released_by_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_stopped_by_idx\` ON \`announcements\` (\`stopped_by_id\`);`)
  await db.run(sql`ALTER TABLE \`station\` ADD \`emergency_repeat_hours\` numeric DEFAULT 2;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`clip_id\` integer,
  	\`level\` text DEFAULT 'normal' NOT NULL,
  	\`valid_from\` text,
  	\`validfrom_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`valid_to\` text,
  	\`validto_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`clip_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_announcements\`("id", "title", "text", "clip_id", "level", "valid_from", "validfrom_tz", "valid_to", "validto_tz", "updated_at", "created_at") SELECT "id", "title", "text", "clip_id", "level", "valid_from", "validfrom_tz", "valid_to", "validto_tz", "updated_at", "created_at" FROM \`announcements\`;`)
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`ALTER TABLE \`__new_announcements\` RENAME TO \`announcements\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`announcements_clip_idx\` ON \`announcements\` (\`clip_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`station\` DROP COLUMN \`emergency_repeat_hours\`;`)
}
