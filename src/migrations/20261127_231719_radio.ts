import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audio_clips\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text DEFAULT 'read-out' NOT NULL,
  	\`article_id\` integer,
  	\`duration_seconds\` numeric,
  	\`sample_rate\` numeric,
  	\`channels\` numeric,
  	\`loudness_lufs\` numeric,
  	\`true_peak_dbtp\` numeric,
  	\`codec\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	FOREIGN KEY (\`article_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audio_clips_article_idx\` ON \`audio_clips\` (\`article_id\`);`)
  await db.run(sql`CREATE INDEX \`audio_clips_updated_at_idx\` ON \`audio_clips\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audio_clips_created_at_idx\` ON \`audio_clips\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`audio_clips_filename_idx\` ON \`audio_clips\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`announcements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`clip_id\` integer,
  	\`level\` text DEFAULT 'normal' NOT NULL,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`clip_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`announcements_clip_idx\` ON \`announcements\` (\`clip_id\`);`)
  await db.run(sql`CREATE INDEX \`announcements_updated_at_idx\` ON \`announcements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`announcements_created_at_idx\` ON \`announcements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_slots_days\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`broadcast_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_slots_days_order_idx\` ON \`broadcast_slots_days\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_days_parent_idx\` ON \`broadcast_slots_days\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_slots_dates_off\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`date\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`broadcast_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_slots_dates_off_order_idx\` ON \`broadcast_slots_dates_off\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_dates_off_parent_id_idx\` ON \`broadcast_slots_dates_off\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_slots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`slug\` text,
  	\`kind\` text DEFAULT 'local' NOT NULL,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`valid_from\` text,
  	\`valid_to\` text,
  	\`rebroadcast_source_slug\` text,
  	\`rebroadcast_day_offset\` numeric DEFAULT -1,
  	\`relay_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`broadcast_slots_slug_idx\` ON \`broadcast_slots\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_updated_at_idx\` ON \`broadcast_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_created_at_idx\` ON \`broadcast_slots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`broadcast_slots_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`audio_clips_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`broadcast_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_clips_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`broadcast_slots_rels_order_idx\` ON \`broadcast_slots_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_rels_parent_idx\` ON \`broadcast_slots_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_rels_path_idx\` ON \`broadcast_slots_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`broadcast_slots_rels_audio_clips_id_idx\` ON \`broadcast_slots_rels\` (\`audio_clips_id\`);`)
  await db.run(sql`CREATE TABLE \`programmes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`date\` text NOT NULL,
  	\`slot_slug\` text NOT NULL,
  	\`starts_at\` text,
  	\`status\` text DEFAULT 'planned' NOT NULL,
  	\`file\` text,
  	\`duration_seconds\` numeric,
  	\`loudness_lufs\` numeric,
  	\`true_peak_dbtp\` numeric,
  	\`bytes\` numeric,
  	\`sha256\` text,
  	\`segments\` text,
  	\`dropped\` text,
  	\`content_hash\` text,
  	\`assembled_at\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`error\` text,
  	\`log_tail\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`programmes_date_idx\` ON \`programmes\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`programmes_slot_slug_idx\` ON \`programmes\` (\`slot_slug\`);`)
  await db.run(sql`CREATE INDEX \`programmes_status_idx\` ON \`programmes\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`programmes_updated_at_idx\` ON \`programmes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`programmes_created_at_idx\` ON \`programmes\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`date_slotSlug_idx\` ON \`programmes\` (\`date\`,\`slot_slug\`);`)
  await db.run(sql`CREATE TABLE \`assembly_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`owner\` text NOT NULL,
  	\`expires_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`assembly_locks_key_idx\` ON \`assembly_locks\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`assembly_locks_expires_at_idx\` ON \`assembly_locks\` (\`expires_at\`);`)
  await db.run(sql`CREATE INDEX \`assembly_locks_updated_at_idx\` ON \`assembly_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assembly_locks_created_at_idx\` ON \`assembly_locks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`station\` (
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
  	\`intro_id\` integer,
  	\`outro_id\` integer,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`intro_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`outro_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`station_intro_idx\` ON \`station\` (\`intro_id\`);`)
  await db.run(sql`CREATE INDEX \`station_outro_idx\` ON \`station\` (\`outro_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audio_clips_id\` integer REFERENCES audio_clips(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`announcements_id\` integer REFERENCES announcements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`broadcast_slots_id\` integer REFERENCES broadcast_slots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`programmes_id\` integer REFERENCES programmes(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assembly_locks_id\` integer REFERENCES assembly_locks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audio_clips_id_idx\` ON \`payload_locked_documents_rels\` (\`audio_clips_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assembly_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`assembly_locks_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audio_clips\`;`)
  await db.run(sql`DROP TABLE \`announcements\`;`)
  await db.run(sql`DROP TABLE \`broadcast_slots_days\`;`)
  await db.run(sql`DROP TABLE \`broadcast_slots_dates_off\`;`)
  await db.run(sql`DROP TABLE \`broadcast_slots\`;`)
  await db.run(sql`DROP TABLE \`broadcast_slots_rels\`;`)
  await db.run(sql`DROP TABLE \`programmes\`;`)
  await db.run(sql`DROP TABLE \`assembly_locks\`;`)
  await db.run(sql`DROP TABLE \`station\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`categories_id\` integer,
  	\`tags_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "categories_id", "tags_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "categories_id", "tags_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
