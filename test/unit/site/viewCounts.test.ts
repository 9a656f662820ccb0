import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { saveViewCounts } from '../../../src/site/viewCounts'
import { createViewTally, DEFAULT_VIEW_LIMITS } from '../../../src/site/viewTally'

type Call = { op: string; collection: string; args: any }

/** A stand-in for Payload's Local API: published articles by id, and the rows it was asked to write. */
function fakePayload(idType: 'number' | 'text', publishedIds: (string | number)[], views: { id: string; article: string | number; count: number }[] = []) {
  const calls: Call[] = []
  const payload = {
    db: { defaultIDType: idType },
    find: async (args: any) => {
      calls.push({ op: 'find', collection: args.collection, args })
      if (args.collection === 'articles') {
        const wanted: (string | number)[] = args.where.and[0].id.in
        expect(args.where.and[1]).toEqual({ _status: { equals: 'published' } })
        return { docs: publishedIds.filter((id) => wanted.includes(id)).map((id) => ({ id })) }
      }
      const wanted: (string | number)[] = args.where.article.in
      return { docs: views.filter((row) => wanted.includes(row.article)) }
    },
    create: async (args: any) => calls.push({ op: 'create', collection: args.collection, args }),
    update: async (args: any) => calls.push({ op: 'update', collection: args.collection, args }),
  }
  return { payload: payload as unknown as Payload, calls }
}

describe('saveViewCounts', () => {
  it('checks 3,000 made-up ids with one query and writes nothing', async () => {
    const { payload, calls } = fakePayload('number', [1, 2])
    const counts = new Map(Array.from({ length: 3000 }, (_, i) => [String(100_000 + i), 1]))
    await saveViewCounts(payload, counts)
    expect(calls.map((c) => `${c.op} ${c.collection}`)).toEqual(['find articles'])
  })

  it('SQLite: counts published ids (drafts are simply not returned), adds to existing rows, creates new ones', async () => {
    const { payload, calls } = fakePayload('number', [1, 2], [{ id: 'v1', article: 1, count: 10 }])
    await saveViewCounts(payload, new Map([['1', 3], ['2', 1], ['3', 5], ['abc', 9]]))
    const articleQuery = calls[0].args
    expect(articleQuery.where.and[0].id.in).toEqual([1, 2, 3])
    expect(calls.filter((c) => c.op !== 'find').map((c) => c.args)).toEqual([
      { collection: 'article-views', id: 'v1', data: { count: 13 }, overrideAccess: true },
      { collection: 'article-views', data: { article: 2, count: 1 }, overrideAccess: true },
    ])
  })

  it('MongoDB: string ids are kept as strings and counted', async () => {
    const a = '6750c0ffee0000000000000a'
    const b = '6750c0ffee0000000000000b'
    const { payload, calls } = fakePayload('text', [a, b], [{ id: 'v9', article: b, count: 4 }])
    await saveViewCounts(payload, new Map([[a, 2], [b, 1], ['6750c0ffee00000000000999', 7]]))
    expect(calls[0].args.where.and[0].id.in).toEqual([a, b, '6750c0ffee00000000000999'])
    expect(calls.filter((c) => c.op !== 'find').map((c) => c.args.data)).toEqual([{ article: a, count: 2 }, { count: 5 }])
  })
})

describe('createViewTally', () => {
  const limits = { ...DEFAULT_VIEW_LIMITS, dedupeMs: 600_000, perClientPerMinute: 5, maxPendingIds: 3, maxTrackedClients: 2 }

  it('counts one view per article per client per window', () => {
    const tally = createViewTally(limits)
    expect([tally.hit('1.1.1.1', '7', 0), tally.hit('1.1.1.1', '7', 1000), tally.hit('2.2.2.2', '7', 1000)]).toEqual([true, false, true])
    expect(tally.hit('1.1.1.1', '7', 600_000)).toBe(true)
    expect(tally.take()).toEqual(new Map([['7', 3]]))
    expect(tally.take()).toEqual(new Map())
  })

  it('accepts MongoDB ids and refuses anything that is not an id token', () => {
    const tally = createViewTally(DEFAULT_VIEW_LIMITS)
    expect(tally.hit('c', '6750c0ffee0000000000000a', 0)).toBe(true)
    expect(tally.hit('c', '../x', 0)).toBe(false)
    expect(tally.hit('c', 'a'.repeat(41), 0)).toBe(false)
    expect(tally.hit('c', '', 0)).toBe(false)
    expect([...tally.take().keys()]).toEqual(['6750c0ffee0000000000000a'])
  })

  it('3,000 different ids from one client: only the per-minute cap is counted; the next minute counts again', () => {
    const tally = createViewTally({ ...DEFAULT_VIEW_LIMITS, perClientPerMinute: 30 })
    const counted = Array.from({ length: 3000 }, (_, i) => tally.hit('6.6.6.6', String(i + 1), i)).filter(Boolean).length
    expect(counted).toBe(30)
    expect(tally.take().size).toBe(30)
    expect(tally.hit('6.6.6.6', '99999', 60_000)).toBe(true)
  })

  it('caps distinct ids per batch and the number of clients remembered', () => {
    const tally = createViewTally(limits)
    expect(['1', '2', '3', '4'].map((id) => tally.hit('a', id, 0))).toEqual([true, true, true, false])
    expect(tally.hit('b', '1', 0)).toBe(true) // an id already in the batch still counts
    expect(tally.hit('c', '1', 0)).toBe(false) // a third client is not remembered (limit 2)
    expect(tally.take()).toEqual(new Map([['1', 2], ['2', 1], ['3', 1]]))
  })
})
