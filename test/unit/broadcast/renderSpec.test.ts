import { describe, expect, it } from 'vitest'
import { buildRenderSpec, clipGainDb, limiterLinear, MAX_CLIP_GAIN_DB } from '../../../src/broadcast/renderSpec'
import type { ClipRef, ProgrammePlan, ProgrammeSegment, StationSettings } from '../../../src/broadcast/types'
import { clip, station } from './fixtures/slots'

const CHAIN = 'aformat=sample_fmts=fltp:channel_layouts=mono'

function seg(kind: ProgrammeSegment['kind'], startSeconds: number, c: ClipRef | null, durationSeconds = c?.durationSeconds ?? 0): ProgrammeSegment {
  return { kind, title: c?.title ?? 'Khoảng lặng', startSeconds, durationSeconds, clip: c }
}

function plan(segments: ProgrammeSegment[]): ProgrammePlan {
  const totalSeconds = segments.reduce((sum, s) => Math.round((sum + s.durationSeconds) * 1000) / 1000, 0)
  return { slotSlug: 'chieu', date: '2026-12-01', segments, totalSeconds, dropped: [], excluded: [] }
}

// The jingle is used as intro and outro: the same file, two inputs.
const jingle = clip('jingle', 5, -16, '/media/audio/jingle.mp3')
const loudArticle = clip('bai', 30, -10, '/media/audio/bai.mp3')
const quietNotice = clip('tb', 20, -31, '/media/audio/tb.mp3')
const unknown = clip('cu', 12.5, null, '/media/audio/cu.mp3')

