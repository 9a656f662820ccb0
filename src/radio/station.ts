import type { Payload, PayloadRequest } from 'payload'
import { type Station, stationSettingsFrom } from '../broadcast/stationSettings'
import { clipRefFromDoc } from './clips'

export type { Station } from '../broadcast/stationSettings'

/**
 * The station global as every part of Loa uses it: name, time zone, sound and timing settings,
 * defaults applied (src/broadcast/stationSettings). The one reader of the global: the worker, the
 * playout, the playlists, the audit log, the newsroom, the mails, the read-outs and the site all ask
 * it, so changing "Múi giờ" in the admin changes them all together.
 *
 * `req` reads inside the caller's transaction (hooks, endpoints): on SQLite a read outside it would
 * wait for the write lock the caller holds. Internal settings (the sound device) are read with
 * access overridden; a page shows only what it chooses to (name, time zone).
 */
export async function loadStationSettings(payload: Payload, options: { req?: Partial<PayloadRequest> } = {}): Promise<Station> {
  const stored = await payload.findGlobal({ slug: 'station', depth: 1, overrideAccess: true, ...(options.req ? { req: options.req } : {}) })
  return stationSettingsFrom(stored, (value) => clipRefFromDoc(value as Parameters<typeof clipRefFromDoc>[0]))
}
