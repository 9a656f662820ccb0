import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AudioJoinError, joinAudioFiles } from '../../../src/audio/join'
import { probeAudio } from '../../../src/audio/probe'
import { generateTone } from '../../../src/audio/testAudio'
import { localSpeechEngine } from '../../../src/speech/engines/local'

let dir: string
let parts: string[]
let seconds: number[]
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'loa-join-'))
  // What providers hand back differs: espeak-ng WAV (22.05 kHz mono) and MP3 (44.1 kHz stereo).
  const spoken = await localSpeechEngine().synthesise('Đây là phần thứ nhất của bản tin.', path.join(dir, 'a.wav'))
  const tone = await generateTone(path.join(dir, 'b.mp3'), { seconds: 2, frequency: 200, levelDb: -20, kind: 'speechlike', channels: 2 })
  parts = [spoken.path, tone, spoken.path]
  seconds = await Promise.all(parts.map(async (p) => (await probeAudio(p)).durationSeconds))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('joinAudioFiles (real ffmpeg)', () => {
  it('joins parts of different formats, in order, into one mono MP3 under any name, with no temp file left', async () => {
    const output = path.join(dir, 'joined.audio')
    await joinAudioFiles(parts, output)
    const probe = await probeAudio(output)
    expect(probe).toMatchObject({ formatName: 'mp3', channels: 1, sampleRate: 44100 })
    const sum = seconds.reduce((a, b) => a + b, 0)
    expect(probe.durationSeconds).toBeGreaterThan(sum - 0.2)
    expect(probe.durationSeconds).toBeLessThan(sum + 0.3)
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([])
    await rm(output)
  })

  it('an abort leaves neither the output nor a temp file', async () => {
    const controller = new AbortController()
    controller.abort()
    const error = await joinAudioFiles(parts, path.join(dir, 'aborted.mp3'), { signal: controller.signal }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AudioJoinError)
    expect((error as AudioJoinError).aborted).toBe(true)
    expect((await readdir(dir)).sort()).toEqual(['a.wav', 'b.mp3'])
  })

  it('an undecodable part: a Vietnamese error, nothing written', async () => {
    const error = await joinAudioFiles([parts[0], path.join(dir, 'missing.mp3')], path.join(dir, 'bad.mp3')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AudioJoinError)
    expect((error as AudioJoinError).message).toBe('Không ghép được các phần âm thanh thành một tệp.')
    expect((await readdir(dir)).sort()).toEqual(['a.wav', 'b.mp3'])
  })
})
