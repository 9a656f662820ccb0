import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import { jobsForAdmins } from './src/access/jobsForAdmins'
import { withLockRowsInOwnName } from './src/access/lockRowsInOwnName'
import { Announcements } from './src/collections/Announcements'
import { AsRun } from './src/collections/AsRun'
import { AuditLog } from './src/collections/AuditLog'
import { withAsRunViews } from './src/collections/asRunExport'
import { Articles } from './src/collections/Articles'
import { ArticleViews } from './src/collections/ArticleViews'
import { AssemblyLocks } from './src/collections/AssemblyLocks'
import { AudioClips } from './src/collections/AudioClips'
import { BroadcastSlots } from './src/collections/BroadcastSlots'
import { Categories } from './src/collections/Categories'
import { Holidays } from './src/collections/Holidays'
import { Media } from './src/collections/Media'
import { Programmes } from './src/collections/Programmes'
import { SpeechDictionary } from './src/collections/SpeechDictionary'
import { Tags } from './src/collections/Tags'
import { Users } from './src/collections/Users'
import { withCanonicalDates } from './src/hooks/canonicalDates'
import { withQueryValidation } from './src/hooks/refuseMalformedQueries'
import { graphqlCostLimits } from './src/graphql/costLimits'
import { databaseAdapterFor } from './src/db/adapter'
import { parseDatabaseUrl } from './src/db/databaseUrl'
import { Station } from './src/globals/Station'
import { lazySharp } from './src/images/sharp'
import { audioUploadMaxBytes, payloadSecret } from './src/lib/paths'
import { stationTimezone } from './src/fields/stationTimezone'
import { emailAdapterFromEnv } from './src/notify/emailAdapter'
import { withReviewedScheduledPublish } from './src/newsroom/scheduledPublishJob'
import { normaliseEndpoint } from './src/speech/normaliseEndpoint'
import { assertSpeechSettings } from './src/speech/speechStartup'

const dirname = path.dirname(fileURLToPath(import.meta.url))
// A half-configured read-out provider (LOA_TTS_*) stops the start with the Vietnamese reason.
assertSpeechSettings()

// The database adapter is imported when the config is built, and only the one DATABASE_URL names
// (src/db/adapter); sharp is loaded on the first image it handles (src/images/sharp).
export default databaseAdapterFor(parseDatabaseUrl(process.env.DATABASE_URL)).then((db) => buildConfig({
  secret: payloadSecret(),
  db,
  editor: lexicalEditor(),
  sharp: lazySharp,
  // SMTP_* from the environment; without SMTP_HOST mail is off and the log says so once (src/notify).
  email: emailAdapterFromEnv(),
  // LOA_LOG_LEVEL=error keeps scripts that print data (schedule:export) free of log lines.
  ...(process.env.LOA_LOG_LEVEL ? { logger: { options: { level: process.env.LOA_LOG_LEVEL } } } : {}),
  // Every collection answers a malformed filter with a 400, not a database error (src/hooks/refuseMalformedQueries),
  // and stores its dates in UTC whatever offset they were sent with (src/hooks/canonicalDates).
  collections: [Articles, ArticleViews, Categories, Tags, Media, AudioClips, Announcements, BroadcastSlots, Holidays, Programmes, withAsRunViews(AsRun), SpeechDictionary, AuditLog, AssemblyLocks, Users]
    .map(withQueryValidation)
    .map(withCanonicalDates),
  globals: [Station],
  // POST /api/speech/normalise: the read-out rules for staff tools (src/speech/normaliseEndpoint).
  endpoints: [normaliseEndpoint],
  // A little above the audio limit, so the upload hook, not the parser, refuses big files in Vietnamese.
  // Payload's multipart parser also has a whole-request limit (50 MB by default) that answered bigger
  // audio with "An unknown error occurred"; both sit above LOA_AUDIO_MAX_MB, and Express refuses
  // larger bodies first, in Vietnamese (src/http/bodyLimits).
  upload: { limits: { fileSize: audioUploadMaxBytes() + 1024 * 1024 }, requestSizeLimit: audioUploadMaxBytes() + 2 * 1024 * 1024 },
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Loa' },
    // No Gravatar: the centre's machines may have no internet, and staff e-mails stay private.
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    timezones: stationTimezone,
    // The newsroom: a dashboard per role instead of the cards of collections, "Tin chờ duyệt" for
    // approvers, and the role's counts above the navigation (src/components/admin/dashboard).
    components: {
      views: {
        dashboard: { Component: '/src/components/admin/dashboard/RoleDashboard#RoleDashboard' },
        reviewQueue: {
          Component: '/src/components/admin/dashboard/ReviewQueueView#ReviewQueueView',
          path: '/tin-cho-duyet',
          exact: true,
          meta: { title: 'Tin chờ duyệt' },
        },
      },
      beforeNavLinks: ['/src/components/admin/dashboard/NavCounts#NavCounts'],
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
    access: { run: jobsForAdmins, queue: jobsForAdmins, cancel: jobsForAdmins },
  },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'src/generated-schema.graphql'),
    // GraphQL is for staff tools only (anonymous callers are refused in src/http/apiGuard); even
    // so, no single request may ask for more than these bounds (src/graphql/costLimits).
    maxComplexity: 600,
    disablePlaygroundInProduction: true,
    disableIntrospectionInProduction: true,
    validationRules: (args) => [graphqlCostLimits((args.variableValues ?? {}) as Record<string, unknown>)],
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
})).then(withLockRowsInOwnName).then(withReviewedScheduledPublish)
