import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AudioProbeError, measureLoudness, probeAudio, validateAudioUpload } from '../../../src/audio/probe'
import { type FfmpegJob, runFfmpeg } from '../../../src/audio/run'
import { generateTone } from '../../../src/audio/testAudio'

const dir = mkdtempSync(path.join(tmpdir(), 'loa-probe-'))
const file = (name: string) => path.join(dir, name)

async function ffmpegOk(job: FfmpegJob): Promise<boolean> {
  return (await runFfmpeg(job)).code === 0
}

const lavfi = (source: string) => ({ source, options: ['-f', 'lavfi'] })

beforeAll(async () => {
  await Promise.all([
    generateTone(file('voice.mp3'), { seconds: 6, frequency: 180, levelDb: -20, kind: 'speechlike' }),
    generateTone(file('stereo48.wav'), { seconds: 4, frequency: 1000, levelDb: -18, kind: 'sine', sampleRate: 48000, channels: 2 }),
    generateTone(file('long.mp3'), { seconds: 20, frequency: 220, levelDb: -20, kind: 'speechlike' }),
  ])
  expect(await ffmpegOk({ inputs: [lavfi('anullsrc=r=44100:cl=mono')], outputOptions: ['-t', '3'], output: file('silence.wav') })).toBe(true)
  await writeFile(file('empty.mp3'), '')
  await writeFile(file('notes.mp3'), 'Đây là biên bản cuộc họp, không phải âm thanh.\n'.repeat(400))
  await writeFile(file('random.mp3'), randomBytes(200_000))

  // The first 30% of a valid MP3: what an interrupted upload or copy leaves.
  const whole = await readFile(file('long.mp3'))
  await writeFile(file('truncated.mp3'), whole.subarray(0, Math.floor(whole.length * 0.3)))

  // The same MP3 with garbage written over 8 kB in the middle: a damaged file.
  const damaged = Buffer.from(whole)
  damaged.fill(0x5a, Math.floor(damaged.length * 0.5), Math.floor(damaged.length * 0.5) + 8192)
  await writeFile(file('damaged.mp3'), damaged)

  // Video without sound; libx264 when this ffmpeg has it, else the built-in mpeg4 encoder.
  const video = (codec: string): FfmpegJob => ({
    inputs: [lavfi('testsrc=d=2:s=320x240')],
    outputOptions: ['-pix_fmt', 'yuv420p', '-c:v', codec],
    output: file('video-only.mp4'),
  })
  if (!(await ffmpegOk(video('libx264')))) {
    expect(await ffmpegOk(video('mpeg4'))).toBe(true)
  }

  // An MP3 with cover art: a (still-image) video stream beside the audio must not be refused.
  expect(
    await ffmpegOk({
      inputs: [{ source: file('voice.mp3') }, lavfi('color=c=red:s=64x64:d=1')],
      outputOptions: [
        '-map', '0:a', '-map', '1:v', '-frames:v', '1', '-c:a', 'copy', '-c:v', 'mjpeg',
        '-disposition:v', 'attached_pic',
      ],
      output: file('cover.mp3'),
    }),
  ).toBe(true)
}, 45_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function refusal(promise: Promise<unknown>): Promise<AudioProbeError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AudioProbeError)
  const refused = error as AudioProbeError
  // Editors read the message; it must be Vietnamese and say what to do. Logs get the English detail.
  expect(refused.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i)
  expect(refused.detail.length).toBeGreaterThan(0)
  return refused
}

