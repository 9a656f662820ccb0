import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The Express server in src/server.ts compresses nothing itself; let Next gzip its pages.
  compress: true,
  poweredByHeader: false,
  // ffmpeg wrappers locate binaries on disk at run time; bundling them would break those paths.
  serverExternalPackages: ['fluent-ffmpeg', '@ffmpeg-installer/ffmpeg', '@ffprobe-installer/ffprobe'],
  images: { unoptimized: true },
  // Two root layouts (admin, site): unmatched addresses need app/global-not-found.tsx.
  experimental: { globalNotFound: true },
  // `npm test` type-checks the whole project (tsc --noEmit) once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
