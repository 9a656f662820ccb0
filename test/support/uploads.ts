import { readFileSync } from 'node:fs'
import path from 'node:path'
import { generateTone } from '../../src/audio/testAudio'
import type { Session } from './rest'

/** Multipart upload as the admin's form does it: the file plus the other fields as `_payload`. */
export async function uploadFile(session: Session, collection: string, file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, unknown>) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const started = Date.now()
  const response = await fetch(`${session.baseUrl}/api/${collection}`, {
    method: 'POST',
    headers: session.token ? { Authorization: `JWT ${session.token}` } : {},
    body: form,
  })
  const text = await response.text()
  let json: any
  try {
    json = JSON.parse(text)
  } catch {
    json = undefined
  }
  return { status: response.status, json, text, ms: Date.now() - started }
}

/** GET of a raw path (/media/…, /api/…/file/…), as staff (JWT header) or anonymously. */
export async function getRaw(session: Session, pathName: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${session.baseUrl}${pathName}`, {
    headers: { ...headers, ...(session.token ? { Authorization: `JWT ${session.token}` } : {}) },
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, bytes, type: response.headers.get('content-type') ?? '' }
}

/** An XHTML page whose script would show it ran (title and a user created through the API). */
export const XHTML_PAYLOAD = `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>audio</title>
<script>document.title = 'PWNED'; fetch('/api/users', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'attacker@evil.test', password: 'attacker-password-1', name: 'x', role: 'admin' }) })</script>
</head><body></body></html>
`

export const HTML_PAYLOAD = `<html><head><script>document.title = 'PWNED'; fetch('/api/users', { method: 'POST', credentials: 'include', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'attacker@evil.test', password: 'attacker-password-1', name: 'x', role: 'admin' }) })</script></head><body></body></html>`

/**
 * A generated tone uploaded as an audio clip, as the admin's form does it (POST creates; with `id`,
 * PATCH replaces that clip's file). Throws with the server's answer unless it succeeds.
 */
export async function uploadToneClip(session: Session, scratchDir: string, name: string, tone: Parameters<typeof generateTone>[1], fields: Record<string, unknown>, id?: number) {
  const file = await generateTone(path.join(scratchDir, name), tone)
  const form = new FormData()
  form.append('file', new Blob([readFileSync(file)]), name)
  form.append('_payload', JSON.stringify(fields))
  const response = await fetch(`${session.baseUrl}/api/audio-clips${id ? `/${id}` : ''}`, { method: id ? 'PATCH' : 'POST', headers: { Authorization: `JWT ${session.token}` }, body: form })
  const text = await response.text()
  if (response.status !== (id ? 200 : 201)) throw new Error(`audio clip upload ${name}: ${response.status} ${text}`)
  return (JSON.parse(text) as { doc: { id: number; filename: string } }).doc
}
