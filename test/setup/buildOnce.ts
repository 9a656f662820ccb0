import { buildIfNeeded } from '../../scripts/build-if-needed'

/** Integration tests run the real production server, so the Next build must match the sources. */
export default async function setup() {
  await buildIfNeeded()
}