describe('probeAudio / validateAudioUpload accept real audio', () => {
  it('a mono 44.1 kHz MP3', async () => {
    const { probe, loudness } = await validateAudioUpload(file('voice.mp3'), { maxBytes: 10 * 1024 * 1024 })
    expect(probe).toMatchObject({ sampleRate: 44100, channels: 1, codec: 'mp3', formatName: 'mp3' })
    expect(probe.bitRate).toBeGreaterThan(0)
    // The container states the encoder delay and padding too (~30 ms); the decode is exact.
    expect(probe.durationSeconds).toBeCloseTo(6, 1)
    expect(loudness.durationSeconds).toBeGreaterThan(5.95)
    expect(loudness.durationSeconds).toBeLessThan(6.05)
    expect(loudness.integratedLufs).toBeGreaterThan(-21.5)
    expect(loudness.integratedLufs).toBeLessThan(-19)
    expect(loudness.truePeakDbtp).toBeLessThan(0)
  })

  it('a stereo 48 kHz WAV', async () => {
    const probe = await probeAudio(file('stereo48.wav'))
    expect(probe).toMatchObject({ sampleRate: 48000, channels: 2, codec: 'pcm_s16le', formatName: 'wav' })
    expect(probe.durationSeconds).toBeCloseTo(4, 3)
    const loudness = await measureLoudness(file('stereo48.wav'))
    expect(loudness.integratedLufs).toBeCloseTo(-18, 0)
    expect(loudness.durationSeconds).toBeCloseTo(4, 2)
  })

  it('digital silence: accepted, loudness not measurable (-Infinity, so no gain is applied later)', async () => {
    const { loudness } = await validateAudioUpload(file('silence.wav'), { maxBytes: 10 * 1024 * 1024 })
    expect(loudness.integratedLufs).toBe(-Infinity)
    expect(loudness.truePeakDbtp).toBe(-Infinity)
    expect(loudness.durationSeconds).toBeCloseTo(3, 2)
  })

  it('an MP3 with cover art (an attached picture is not "video")', async () => {
    const { probe } = await validateAudioUpload(file('cover.mp3'), { maxBytes: 10 * 1024 * 1024 })
    expect(probe.channels).toBe(1)
  })
})

describe('uploads that are refused with AudioProbeError', () => {
  it('a zero-byte file', async () => {
    expect((await refusal(validateAudioUpload(file('empty.mp3'), { maxBytes: 1e9 }))).code).toBe('empty')
  })

  it('a text file renamed .mp3', async () => {
    const error = await refusal(validateAudioUpload(file('notes.mp3'), { maxBytes: 1e9 }))
    // ffmpeg sniffs this text as raw AMR-WB and would "decode" it: the format list refuses it.
    expect(['undecodable', 'unsupported-format']).toContain(error.code)
    expect(error.message).toContain('MP3, WAV, OGG, M4A hoặc FLAC')
  })

  it('random bytes named .mp3', async () => {
    await refusal(validateAudioUpload(file('random.mp3'), { maxBytes: 1e9 }))
  })

  it('a truncated MP3 (first 30%), detected by decoding: the header still states the full length', async () => {
    // The container probe alone is fooled, which is why the decode is part of validation.
    expect((await probeAudio(file('truncated.mp3'))).durationSeconds).toBeGreaterThan(19)
    const error = await refusal(validateAudioUpload(file('truncated.mp3'), { maxBytes: 1e9 }))
    expect(error.code).toBe('truncated')
    expect(error.message).toContain('cắt cụt')
    await refusal(measureLoudness(file('truncated.mp3')))
  })

  it('an MP3 damaged in the middle (decoder errors)', async () => {
    expect((await refusal(validateAudioUpload(file('damaged.mp3'), { maxBytes: 1e9 }))).code).toBe('decode-errors')
  })

  it('a video without an audio stream', async () => {
    const error = await refusal(validateAudioUpload(file('video-only.mp4'), { maxBytes: 1e9 }))
    expect(error.code).toBe('no-audio')
  })

  it('a file over the size limit, before anything is decoded, with the limit in MB', async () => {
    const { size } = await stat(file('long.mp3'))
    const error = await refusal(validateAudioUpload(file('long.mp3'), { maxBytes: size - 1 }))
    expect(error.code).toBe('too-large')
    // Vietnamese decimal comma: a limit of 0.1 MB reads "0,1 MB".
    const small = await refusal(validateAudioUpload(file('long.mp3'), { maxBytes: 1024 * 1024 / 10 }))
    expect(small.message).toMatch(/Giới hạn là 0,1 MB/)
  })

  it('a missing file', async () => {
    expect((await refusal(probeAudio(file('nope.mp3')))).code).toBe('not-found')
  })
})
