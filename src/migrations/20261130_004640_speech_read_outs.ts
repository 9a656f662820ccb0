import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`speech_dictionary_readings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`reading\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`speech_dictionary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`speech_dictionary_readings_order_idx\` ON \`speech_dictionary_readings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`speech_dictionary_readings_parent_id_idx\` ON \`speech_dictionary_readings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`speech_dictionary\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`speech_dictionary_term_idx\` ON \`speech_dictionary\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`speech_dictionary_updated_at_idx\` ON \`speech_dictionary\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`speech_dictionary_created_at_idx\` ON \`speech_dictionary\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`broadcast_spoken\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`broadcast_synthetic_id\` integer REFERENCES audio_clips(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`broadcast_spoken_from\` text;`)
  await db.run(sql`CREATE INDEX \`articles_broadcast_broadcast_synthetic_idx\` ON \`articles\` (\`broadcast_synthetic_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_broadcast_spoken\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_broadcast_synthetic_id\` integer REFERENCES audio_clips(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_broadcast_spoken_from\` text;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_broadcast_version_broadcast_syntheti_idx\` ON \`_articles_v\` (\`version_broadcast_synthetic_id\`);`)
  await db.run(sql`ALTER TABLE \`audio_clips\` ADD \`synthetic_engine\` text;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` ADD \`synthetic_voice\` text;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` ADD \`synthetic_spoken_text\` text;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` ADD \`synthetic_spoken_hash\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`speech_dictionary_id\` integer REFERENCES speech_dictionary(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_speech_dictionary_id_idx\` ON \`payload_locked_documents_rels\` (\`speech_dictionary_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`speech_dictionary_readings\`;`)
  await db.run(sql`DROP TABLE \`speech_dictionary\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slug\` text,
  	\`summary\` text,
  	\`content\` text,
  	\`category_id\` integer,
  	\`hero_image_id\` integer,
  	\`source_name\` text,
  	\`source_url\` text,
  	\`author\` text,
  	\`published_at\` text,
  	\`publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`broadcast_include\` integer DEFAULT false,
  	\`broadcast_script\` text,
  	\`broadcast_read_out_id\` integer,
  	\`broadcast_from\` text,
  	\`broadcast_from_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`broadcast_to\` text,
  	\`broadcast_to_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`review_state\` text DEFAULT 'draft',
  	\`review_submitted_at\` text,
  	\`review_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`review_submitted_by_id\` integer,
  	\`review_submitted_by_name\` text,
  	\`review_return_reason\` text,
  	\`review_decided_at\` text,
  	\`review_decidedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`review_decided_by_id\` integer,
  	\`review_decided_by_name\` text,
  	\`review_publish_at\` text,
  	\`review_publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`created_by_id\` integer,
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`broadcast_read_out_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "summary", "content", "category_id", "hero_image_id", "source_name", "source_url", "author", "published_at", "publishedat_tz", "broadcast_include", "broadcast_script", "broadcast_read_out_id", "broadcast_from", "broadcast_from_tz", "broadcast_to", "broadcast_to_tz", "review_state", "review_submitted_at", "review_submittedat_tz", "review_submitted_by_id", "review_submitted_by_name", "review_return_reason", "review_decided_at", "review_decidedat_tz", "review_decided_by_id", "review_decided_by_name", "review_publish_at", "review_publishat_tz", "created_by_id", "search_text", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "content", "category_id", "hero_image_id", "source_name", "source_url", "author", "published_at", "publishedat_tz", "broadcast_include", "broadcast_script", "broadcast_read_out_id", "broadcast_from", "broadcast_from_tz", "broadcast_to", "broadcast_to_tz", "review_state", "review_submitted_at", "review_submittedat_tz", "review_submitted_by_id", "review_submitted_by_name", "review_return_reason", "review_decided_at", "review_decidedat_tz", "review_decided_by_id", "review_decided_by_name", "review_publish_at", "review_publishat_tz", "created_by_id", "search_text", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_category_idx\` ON \`articles\` (\`category_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_hero_image_idx\` ON \`articles\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_broadcast_broadcast_read_out_idx\` ON \`articles\` (\`broadcast_read_out_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_state_idx\` ON \`articles\` (\`review_state\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_submitted_by_idx\` ON \`articles\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_review_decided_by_idx\` ON \`articles\` (\`review_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_search_text_idx\` ON \`articles\` (\`search_text\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`category__status_publishedAt_idx\` ON \`articles\` (\`category_id\`,\`_status\`,\`published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_content\` text,
  	\`version_category_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_source_name\` text,
  	\`version_source_url\` text,
  	\`version_author\` text,
  	\`version_published_at\` text,
  	\`version_publishedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_broadcast_include\` integer DEFAULT false,
  	\`version_broadcast_script\` text,
  	\`version_broadcast_read_out_id\` integer,
  	\`version_broadcast_from\` text,
  	\`version_broadcast_from_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_broadcast_to\` text,
  	\`version_broadcast_to_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_review_state\` text DEFAULT 'draft',
  	\`version_review_submitted_at\` text,
  	\`version_review_submittedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_review_submitted_by_id\` integer,
  	\`version_review_submitted_by_name\` text,
  	\`version_review_return_reason\` text,
  	\`version_review_decided_at\` text,
  	\`version_review_decidedat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_review_decided_by_id\` integer,
  	\`version_review_decided_by_name\` text,
  	\`version_review_publish_at\` text,
  	\`version_review_publishat_tz\` text DEFAULT 'Asia/Ho_Chi_Minh',
  	\`version_created_by_id\` integer,
  	\`version_search_text\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_broadcast_read_out_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_content", "version_category_id", "version_hero_image_id", "version_source_name", "version_source_url", "version_author", "version_published_at", "version_publishedat_tz", "version_broadcast_include", "version_broadcast_script", "version_broadcast_read_out_id", "version_broadcast_from", "version_broadcast_from_tz", "version_broadcast_to", "version_broadcast_to_tz", "version_review_state", "version_review_submitted_at", "version_review_submittedat_tz", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_return_reason", "version_review_decided_at", "version_review_decidedat_tz", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_publish_at", "version_review_publishat_tz", "version_created_by_id", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_content", "version_category_id", "version_hero_image_id", "version_source_name", "version_source_url", "version_author", "version_published_at", "version_publishedat_tz", "version_broadcast_include", "version_broadcast_script", "version_broadcast_read_out_id", "version_broadcast_from", "version_broadcast_from_tz", "version_broadcast_to", "version_broadcast_to_tz", "version_review_state", "version_review_submitted_at", "version_review_submittedat_tz", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_return_reason", "version_review_decided_at", "version_review_decidedat_tz", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_publish_at", "version_review_publishat_tz", "version_created_by_id", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_category_idx\` ON \`_articles_v\` (\`version_category_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_hero_image_idx\` ON \`_articles_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_broadcast_version_broadcast_read_out_idx\` ON \`_articles_v\` (\`version_broadcast_read_out_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_state_idx\` ON \`_articles_v\` (\`version_review_state\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_submitted_by_idx\` ON \`_articles_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_version_review_decided_by_idx\` ON \`_articles_v\` (\`version_review_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_category_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_category_id\`,\`version__status\`,\`version_published_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`articles_id\` integer,
  	\`article_views_id\` integer,
  	\`categories_id\` integer,
  	\`tags_id\` integer,
  	\`media_id\` integer,
  	\`audio_clips_id\` integer,
  	\`announcements_id\` integer,
  	\`broadcast_slots_id\` integer,
  	\`holidays_id\` integer,
  	\`programmes_id\` integer,
  	\`as_run_id\` integer,
  	\`audit_log_id\` integer,
  	\`assembly_locks_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`articles_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`article_views_id\`) REFERENCES \`article_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`categories_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`tags_id\`) REFERENCES \`tags\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audio_clips_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`announcements_id\`) REFERENCES \`announcements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`broadcast_slots_id\`) REFERENCES \`broadcast_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`holidays_id\`) REFERENCES \`holidays\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`as_run_id\`) REFERENCES \`as_run\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assembly_locks_id\`) REFERENCES \`assembly_locks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "articles_id", "article_views_id", "categories_id", "tags_id", "media_id", "audio_clips_id", "announcements_id", "broadcast_slots_id", "holidays_id", "programmes_id", "as_run_id", "audit_log_id", "assembly_locks_id", "users_id") SELECT "id", "order", "parent_id", "path", "articles_id", "article_views_id", "categories_id", "tags_id", "media_id", "audio_clips_id", "announcements_id", "broadcast_slots_id", "holidays_id", "programmes_id", "as_run_id", "audit_log_id", "assembly_locks_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_article_views_id_idx\` ON \`payload_locked_documents_rels\` (\`article_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_categories_id_idx\` ON \`payload_locked_documents_rels\` (\`categories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_tags_id_idx\` ON \`payload_locked_documents_rels\` (\`tags_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audio_clips_id_idx\` ON \`payload_locked_documents_rels\` (\`audio_clips_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_announcements_id_idx\` ON \`payload_locked_documents_rels\` (\`announcements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_broadcast_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`broadcast_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_holidays_id_idx\` ON \`payload_locked_documents_rels\` (\`holidays_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_as_run_id_idx\` ON \`payload_locked_documents_rels\` (\`as_run_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assembly_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`assembly_locks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`ALTER TABLE \`audio_clips\` DROP COLUMN \`synthetic_engine\`;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` DROP COLUMN \`synthetic_voice\`;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` DROP COLUMN \`synthetic_spoken_text\`;`)
  await db.run(sql`ALTER TABLE \`audio_clips\` DROP COLUMN \`synthetic_spoken_hash\`;`)
}
