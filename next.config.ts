import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Next answers the admin and the APIs and gzips them; public pages are compressed by src/http/publicSite.
  compress: true,
  poweredByHeader: false,
  // ffmpeg wrappers locate binaries on disk at run time; bundling them would break those paths.
  serverExternalPackages: ['fluent-ffmpeg', '@ffmpeg-installer/ffmpeg', '@ffprobe-installer/ffprobe'],
  images: { unoptimized: true },
  // The admin's root layout is in a route group: unmatched addresses need app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // `npm test` type-checks the whole project (tsc --noEmit) once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
