import config from '@payload-config'
import { getPayload, type Payload } from 'payload'

/** The Payload instance of the Next server bundle (cached by Payload per process). */
export function sitePayload(): Promise<Payload> {
  return getPayload({ config })
}
