import { describe, expect, it } from 'vitest'
import { keptRead } from '../../../src/lib/keptRead'

const at = (ms: number) => new Date(Date.UTC(2026, 10, 30) + ms)

function counting(fail = () => false) {
  let reads = 0
  const load = async () => {
    reads++
    if (fail()) throw new Error('database locked')
    return { read: reads }
  }
  return { load, reads: () => reads }
}

describe('keptRead', () => {
  it.each([
    ['within the age: one read', 1000, [0, 10, 999], 1],
    ['at the age: read again', 1000, [0, 1000], 2],
    ['a clock going back counts as age too', 1000, [5000, 3000], 2],
    ['without an age: kept until forgotten', Number.POSITIVE_INFINITY, [0, 3_600_000, 86_400_000], 1],
  ])('%s', async (_name, maxAgeMs, times, expectedReads) => {
    const source = counting()
    const kept = keptRead(source.load, maxAgeMs)
    for (const ms of times) await kept.read(at(ms))
    expect(source.reads()).toBe(expectedReads)
  })

  it('shares one read between concurrent callers', async () => {
    const source = counting()
    const kept = keptRead(source.load, 1000)
    const values = await Promise.all(Array.from({ length: 20 }, () => kept.read(at(0))))
    expect(source.reads()).toBe(1)
    expect(new Set(values).size).toBe(1)
  })

  it('reads again after forget, whatever the age', async () => {
    const source = counting()
    const kept = keptRead(source.load)
    expect(await kept.read(at(0))).toEqual({ read: 1 })
    kept.forget()
    expect(await kept.read(at(1))).toEqual({ read: 2 })
  })

  // Steps: a number reads at that time; ['forget', t] reports a change at t with a 500 ms settle window.
  type Step = number | ['forget', number]
  it.each<[string, Step[], number]>([
    ['a read while the change settles is read again once it has', [['forget', 0], 100, 200, 499, 500, 600], 2],
    ['reads after the window are kept', [['forget', 0], 600, 700, 5000], 1],
    ['a second change moves the window on', [['forget', 0], 100, ['forget', 400], 400, 600, 900, 1000], 3],
    ['the window ends for a read begun in it, not for one begun after', [['forget', 0], 499, 500, 501, 10_000], 2],
  ])('%s', async (_name, steps, expectedReads) => {
    const source = counting()
    const kept = keptRead(source.load)
    await kept.read(at(-1000))
    for (const step of steps) {
      if (typeof step === 'number') await kept.read(at(step))
      else kept.forget(at(step[1]), 500)
    }
    expect(source.reads() - 1).toBe(expectedReads)
  })

  it('does not keep a failed read: the next caller tries again', async () => {
    let failing = true
    const source = counting(() => failing)
    const kept = keptRead(source.load, 60_000)
    await expect(kept.read(at(0))).rejects.toThrow('database locked')
    failing = false
    expect(await kept.read(at(1))).toEqual({ read: 2 })
  })
})
