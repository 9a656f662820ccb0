import type { Request } from 'express'
import type { Payload } from 'payload'

/**
 * Whether the caller of /media/audio/<fileName> may have that file: the audio-clips read rule
 * (src/access/audioClips) applied to the clip stored under that name, with the caller's Payload
 * session (the admin's `payload-token` cookie or an `Authorization: JWT …` header). Staff get every
 * clip; anonymous callers only audio that is part of something public.
 */
export function audioFileAccess(payload: Payload): (fileName: string, req: Request) => Promise<boolean> {
  return async (fileName, req) => {
    const headers = new Headers()
    for (const name of ['cookie', 'authorization']) {
      const value = req.headers[name]
      if (typeof value === 'string') headers.set(name, value)
    }
    const user = headers.has('cookie') || headers.has('authorization') ? (await payload.auth({ headers })).user : null
    const { totalDocs } = await payload.count({ collection: 'audio-clips', where: { filename: { equals: fileName } }, overrideAccess: false, user })
    return totalDocs > 0
  }
}
