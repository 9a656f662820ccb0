import { buildIfNeeded } from '../../scripts/build-if-needed'

/**
 * Integration tests run the real production server, so the Next build must match the sources.
 * LOA_SKIP_BUILD=1 skips it when only pure unit tests or the audio adapter are being run.
 */
export default async function setup() {
  if (process.env.LOA_SKIP_BUILD === '1') return
  await buildIfNeeded()
}
