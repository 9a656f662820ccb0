import { statSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RenderSpec } from '../../../src/broadcast/types'
import { resetFfmpegBinariesCache, resolveFfmpegBinaries } from '../../../src/audio/binaries'
import { parseEbur128Summary } from '../../../src/audio/probe'
import { buildFfmpegArgs, partialPathFor, renderJob } from '../../../src/audio/render'
import { COMMON_ARGS, type FfmpegJob, ffmpegCommand, parseOutTime } from '../../../src/audio/run'

const spec: RenderSpec = {
  inputs: ['/media/clips/intro.mp3', '/media/clips/tin tức 1.wav'],
  filterComplex:
    '[0:a]aresample=44100,aformat=sample_fmts=fltp:channel_layouts=mono,volume=2.00dB[s0];' +
    'aevalsrc=0:d=0.8:s=44100:c=mono[g0];' +
    '[1:a]aresample=44100,aformat=sample_fmts=fltp:channel_layouts=mono,volume=-6.00dB[s1];' +
    '[s0][g0][s1]concat=n=3:v=0:a=1[joined];' +
    '[joined]alimiter=limit=0.7499:attack=5:release=50:level=false[out]',
  outputOptions: ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'],
  expectedSeconds: 12.8,
}

describe('buildFfmpegArgs', () => {
  it('is one run: every input, -y, the graph, [out] mapped, the output options, the temp file last', () => {
    expect(buildFfmpegArgs(spec, '/media/programmes/.p.mp3.1.ab.partial.mp3')).toEqual([
      '-hide_banner',
      '-nostdin',
      '-nostats',
      '-loglevel',
      'level+info',
      '-progress',
      'pipe:1',
      '-i',
      '/media/clips/intro.mp3',
      '-i',
      '/media/clips/tin tức 1.wav',
      '-y',
      '-filter_complex',
      spec.filterComplex,
      '-map',
      '[out]',
      '-map_metadata',
      '-1',
      '-ar',
      '44100',
      '-ac',
      '1',
      '-c:a',
      'libmp3lame',
      '-b:a',
      '128k',
      '/media/programmes/.p.mp3.1.ab.partial.mp3',
    ])
  })

  it('does not mutate the spec', () => {
    const copy = structuredClone(spec)
    buildFfmpegArgs(spec, '/tmp/x.partial.mp3')
    expect(spec).toEqual(copy)
  })
})

/**
 * fluent-ffmpeg's private argument builder: the list it spawns ffmpeg with. (Its only later edit,
 * `-strict experimental` after -acodec/-vcodec naming an experimental encoder, cannot apply: -c:a is used.)
 */
const fluentArgs = (job: FfmpegJob) => (ffmpegCommand(job) as { _getArguments(): string[] })._getArguments()

describe('the fluent-ffmpeg command', () => {
  it('runs exactly buildFfmpegArgs for a render (paths with spaces stay one argument)', () => {
    const temp = '/media/programmes/.p.mp3.1.ab.partial.mp3'
    expect(fluentArgs(renderJob(spec, temp))).toEqual(buildFfmpegArgs(spec, temp))
    const spaced = { ...spec, inputs: ['/media/clips/bản tin.mp3', '/media/clips/a b.wav'] }
    expect(fluentArgs(renderJob(spaced, '/media/out dir/x.mp3'))).toEqual(buildFfmpegArgs(spaced, '/media/out dir/x.mp3'))
  })

  it('puts COMMON_ARGS first, each input after its own options, output options before the output', () => {
    const job: FfmpegJob = {
      inputs: [{ source: 'anullsrc=r=44100:cl=mono', options: ['-f', 'lavfi'] }, { source: '/a/b c.wav' }],
      outputOptions: ['-metadata', 'title=Bản tin sáng', '-t', '3'],
      output: '/tmp/o.wav',
    }
    expect(fluentArgs(job)).toEqual([
      ...COMMON_ARGS,
      ...['-f', 'lavfi', '-i', 'anullsrc=r=44100:cl=mono', '-i', '/a/b c.wav'],
      '-y',
      ...['-metadata', 'title=Bản tin sáng', '-t', '3', '/tmp/o.wav'],
    ])
  })

  it('carries COMMON_ARGS on the output when the graph has no input at all', () => {
    const job: FfmpegJob = {
      inputs: [],
      complexFilter: { graph: 'aevalsrc=0:d=1[out]', map: '[out]' },
      outputOptions: ['-c:a', 'pcm_s16le'],
      output: '/tmp/s.wav',
    }
    expect(fluentArgs(job)).toEqual(['-y', '-filter_complex', 'aevalsrc=0:d=1[out]', '-map', '[out]', ...COMMON_ARGS, '-c:a', 'pcm_s16le', '/tmp/s.wav'])
  })

  it('passes a lone option through, and refuses one that fluent-ffmpeg would split at its space', () => {
    expect(fluentArgs({ inputs: [{ source: '/a.wav' }], outputOptions: ['-vn'], output: '/b.wav' }).slice(-2)).toEqual(['-vn', '/b.wav'])
    expect(() => fluentArgs({ inputs: [{ source: '/a.wav' }], outputOptions: ['a b'], output: '/b.wav' })).toThrow(/split at its space/)
  })
})

