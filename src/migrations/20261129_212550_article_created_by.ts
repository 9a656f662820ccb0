import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  	\`search_text\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`category_id\`) REFERENCES \`categories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`broadcast_read_out_id\`) REFERENCES \`audio_clips\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "slug", "summary", "content", "category_id", "hero_image_id", "source_name", "source_url", "author", "published_at", "publishedat_tz", "broadcast_include", "broadcast_script", "broadcast_read_out_id", "broadcast_from", "broadcast_from_tz", "broadcast_to", "broadcast_to_tz", "review_state", "review_submitted_at", "review_submittedat_tz", "review_submitted_by_id", "review_submitted_by_name", "review_return_reason", "review_decided_at", "review_decidedat_tz", "review_decided_by_id", "review_decided_by_name", "review_publish_at", "review_publishat_tz", "search_text", "updated_at", "created_at", "_status") SELECT "id", "title", "slug", "summary", "content", "category_id", "hero_image_id", "source_name", "source_url", "author", "published_at", "publishedat_tz", "broadcast_include", "broadcast_script", "broadcast_read_out_id", "broadcast_from", "broadcast_from_tz", "broadcast_to", "broadcast_to_tz", "review_state", "review_submitted_at", "review_submittedat_tz", "review_submitted_by_id", "review_submitted_by_name", "review_return_reason", "review_decided_at", "review_decidedat_tz", "review_decided_by_id", "review_decided_by_name", "review_publish_at", "review_publishat_tz", "search_text", "updated_at", "created_at", "_status" FROM \`articles\`;`)
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
  	FOREIGN KEY (\`version_review_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_slug", "version_summary", "version_content", "version_category_id", "version_hero_image_id", "version_source_name", "version_source_url", "version_author", "version_published_at", "version_publishedat_tz", "version_broadcast_include", "version_broadcast_script", "version_broadcast_read_out_id", "version_broadcast_from", "version_broadcast_from_tz", "version_broadcast_to", "version_broadcast_to_tz", "version_review_state", "version_review_submitted_at", "version_review_submittedat_tz", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_return_reason", "version_review_decided_at", "version_review_decidedat_tz", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_publish_at", "version_review_publishat_tz", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_slug", "version_summary", "version_content", "version_category_id", "version_hero_image_id", "version_source_name", "version_source_url", "version_author", "version_published_at", "version_publishedat_tz", "version_broadcast_include", "version_broadcast_script", "version_broadcast_read_out_id", "version_broadcast_from", "version_broadcast_from_tz", "version_broadcast_to", "version_broadcast_to_tz", "version_review_state", "version_review_submitted_at", "version_review_submittedat_tz", "version_review_submitted_by_id", "version_review_submitted_by_name", "version_review_return_reason", "version_review_decided_at", "version_review_decidedat_tz", "version_review_decided_by_id", "version_review_decided_by_name", "version_review_publish_at", "version_review_publishat_tz", "version_search_text", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
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
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_search_text_idx\` ON \`_articles_v\` (\`version_search_text\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_category_version__status_version_publishedAt_idx\` ON \`_articles_v\` (\`version_category_id\`,\`version__status\`,\`version_published_at\`);`)
}
