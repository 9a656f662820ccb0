import type { PayloadRequest } from 'payload'
import { STATION_DEFAULTS } from '../broadcast/stationSettings'
import { loadStationSettings } from '../radio/station'

/**
 * The station's clock (Station global "Múi giờ", src/radio/station), read in the caller's
 * transaction; never the server's TZ. An audit row is not lost when the global cannot be read:
 * the default zone stands in.
 */
export async function stationTimeZoneFor(req: PayloadRequest): Promise<string> {
  return (await loadStationSettings(req.payload, { req }).catch(() => null))?.timeZone ?? STATION_DEFAULTS.timeZone
}
