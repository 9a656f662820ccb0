import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PublicEmergency } from '../../../src/broadcast/emergencyBanner'
import { emergencyBannerRoutes } from '../../../src/http/emergencyBanner'
import { keptRead } from '../../../src/lib/keptRead'

/** /api/khan-cap is polled by every open page: one database read per second or two, whatever the traffic. */
let loads = 0
let failing = false
let baseUrl: string
let close: () => void
const EMERGENCY: PublicEmergency = { title: 'Bão số 5', text: 'Không ra khơi.', issuedAt: '2026-11-29T07:05:00.000Z', issuedLabel: 'Phát hành lúc 14:05 ngày 29/11/2026', validTo: null, validToLabel: null }

const kept = keptRead(async () => {
  loads++
  await new Promise((resolve) => setTimeout(resolve, 50))
  if (failing) throw new Error('database locked')
  return [EMERGENCY]
}, 2000)

beforeAll(async () => {
  const app = express()
  app.use(
    // As the server wires it: the renderer's copy, read at most every 2 s here.
    emergencyBannerRoutes((now) => kept.read(now)),
  )
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})

afterAll(() => close?.())

describe('/api/khan-cap', () => {
  it('answers a burst of pages with one read, not cached by browsers', async () => {
    const answers = await Promise.all(Array.from({ length: 50 }, () => fetch(`${baseUrl}/api/khan-cap`)))
    expect(loads).toBe(1)
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      expect(await answer.json()).toEqual({ emergencies: [EMERGENCY] })
    }
    await fetch(`${baseUrl}/api/khan-cap`)
    expect(loads).toBe(1)
  })

  it('reads again once its copy is older than the time given', async () => {
    await new Promise((resolve) => setTimeout(resolve, 2100))
    await fetch(`${baseUrl}/api/khan-cap`)
    expect(loads).toBe(2)
  })

  it('a failed read is a 503 in Vietnamese (the page keeps what it shows), and the next request tries again', async () => {
    failing = true
    await new Promise((resolve) => setTimeout(resolve, 2100))
    const failed = await fetch(`${baseUrl}/api/khan-cap`)
    expect(failed.status).toBe(503)
    expect((await failed.json()).error).toMatch(/tin khẩn cấp/)
    failing = false
    const retried = await fetch(`${baseUrl}/api/khan-cap`)
    expect(retried.status).toBe(200)
  })
})
