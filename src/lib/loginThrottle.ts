/**
 * Login throttling by client and account together. Payload's own protection locks an account after
 * five wrong passwords from anyone, so an attacker could keep the admin locked out from anywhere,
 * and its "locked" answer told which e-mails exist. Here a client that keeps guessing is slowed
 * down, never the account's owner on another connection:
 *
 * - one client, one account: `perPair` failures within `windowMs` block that pair until the window
 *   has passed since the first of them;
 * - one client, any accounts: `perClient` failures block the client (someone trying many e-mails).
 *
 * A success clears the pair. Pure: the caller passes the time; state lives in the object.
 */
export type ThrottleSettings = { perPair: number; perClient: number; windowMs: number; maxTracked: number }

export const LOGIN_THROTTLE: ThrottleSettings = { perPair: 5, perClient: 20, windowMs: 15 * 60_000, maxTracked: 50_000 }

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMs: number }

type Window = { startedAt: number; failures: number }

export function normaliseAccount(email: unknown): string {
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : ''
}

export function createLoginThrottle(settings: ThrottleSettings = LOGIN_THROTTLE) {
  const windows = new Map<string, Window>()

  const current = (key: string, now: number): Window | undefined => {
    const window = windows.get(key)
    if (window && now - window.startedAt >= settings.windowMs) {
      windows.delete(key)
      return undefined
    }
    return window
  }

  const blockedFor = (key: string, limit: number, now: number): number => {
    const window = current(key, now)
    return window && window.failures >= limit ? window.startedAt + settings.windowMs - now : 0
  }

  const count = (key: string, now: number) => {
    const window = current(key, now)
    if (window) window.failures++
    else {
      // Memory stays bounded whatever an attacker sends: the oldest windows go first.
      if (windows.size >= settings.maxTracked) windows.delete(windows.keys().next().value as string)
      windows.set(key, { startedAt: now, failures: 1 })
    }
  }

  return {
    check(client: string, account: string, now: number): ThrottleVerdict {
      const wait = Math.max(blockedFor(`c ${client}`, settings.perClient, now), blockedFor(`p ${client} ${account}`, settings.perPair, now))
      return wait > 0 ? { allowed: false, retryAfterMs: wait } : { allowed: true }
    },
    failed(client: string, account: string, now: number) {
      count(`c ${client}`, now)
      count(`p ${client} ${account}`, now)
    },
    succeeded(client: string, account: string) {
      windows.delete(`p ${client} ${account}`)
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
