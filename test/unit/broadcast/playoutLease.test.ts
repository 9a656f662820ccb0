import { describe, expect, it } from 'vitest'
import { leaseVerdict, parseOwner, type PlayoutLease, takeOverMessage, waitingMessage } from '../../../src/broadcast/playoutLease'

const now = new Date('2026-11-29T18:00:00.000Z')
const lease = (owner: string, expiresInMs: number): PlayoutLease => ({ owner, expiresAt: new Date(now.getTime() + expiresInMs), since: new Date('2026-11-29T17:30:05Z') })
const alive = new Set([1111, 2222])
const pidAlive = (pid: number) => alive.has(pid)

describe('leaseVerdict: may this playout air?', () => {
  it.each([
    { case: 'no lease: take it', held: null, expected: { action: 'take' } },
    { case: 'our own lease: keep it', held: lease('loa-pc:1111:me', 5000), expected: { action: 'keep' } },
    { case: 'live playout on this machine: wait', held: lease('loa-pc:2222:abc', 5000), expected: 'wait' },
    { case: 'dead playout on this machine (kill -9, reboot): take over at once', held: lease('loa-pc:3333:abc', 7900), expected: { action: 'take-over', reason: 'owner-gone' } },
    { case: 'another machine, lease running: wait (its pid means nothing here)', held: lease('studio:3333:abc', 7900), expected: 'wait' },
    { case: 'another machine, lease lapsed: take over', held: lease('studio:3333:abc', -1), expected: { action: 'take-over', reason: 'expired' } },
    { case: 'lapsed exactly now: take over', held: lease('studio:3333:abc', 0), expected: { action: 'take-over', reason: 'expired' } },
    { case: 'live playout on this machine whose lease lapsed (hung): take over', held: lease('loa-pc:2222:abc', -500), expected: { action: 'take-over', reason: 'expired' } },
    { case: 'unreadable owner, lease running: wait', held: lease('garbage', 3000), expected: 'wait' },
  ])('$case', ({ held, expected }) => {
    const verdict = leaseVerdict({ held, me: 'loa-pc:1111:me', host: 'loa-pc', now, pidAlive })
    if (expected === 'wait') expect(verdict).toEqual({ action: 'wait', holder: held })
    else expect(verdict).toEqual(expected)
  })

  it('asks about a pid only for a holder on this machine', () => {
    const asked: number[] = []
    leaseVerdict({ held: lease('studio:4444:x', 5000), me: 'loa-pc:1:me', host: 'loa-pc', now, pidAlive: (pid) => (asked.push(pid), false) })
    expect(asked).toEqual([])
  })
})

describe('owner and messages', () => {
  it.each([
    ['loa-pc:1234:abc123', { host: 'loa-pc', pid: 1234 }],
    ['loa-pc:0:abc', null],
    ['loa-pc', null],
    ['', null],
  ])('parseOwner(%j)', (owner, expected) => expect(parseOwner(owner)).toEqual(expected))

  it('the waiting line says, in Vietnamese, which playout airs and since when (station time)', () => {
    expect(waitingMessage(lease('loa-pc:2222:abc', 5000), 'Asia/Ho_Chi_Minh')).toBe(
      'Một playout khác đang phát sóng trên cùng cơ sở dữ liệu (máy loa-pc, tiến trình 2222, từ Thứ Hai, 30/11/2026 00:30). Playout này không phát, chờ và sẽ tự tiếp quản khi playout kia dừng.',
    )
  })

  it('the takeover line names the previous playout and why', () => {
    expect(takeOverMessage('owner-gone', 'loa-pc:2222:abc')).toBe('Playout trước (máy loa-pc, tiến trình 2222) đã dừng: tiếp quản phát sóng.')
    expect(takeOverMessage('expired', 'studio:9:abc')).toBe('Playout trước (máy studio, tiến trình 9) không còn gia hạn khóa phát sóng: tiếp quản phát sóng.')
  })
})
