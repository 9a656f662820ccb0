import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './src/collections/Articles'
import { Categories } from './src/collections/Categories'
import { Media } from './src/collections/Media'
import { Tags } from './src/collections/Tags'
import { Users } from './src/collections/Users'
import { databaseAdapterFor } from './src/db/adapter'
import { parseDatabaseUrl } from './src/db/databaseUrl'
import { payloadSecret } from './src/lib/paths'
import { STATION_TIME_ZONE } from './src/lib/viDate'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: payloadSecret(),
  db: databaseAdapterFor(parseDatabaseUrl(process.env.DATABASE_URL)),
  editor: lexicalEditor(),
  sharp,
  collections: [Articles, Categories, Tags, Media, Users],
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Loa' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: {
      defaultTimezone: STATION_TIME_ZONE,
      supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: STATION_TIME_ZONE }],
    },
  },
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
  },
  jobs: {
    // Scheduled publishes are jobs; only the server's own Payload instance (getPayload with
    // cron: true in src/server.ts) runs this timer, never the one Next bundles.
    autoRun: [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }],
  },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql') },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})
