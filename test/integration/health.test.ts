import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LoaServer, startLoaServer, usingMongo } from '../support/loaServer'

let server: LoaServer

beforeAll(async () => {
  server = await startLoaServer({ seed: false })
})

afterAll(async () => {
  await server?.stop()
})

describe('health and readiness', () => {
  it('answers /healthz and /readyz while the database answers', async () => {
    const health = await fetch(`${server.baseUrl}/healthz`)
    expect(health.status).toBe(200)
    const ready = await fetch(`${server.baseUrl}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('serves media files with Range support so audio can be seeked', async () => {
    const dir = path.join(server.workDir, 'media', 'test-range')
    mkdirSync(dir, { recursive: true })
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, index) => index % 256))
    writeFileSync(path.join(dir, 'tone.mp3'), bytes)
    const whole = await fetch(`${server.baseUrl}/media/test-range/tone.mp3`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    const part = await fetch(`${server.baseUrl}/media/test-range/tone.mp3`, { headers: { Range: 'bytes=100-199' } })
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 100-199/1000')
    expect(Buffer.from(await part.arrayBuffer())).toEqual(bytes.subarray(100, 200))
    const missing = await fetch(`${server.baseUrl}/media/test-range/none.mp3`)
    expect(missing.status).toBe(404)
  })

  it.runIf(!usingMongo())('reports 503 without details (path in the log only) when the SQLite file becomes unreadable, 200 again once restored', async () => {
    const file = server.sqliteFile as string
    const aside = `${file}.aside`
    renameSync(file, aside)
    try {
      const gone = await fetch(`${server.baseUrl}/readyz`)
      expect(gone.status).toBe(503)
      // Anonymous callers learn only that it is not ready; the detail (with the path) is in the log.
      const body = await gone.text()
      expect(JSON.parse(body)).toEqual({ status: 'not-ready', reason: 'Cơ sở dữ liệu chưa sẵn sàng.' })
      expect(body).not.toContain(path.basename(file))
      expect(body).not.toContain(server.workDir)
      writeFileSync(file, 'this is not a database, just text that replaced it')
      const garbage = await fetch(`${server.baseUrl}/readyz`)
      expect(garbage.status).toBe(503)
      const garbageBody = await garbage.text()
      expect(JSON.parse(garbageBody)).toEqual({ status: 'not-ready', reason: 'Cơ sở dữ liệu chưa sẵn sàng.' })
      expect(garbageBody).not.toContain(server.workDir)
      expect(server.output()).toContain(`${file} cannot be opened`)
      expect(server.output()).toContain(`${file} is not an SQLite database`)
      expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
    } finally {
      renameSync(aside, file)
    }
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200)
  })

  it('stops cleanly on SIGTERM', async () => {
    const code = await server.stop()
    expect(code).toBe(0)
  })
})
