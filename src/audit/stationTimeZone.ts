import type { PayloadRequest } from 'payload'
import { STATION_TIME_ZONE } from '../lib/viDate'

/** The station's clock (Station global "Múi giờ"), read in the caller's transaction; never the server's TZ. */
export async function stationTimeZoneFor(req: PayloadRequest): Promise<string> {
  const station = await req.payload.findGlobal({ slug: 'station', depth: 0, overrideAccess: true, req }).catch(() => null)
  return (station as { timeZone?: string | null } | null)?.timeZone || STATION_TIME_ZONE
}
