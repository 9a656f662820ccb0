import next from 'next'
import { loadDotEnv } from './boot/env'
import { exitWithParentIfAsked } from './boot/exitWithParent'
import { openPayload } from './boot/openPayload'
import { DatabaseUrlError, parseDatabaseUrl } from './db/databaseUrl'
import { databaseReadiness } from './db/readiness'
import { createHttpApp } from './http/app'
import { viewCounter } from './http/viewCounter'
import { saveViewCounts } from './site/viewCounts'
import { playlistRoutes } from './http/playlists'
import { playlistForDate } from './radio/playlistService'
import { audioUploadMaxBytes, imageUploadMaxBytes, mediaDir } from './lib/paths'
import { staffSessionCheck } from './auth/staffSession'
import { checkPublicUrl, parseTrustProxy } from './http/requestOrigin'
import { inlineScriptHashes } from './site/inlineScripts'
import { createPublicSite } from './http/publicSite'
import { createPublicRenderer } from './site/renderPublicPage'
import { keepPagesCurrent, popularPaths } from './site/keepPagesCurrent'
import { SITE_CSS_HASH } from './site/styles'
import { audioFileAccess } from './radio/audioFileAccess'
import { emergencyBannerRoutes } from './http/emergencyBanner'
import { liveStreamProxy } from './http/liveStream'
import { LIVE_STREAM_PATH, liveStreamConfigFromEnv } from './playout/liveStreamConfig'
import { schedulePublishDueApprovals } from './newsroom/publishDueApprovals'

const SHUTDOWN_GRACE_MS = 10_000

async function main() {
  loadDotEnv()
  // Refuse a bad DATABASE_URL in one line, before anything heavy loads.
  const target = parseDatabaseUrl(process.env.DATABASE_URL)
  const publicUrl = checkPublicUrl(process.env.PUBLIC_URL)
  const trustProxy = parseTrustProxy(process.env.TRUST_PROXY)
  // Read before anything heavy, so a bad ICECAST_URL or listener cap is refused in one line.
  const liveStream = liveStreamConfigFromEnv(process.env)
  const port = Number(process.env.PORT || 3000)
  const hostname = process.env.HOST || '0.0.0.0'
  const dev = process.env.NODE_ENV !== 'production'
  const root = process.cwd()

  const { payload } = await openPayload({ runJobs: true, key: 'loa-server' })
  // Stories approved for a later time ("Hẹn giờ xuất bản") go live within 10 s of it.
  schedulePublishDueApprovals(payload)
  // Next serves the admin, REST and GraphQL; the public pages are rendered by Express itself.
  const nextApp = next({ dev, dir: root, hostname, port })
  await nextApp.prepare()
  const nextHandler = nextApp.getRequestHandler()

  // Public pages: React on the server from this process's Payload, kept in memory, each re-rendered
  // when content it shows changes, wherever the change was made (src/site/keepPagesCurrent).
  const renderer = createPublicRenderer(payload)
  const isStaff = staffSessionCheck(payload)
  const publicSite = createPublicSite({ render: renderer.render, cache: process.env.LOA_PAGE_CACHE !== 'off', isStaff, popularPaths: () => popularPaths(payload) })
  const stopWatching = keepPagesCurrent(payload, publicSite, renderer)

  const views = viewCounter((counts) => saveViewCounts(payload, counts), Number(process.env.LOA_VIEW_FLUSH_MS || 5000))

  const app = createHttpApp({
    checkReadiness: databaseReadiness(target, payload),
    mediaDir: mediaDir(),
    mayReadAudio: audioFileAccess(payload),
    nextHandler: (req, res) => nextHandler(req, res),
    routers: [
      playlistRoutes((date) => playlistForDate(payload, date, new Date())),
      views.router,
      emergencyBannerRoutes(renderer.bannerEmergencies),
      liveStreamProxy({ upstream: liveStream.upstream, path: LIVE_STREAM_PATH, maxListeners: liveStream.maxListeners }).router,
    ],
    publicSite: publicSite.middleware,
    guards: {
      publicUrl,
      trustProxy,
      fallbackHost: `localhost:${port}`,
      scriptHashes: inlineScriptHashes(),
      styleHashes: [SITE_CSS_HASH],
      mediaSources: liveStream.publicOrigin ? [liveStream.publicOrigin] : [],
      bodyLimits: { audioUploadBytes: audioUploadMaxBytes(), imageUploadBytes: imageUploadMaxBytes() },
      isStaff,
    },
  })
  if (!publicUrl && !dev) {
    console.warn('[loa] PUBLIC_URL chưa đặt: liên kết trong RSS, sitemap và chia sẻ lấy theo tên miền của từng yêu cầu. Hãy đặt PUBLIC_URL khi chạy thật.')
  }
  const server = app.listen(port, hostname, () => {
    console.log(`[loa] Loa đang chạy tại http://localhost:${port} (${dev ? 'development' : 'production'}, CSDL ${target.kind})`)
    if (publicUrl) publicSite.warmUp(publicUrl)
  })

  // Longer than the 60 s idle timeout of common reverse proxies (nginx), so a proxy or a client
  // never reuses a connection the server is closing at that moment (a failed request).
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`[loa] ${signal}: đang dừng máy chủ…`)
    const force = setTimeout(() => {
      console.error('[loa] Dừng quá lâu, thoát cưỡng bức.')
      process.exit(1)
    }, SHUTDOWN_GRACE_MS)
    force.unref()
    stopWatching()
    server.close(async () => {
      try {
        await views.stop()
        await nextApp.close()
        await payload.destroy()
      } finally {
        console.log('[loa] Đã dừng.')
        process.exit(0)
      }
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
  // Under npm start: stop too when scripts/start.ts is gone (killed with SIGKILL, or npm stopped).
  exitWithParentIfAsked(shutdown)
}

// A failed background task (a job, a cache refresh) is logged, not fatal: residents keep their site.
process.on('unhandledRejection', (reason) => {
  console.error('[loa] Lỗi chưa được xử lý (máy chủ vẫn chạy):', reason)
})

main().catch((error: unknown) => {
  if (error instanceof DatabaseUrlError) console.error(`[loa] ${error.message}`)
  else console.error('[loa] Không khởi động được máy chủ:', error instanceof Error ? error.message : error)
  process.exit(1)
})
