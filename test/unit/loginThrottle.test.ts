import { describe, expect, it } from 'vitest'
import { createLoginThrottle, normaliseAccount } from '../../src/lib/loginThrottle'

const settings = { perPair: 5, perClient: 20, windowMs: 15 * 60_000, maxTracked: 1000 }
const MIN = 60_000

function failTimes(throttle: ReturnType<typeof createLoginThrottle>, client: string, account: string, times: number, now = 0) {
  for (let i = 0; i < times; i++) throttle.failed(client, account, now)
}

describe('login throttle', () => {
  it('blocks a client guessing one account after 5 failures, for the rest of the window', () => {
    const throttle = createLoginThrottle(settings)
    failTimes(throttle, 'attacker', 'admin@loa.local', 4)
    expect(throttle.check('attacker', 'admin@loa.local', 1000).allowed).toBe(true)
    throttle.failed('attacker', 'admin@loa.local', 1000)
    const verdict = throttle.check('attacker', 'admin@loa.local', 2000)
    expect(verdict).toEqual({ allowed: false, retryAfterMs: 15 * MIN - 2000 })
    expect(throttle.check('attacker', 'admin@loa.local', 15 * MIN).allowed).toBe(true)
  })

  it('never locks the account owner out from another client', () => {
    const throttle = createLoginThrottle(settings)
    failTimes(throttle, 'attacker', 'admin@loa.local', 100)
    expect(throttle.check('admin-office', 'admin@loa.local', 1).allowed).toBe(true)
  })

  it('blocks a client trying many accounts after 20 failures in all', () => {
    const throttle = createLoginThrottle(settings)
    for (let i = 0; i < 20; i++) throttle.failed('sprayer', `user${i}@loa.local`, 0)
    expect(throttle.check('sprayer', 'new@loa.local', 1).allowed).toBe(false)
    expect(throttle.check('someone-else', 'new@loa.local', 1).allowed).toBe(true)
  })

  it('a successful login clears that pair', () => {
    const throttle = createLoginThrottle(settings)
    failTimes(throttle, 'office', 'editor@loa.local', 4)
    throttle.succeeded('office', 'editor@loa.local')
    failTimes(throttle, 'office', 'editor@loa.local', 4)
    expect(throttle.check('office', 'editor@loa.local', 1).allowed).toBe(true)
  })

  it('keeps its memory bounded whatever is sent', () => {
    const throttle = createLoginThrottle({ ...settings, maxTracked: 100 })
    for (let i = 0; i < 10_000; i++) throttle.failed(`client${i}`, `a${i}`, 0)
    // The newest entries are kept and still count.
    failTimes(throttle, 'last', 'x', 5)
    expect(throttle.check('last', 'x', 1).allowed).toBe(false)
  })

  it.each([
    ['  Admin@Loa.Local ', 'admin@loa.local'],
    [42, ''],
    [undefined, ''],
  ])('normaliseAccount(%o) = %s', (raw, expected) => {
    expect(normaliseAccount(raw)).toBe(expected)
  })
})
