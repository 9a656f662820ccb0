import type { DateField } from 'payload'
import { STATION_TIME_ZONE } from '../lib/viDate'

/**
 * `timezone` for a date field that editors read or pick. Without it the admin shows and enters dates
 * on the browser's clock, so an editor whose computer is set to another zone sees and picks that
 * zone's time. With it Payload adds a hidden `<field>_tz` column (default: the station zone) and the
 * form and list show the value on the station's clock. One zone only: the picker stays read-only.
 */
export const stationTimezone = {
  defaultTimezone: STATION_TIME_ZONE,
  supportedTimezones: [{ label: 'Giờ Việt Nam (UTC+7)', value: STATION_TIME_ZONE }],
} satisfies Exclude<DateField['timezone'], true | undefined>
