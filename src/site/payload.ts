import type { Payload } from 'payload'

/**
 * The Payload instance the public pages read through: the web server's own (src/server.ts opens it
 * and hands it over with connectSitePayload), so the site shares its database connection.
 */
let sitePayloadInstance: Payload | null = null

export function connectSitePayload(payload: Payload): void {
  sitePayloadInstance = payload
}

export async function sitePayload(): Promise<Payload> {
  if (!sitePayloadInstance) throw new Error('Trang công khai chưa được nối với cơ sở dữ liệu (connectSitePayload chưa được gọi).')
  return sitePayloadInstance
}
