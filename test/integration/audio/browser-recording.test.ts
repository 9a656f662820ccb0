import { spawnSync } from 'node:child_process'
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness, probeAudio, validateAudioUpload } from '../../../src/audio/probe'
import { renderProgramme } from '../../../src/audio/render'
import { resolveFfmpegBinaries } from '../../../src/audio/binaries'
import { buildRenderSpec } from '../../../src/broadcast/renderSpec'
import type { ProgrammePlan, StationSettings } from '../../../src/broadcast/types'

/**
 * Issue 11, item 5: a read-out recorded in the admin arrives as Chromium's MediaRecorder writes it,
 * WebM with Opus, written while recording to a stream that cannot be sought back into, so the file
 * states no duration (ffprobe: "Duration: N/A"). ffmpeg writing to a pipe makes the same kind of file.
 * The upload check must accept and measure it, and the assembler must render it.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-webm-'))
const file = (name: string) => path.join(dir, name)

beforeAll(() => {
  // 5 s of a voice-like tone, Opus in WebM, streamed to a pipe (no Duration, no Cues), 48 kHz mono.
  const { ffmpeg } = resolveFfmpegBinaries()
  const source = "aevalsrc='0.1*sin(2*PI*180*t)*pow(sin(PI*4*t),2)':s=48000:d=5"
  const out = openSync(file('recording.webm'), 'w')
  const run = spawnSync(ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-f', 'lavfi', '-i', source, '-c:a', 'libopus', '-b:a', '64k', '-f', 'webm', 'pipe:1'], { stdio: ['ignore', out, 'pipe'] })
  closeSync(out)
  expect(run.status, String(run.stderr)).toBe(0)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a browser recording (WebM/Opus without a stated duration)', () => {
  it('states no duration, as MediaRecorder files do', async () => {
    await expect(probeAudio(file('recording.webm'))).rejects.toMatchObject({ code: 'no-duration' })
  })

  it('is accepted on upload and measured: length from the decode, loudness, true peak', async () => {
    const { probe, loudness } = await validateAudioUpload(file('recording.webm'), { maxBytes: 50 * 1024 * 1024 })
    expect(probe).toMatchObject({ formatName: 'matroska,webm', codec: 'opus', sampleRate: 48000, channels: 1 })
    expect(probe.durationSeconds).toBeGreaterThan(4.9)
    expect(probe.durationSeconds).toBeLessThan(5.1)
    expect(loudness.durationSeconds).toBeCloseTo(probe.durationSeconds, 2)
    expect(loudness.integratedLufs).toBeGreaterThan(-35)
    expect(loudness.integratedLufs).toBeLessThan(-15)
    expect(Number.isFinite(loudness.truePeakDbtp)).toBe(true)
  })

  it('is rendered into a programme by the assembler at the station loudness', async () => {
    const { probe, loudness } = await validateAudioUpload(file('recording.webm'), { maxBytes: 50 * 1024 * 1024 })
    const clip = { id: '1', title: 'Bài đọc', path: file('recording.webm'), durationSeconds: probe.durationSeconds, loudnessLufs: loudness.integratedLufs }
    const plan: ProgrammePlan = {
      slotSlug: 'thu',
      date: '2026-12-01',
      segments: [
        { kind: 'gap', title: '', startSeconds: 0, durationSeconds: 0.8, clip: null },
        { kind: 'article', title: 'Bài đọc', startSeconds: 0.8, durationSeconds: probe.durationSeconds, clip },
      ],
      totalSeconds: 0.8 + probe.durationSeconds,
      dropped: [],
      excluded: [],
    }
    const station = {
      loudnessTargetLufs: -16,
      truePeakDbtp: -1.5,
      output: { format: 'mp3', bitrateKbps: 128, sampleRate: 44100, channels: 1 },
    } as StationSettings
    const result = await renderProgramme(buildRenderSpec(plan, station), file('programme.mp3'))
    expect(result.durationSeconds).toBeGreaterThan(5.6)
    expect(result.durationSeconds).toBeLessThan(6.0)
    const measured = await measureLoudness(result.outputPath)
    expect(Math.abs(measured.integratedLufs - -16)).toBeLessThan(1.5)
  })
})