describe('buildRenderSpec', () => {
  it.each([
    [
      'speech programme, mono 44.1 kHz',
      plan([seg('intro', 0, jingle), seg('gap', 5, null, 0.8), seg('announcement', 5.8, quietNotice), seg('gap', 25.8, null, 0.8), seg('article', 26.6, loudArticle), seg('gap', 56.6, null, 0.8), seg('outro', 57.4, jingle)]),
      station(),
      {
        inputs: ['/media/audio/jingle.mp3', '/media/audio/tb.mp3', '/media/audio/bai.mp3', '/media/audio/jingle.mp3'],
        filterComplex: [
          `[0:a]aresample=44100,${CHAIN},volume=0.00dB[s0]`,
          'aevalsrc=0:d=0.8:s=44100:c=mono[g0]',
          `[1:a]aresample=44100,${CHAIN},volume=15.00dB[s1]`,
          'aevalsrc=0:d=0.8:s=44100:c=mono[g1]',
          `[2:a]aresample=44100,${CHAIN},volume=-6.00dB[s2]`,
          'aevalsrc=0:d=0.8:s=44100:c=mono[g2]',
          `[3:a]aresample=44100,${CHAIN},volume=0.00dB[s3]`,
          '[s0][g0][s1][g1][s2][g2][s3]concat=n=7:v=0:a=1[joined]',
          '[joined]alimiter=limit=0.7499:attack=5:release=50:level=false[out]',
        ].join(';'),
        outputOptions: ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'],
        expectedSeconds: 62.4,
      },
    ],
    [
      'music slot without gaps, stereo 48 kHz, unknown loudness',
      plan([seg('music', 0, unknown), seg('music', 12.5, loudArticle)]),
      station({ output: { format: 'mp3', bitrateKbps: 192, sampleRate: 48000, channels: 2 }, truePeakDbtp: -1, loudnessTargetLufs: -18 }),
      {
        inputs: ['/media/audio/cu.mp3', '/media/audio/bai.mp3'],
        filterComplex: [
          `[0:a]aresample=48000,${CHAIN},volume=0.00dB[s0]`,
          `[1:a]aresample=48000,${CHAIN},volume=-8.00dB[s1]`,
          '[s0][s1]concat=n=2:v=0:a=1[joined]',
          '[joined]alimiter=limit=0.7943:attack=5:release=50:level=false[out]',
        ].join(';'),
        outputOptions: ['-ar', '48000', '-ac', '2', '-c:a', 'libmp3lame', '-b:a', '192k'],
        expectedSeconds: 42.5,
      },
    ],
  ] as [string, ProgrammePlan, StationSettings, unknown][])('%s', (_label, input, settings, expected) => {
    expect(buildRenderSpec(input, settings)).toEqual(expected)
  })

  it.each([
    ['no segments', plan([])],
    ['only silence', plan([seg('gap', 0, null, 0.8)])],
  ])('refuses a plan with %s', (_label, input) => {
    expect(() => buildRenderSpec(input, station())).toThrow('Không dựng được chương trình chieu ngày 2026-12-01: không có đoạn âm thanh nào để phát')
  })

  it('raises a near-silent clip by MAX_CLIP_GAIN_DB only, not up to the target', () => {
    const hiss = clip('hiss', 10, -50, '/media/audio/hiss.mp3')
    const spec = buildRenderSpec(plan([seg('article', 0, hiss)]), station())
    expect(MAX_CLIP_GAIN_DB).toBe(20)
    expect(spec.filterComplex).toContain(`${CHAIN},volume=20.00dB[s0]`)
  })

  it('cuts the station filler’s last repetition to its planned length and fades it out, gain-matched like any clip', () => {
    const filler = clip('nen', 95, -30, '/media/audio/nen.mp3')
    const spec = buildRenderSpec(
      plan([seg('article', 0, loudArticle), seg('gap', 30, null, 1), seg('filler', 31, filler), { ...seg('filler', 126, filler, 83), fadeOutSeconds: 3 }, seg('gap', 209, null, 1), seg('outro', 210, jingle)]),
      station(),
    )
    expect(spec.inputs).toEqual(['/media/audio/bai.mp3', '/media/audio/nen.mp3', '/media/audio/nen.mp3', '/media/audio/jingle.mp3'])
    expect(spec.filterComplex.split(';')).toEqual([
      `[0:a]aresample=44100,${CHAIN},volume=-6.00dB[s0]`,
      'aevalsrc=0:d=1:s=44100:c=mono[g0]',
      // A whole repetition plays as any clip; the cut one stops at 83 s, fading over its last 3 s.
      `[1:a]aresample=44100,${CHAIN},volume=14.00dB[s1]`,
      `[2:a]aresample=44100,${CHAIN},volume=14.00dB,atrim=duration=83,asetpts=PTS-STARTPTS,afade=t=out:st=80:d=3[s2]`,
      'aevalsrc=0:d=1:s=44100:c=mono[g1]',
      `[3:a]aresample=44100,${CHAIN},volume=0.00dB[s3]`,
      '[s0][g0][s1][s2][g1][s3]concat=n=6:v=0:a=1[joined]',
      '[joined]alimiter=limit=0.7499:attack=5:release=50:level=false[out]',
    ])
    expect(spec.expectedSeconds).toBe(215)
  })

  it('refuses a non-gap segment without a file rather than shifting the rest', () => {
    expect(() => buildRenderSpec(plan([seg('intro', 0, jingle), { ...seg('article', 5, null, 10), title: 'Bài A' }]), station())).toThrow(
      /đoạn "Bài A" \(article\) không có tệp âm thanh/,
    )
  })
})

describe('gain and limiter values', () => {
  it.each([
    [-31, -16, '15.00'],
    [-10, -16, '-6.00'],
    [-50, -16, '20.00'], // +34 dB would broadcast the hiss: capped at MAX_CLIP_GAIN_DB
    [-36, -16, '20.00'], // exactly at the cap
    [-36.01, -16, '20.00'],
    [-35.99, -16, '19.99'], // just under it: untouched
    [-69.9, -23, '20.00'], // the cap does not depend on the target
    [-5, -23, '-18.00'], // cuts are never capped
    [-16, -16, '0.00'],
    [-16.004, -16, '0.00'], // never "-0.00"
    [-23.456, -16, '7.46'],
    [null, -16, '0.00'],
    [-31, -23, '8.00'],
  ])('clip at %s LUFS, target %s -> %s dB', (lufs, target, gain) => {
    expect(clipGainDb({ loudnessLufs: lufs }, target)).toBe(gain)
  })

  it.each([
    [-1.5, '0.7499'], // 10^(-2.5/20)
    [-1, '0.7943'],
    [0, '0.8913'],
    [1, '1.0000'], // capped at alimiter's maximum
    [-30, '0.0625'], // floored at alimiter's minimum
  ])('true peak %s dBTP -> limit %s (1 dB margin)', (dbtp, linear) => {
    expect(limiterLinear(dbtp)).toBe(linear)
  })
})
