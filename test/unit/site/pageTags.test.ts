import { describe, expect, it } from 'vitest'
import { type ContentChange, pagesAffectedBy } from '../../../src/site/pageTags'

const live = { id: 7, _status: 'published', publishedAt: '2026-11-30T01:00:00.000Z', category: 3, tags: [11, 12], title: 'Tin' }

describe('which pages a change re-renders', () => {
  const cases: { name: string; change: ContentChange; expected: ReturnType<typeof pagesAffectedBy> }[] = [
    {
      name: 'a live article whose words changed: only pages showing it',
      change: { collection: 'articles', operation: 'update', doc: { ...live, title: 'Tin (sửa)' }, previousDoc: live },
      expected: [{ tags: ['article:7'], mode: 'stale' }],
    },
    {
      name: 'an article published: it, the latest lists, its category and tags',
      change: { collection: 'articles', operation: 'update', doc: live, previousDoc: { ...live, _status: 'draft' } },
      expected: [{ tags: ['article:7', 'latest', 'category:3', 'tag:11', 'tag:12'], mode: 'stale' }],
    },
    {
      name: 'an article moved to another category: both categories',
      change: { collection: 'articles', operation: 'update', doc: { ...live, category: { id: 4 } }, previousDoc: live },
      expected: [{ tags: ['article:7', 'latest', 'category:4', 'category:3', 'tag:11', 'tag:12'], mode: 'stale' }],
    },
    {
      name: 'an article unpublished: pages showing it are dropped, the lists re-rendered',
      change: { collection: 'articles', operation: 'update', doc: { ...live, _status: 'draft' }, previousDoc: live },
      expected: [
        { tags: ['article:7'], mode: 'drop' },
        { tags: ['latest', 'category:3', 'tag:11', 'tag:12'], mode: 'stale' },
      ],
    },
    {
      name: 'an article deleted: dropped',
      change: { collection: 'articles', operation: 'delete', doc: live },
      expected: [
        { tags: ['article:7'], mode: 'drop' },
        { tags: ['latest', 'category:3', 'tag:11', 'tag:12'], mode: 'stale' },
      ],
    },
    {
      name: 'a draft article saved again (never public): nothing shows it',
      change: { collection: 'articles', operation: 'update', doc: { ...live, _status: 'draft' }, previousDoc: { ...live, _status: 'draft' } },
      expected: [{ tags: ['article:7'], mode: 'stale' }],
    },
    {
      name: 'a live article seen changed in the database (no previous version): treated as a move',
      change: { collection: 'articles', operation: 'update', doc: live },
      expected: [{ tags: ['article:7', 'latest', 'category:3', 'tag:11', 'tag:12'], mode: 'stale' }],
    },
    { name: 'a category renamed', change: { collection: 'categories', operation: 'update', doc: { id: 3 } }, expected: [{ tags: ['category:3', 'categories'], mode: 'stale' }] },
    { name: 'a tag renamed', change: { collection: 'tags', operation: 'update', doc: { id: 11 } }, expected: [{ tags: ['tag:11', 'tags'], mode: 'stale' }] },
    { name: 'an image edited', change: { collection: 'media', operation: 'update', doc: { id: 5 } }, expected: [{ tags: ['media:5'], mode: 'stale' }] },
    { name: 'an image deleted', change: { collection: 'media', operation: 'delete', doc: { id: 5 } }, expected: [{ tags: ['media:5'], mode: 'drop' }] },
    { name: 'a read-out recorded for an article', change: { collection: 'audio-clips', operation: 'create', doc: { id: 9, article: 7 } }, expected: [{ tags: ['article:7'], mode: 'stale' }] },
    { name: 'a jingle uploaded', change: { collection: 'audio-clips', operation: 'create', doc: { id: 9, article: null } }, expected: [] },
    { name: 'a slot edited', change: { collection: 'broadcast-slots', operation: 'update', doc: { id: 1 } }, expected: [{ tags: ['radio'], mode: 'stale' }] },
    { name: 'a programme assembled', change: { collection: 'programmes', operation: 'create', doc: { id: 1 } }, expected: [{ tags: ['radio'], mode: 'stale' }] },
    { name: 'an as-run row', change: { collection: 'as-run', operation: 'create', doc: { id: 1 } }, expected: [{ tags: ['radio'], mode: 'stale' }] },
    { name: 'a holiday', change: { collection: 'holidays', operation: 'delete', doc: { id: 1 } }, expected: [{ tags: ['radio'], mode: 'stale' }] },
    { name: 'an emergency released (every page carries the banner)', change: { collection: 'announcements', operation: 'update', doc: { id: 1 } }, expected: [{ tags: 'all', mode: 'stale' }] },
    { name: 'the station settings', change: { collection: 'station', operation: 'update', doc: {} }, expected: [{ tags: 'all', mode: 'stale' }] },
    { name: 'a user (not public)', change: { collection: 'users', operation: 'update', doc: { id: 1 } }, expected: [] },
  ]
  it.each(cases)('$name', ({ change, expected }) => {
    expect(pagesAffectedBy(change)).toEqual(expected)
  })
})
