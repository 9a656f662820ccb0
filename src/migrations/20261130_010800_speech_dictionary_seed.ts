import { randomBytes } from 'node:crypto'
import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { DEFAULT_DICTIONARY } from '../speech/normalise/defaultDictionary'

/**
 * Data only (the schema snapshot is the previous migration's): fills the speech dictionary with the
 * built-in abbreviations (src/speech/normalise/defaultDictionary) so the centre sees and edits them in
 * the admin. Terms already there are left as the centre wrote them. Plain SQL, not the Local API, so
 * the migration does not depend on fields added to the collection later.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const rows = await db.all<{ term: string }>(sql`SELECT \`term\` FROM \`speech_dictionary\``)
  const present = new Set(rows.map((row) => row.term))
  for (const entry of DEFAULT_DICTIONARY) {
    if (present.has(entry.term)) continue
    const inserted = await db.all<{ id: number }>(
      sql`INSERT INTO \`speech_dictionary\` (\`term\`, \`note\`) VALUES (${entry.term}, ${'Có sẵn khi cài đặt Loa'}) RETURNING \`id\``,
    )
    const parent = inserted[0].id
    for (const [order, reading] of entry.readings.entries()) {
      // Array rows have text ids; Payload makes them as 24 hex digits.
      await db.run(
        sql`INSERT INTO \`speech_dictionary_readings\` (\`_order\`, \`_parent_id\`, \`id\`, \`reading\`) VALUES (${order + 1}, ${parent}, ${randomBytes(12).toString('hex')}, ${reading})`,
      )
    }
    present.add(entry.term)
  }
}

/** Nothing: by now the entries may be the centre's own, edited; removing them would lose that work. */
export async function down(_args: MigrateDownArgs): Promise<void> {}
