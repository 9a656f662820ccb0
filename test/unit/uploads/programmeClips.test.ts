import { describe, expect, it } from 'vitest'
import { clipIdsOfProgrammes, clipIdsOfSegments, segmentsWithoutPaths } from '../../../src/broadcast/programmeClips'

const clip = (id: string) => ({ id, title: `clip ${id}`, path: `/srv/loa/media/audio/${id}.mp3`, durationSeconds: 3, loudnessLufs: -16 })

describe('clipIdsOfSegments', () => {
  it.each([
    [null, []],
    ['not json array', []],
    [[], []],
    [[{ kind: 'gap', clip: null }], []],
    [[{ kind: 'intro', clip: clip('1') }, { kind: 'gap', clip: null }, { kind: 'article', clip: clip('7') }], ['1', '7']],
    [[{ kind: 'music', clip: { id: 12 } }], ['12']],
    [[{ kind: 'music', clip: { id: '' } }, { kind: 'music', clip: { id: { $ne: 1 } } }, null], []],
  ])('%j -> %j', (segments, expected) => {
    expect(clipIdsOfSegments(segments)).toEqual(expected)
  })

  it('collects distinct ids across programmes', () => {
    expect(clipIdsOfProgrammes([{ segments: [{ clip: clip('1') }, { clip: clip('2') }] }, { segments: [{ clip: clip('1') }] }, {}])).toEqual(['1', '2'])
  })
})

describe('segmentsWithoutPaths', () => {
  it('drops only the server path of each clip', () => {
    const segments = [{ kind: 'intro', title: 'Nhạc hiệu', startSeconds: 0, durationSeconds: 3, clip: clip('1') }, { kind: 'gap', title: '', clip: null }]
    const result = segmentsWithoutPaths(segments) as typeof segments
    expect(JSON.stringify(result)).not.toContain('/srv/loa')
    expect(result[0]).toEqual({ kind: 'intro', title: 'Nhạc hiệu', startSeconds: 0, durationSeconds: 3, clip: { id: '1', title: 'clip 1', durationSeconds: 3, loudnessLufs: -16 } })
    expect(result[1]).toEqual(segments[1])
    expect(segments[0].clip?.path).toBe('/srv/loa/media/audio/1.mp3')
  })

  it.each([[null], ['x'], [{}]])('leaves %j as it is', (value) => {
    expect(segmentsWithoutPaths(value)).toEqual(value)
  })
})
