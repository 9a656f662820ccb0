import { createContext, useContext } from 'react'
import { STATION_TIME_ZONE } from '../lib/viDate'

/** The station settings every public page shows dates by: one time zone for the site and the radio. */
export type SiteStation = { name: string; timeZone: string }

const SiteStationContext = createContext<SiteStation>({ name: 'Đài truyền thanh', timeZone: STATION_TIME_ZONE })

export const SiteStationProvider = SiteStationContext.Provider

/** The station's name and time zone, for components that print dates. */
export function useSiteStation(): SiteStation {
  return useContext(SiteStationContext)
}