describe('partialPathFor', () => {
  it('is a hidden file beside the target: .<name>.<pid>.<random>.partial.mp3', () => {
    const temp = partialPathFor('/media/programmes/2026-12-01/sang.mp3')
    expect(path.dirname(temp)).toBe('/media/programmes/2026-12-01')
    expect(path.basename(temp)).toMatch(new RegExp(`^\\.sang\\.mp3\\.${process.pid}\\.[0-9a-f]{8}\\.partial\\.mp3$`))
    expect(partialPathFor('/a/b.mp3')).not.toBe(partialPathFor('/a/b.mp3'))
  })
})

describe('ffmpeg output parsing', () => {
  it('reads the ebur128 summary, -inf included', () => {
    const log = [
      '[Parsed_ebur128_0 @ 0x55] Summary:',
      '',
      '  Integrated loudness:',
      '    I:         -16.3 LUFS',
      '    Threshold: -26.5 LUFS',
      '',
      '  Loudness range:',
      '    LRA:         3.1 LU',
      '    Threshold: -36.6 LUFS',
      '',
      '  True peak:',
      '    Peak:       -1.9 dBFS',
    ].join('\n')
    expect(parseEbur128Summary(log)).toEqual({ integratedLufs: -16.3, truePeakDbtp: -1.9 })
    expect(parseEbur128Summary(log.replace('-16.3', '-70.0').replace('-1.9', '-inf'))).toEqual({
      integratedLufs: -70,
      truePeakDbtp: -Infinity,
    })
    expect(parseEbur128Summary('no summary here')).toBeNull()
  })

  it('reads -progress out_time and ignores N/A and negative values', () => {
    expect(parseOutTime('out_time=00:01:02.500000')).toBe(62.5)
    expect(parseOutTime('out_time=01:00:00.000000')).toBe(3600)
    expect(parseOutTime('out_time=N/A')).toBeNull()
    expect(parseOutTime('out_time=-577014:32:22.775808')).toBeNull()
    expect(parseOutTime('out_time_us=62500000')).toBeNull()
  })
})

describe('resolveFfmpegBinaries', () => {
  const saved = { ffmpeg: process.env.FFMPEG_PATH, ffprobe: process.env.FFPROBE_PATH }
  afterEach(() => {
    restore('FFMPEG_PATH', saved.ffmpeg)
    restore('FFPROBE_PATH', saved.ffprobe)
    resetFfmpegBinariesCache()
  })

  it('lets FFMPEG_PATH / FFPROBE_PATH win, and caches the answer', () => {
    resetFfmpegBinariesCache()
    process.env.FFMPEG_PATH = '/opt/ff/ffmpeg'
    process.env.FFPROBE_PATH = '/opt/ff/ffprobe'
    const first = resolveFfmpegBinaries()
    expect(first).toEqual({ ffmpeg: '/opt/ff/ffmpeg', ffprobe: '/opt/ff/ffprobe', source: 'system' })
    process.env.FFMPEG_PATH = '/elsewhere/ffmpeg'
    expect(resolveFfmpegBinaries()).toBe(first)
  })

  it('falls back to the npm binaries, made executable, when nothing is on PATH', () => {
    resetFfmpegBinariesCache()
    delete process.env.FFMPEG_PATH
    delete process.env.FFPROBE_PATH
    const savedPath = process.env.PATH
    process.env.PATH = '/nonexistent'
    try {
      const found = resolveFfmpegBinaries()
      expect(found.source).toBe('npm')
      expect(found.ffmpeg).toContain(path.join('@ffmpeg-installer'))
      expect(found.ffprobe).toContain(path.join('@ffprobe-installer'))
      for (const file of [found.ffmpeg, found.ffprobe]) expect(statSync(file).mode & 0o111).toBe(0o111)
    } finally {
      process.env.PATH = savedPath
    }
  })
})

function restore(name: string, value: string | undefined) {
  if (value === undefined) delete process.env[name]
  else process.env[name] = value
}
