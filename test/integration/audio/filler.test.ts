import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoudness } from '../../../src/audio/probe'
import { renderProgramme } from '../../../src/audio/render'
import { runFfmpeg } from '../../../src/audio/run'
import { generateTone } from '../../../src/audio/testAudio'
import { composeProgramme } from '../../../src/broadcast/composeProgramme'
import { FILL_MARGIN_SECONDS, fillSilence } from '../../../src/broadcast/fillSilence'
import { buildRenderSpec } from '../../../src/broadcast/renderSpec'
import type { ClipRef, ProgrammePlan, SlotInstance, StationSettings } from '../../../src/broadcast/types'

/**
 * The station filler through real ffmpeg: a 3-minute slot with 40 s of content is filled up to
 * the slot's end (less the margin), never past it, and the filler, recorded 14 dB under the
 * station's level, airs at the station's level like every other item.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'loa-filler-'))
const file = (name: string) => path.join(dir, name)
const SLOT_SECONDS = 180
const TARGET = -16

async function clipOf(id: string, title: string, name: string, tone: Parameters<typeof generateTone>[1]): Promise<ClipRef> {
  await generateTone(file(name), tone)
  // As the upload hook measures a clip: decoded length and integrated loudness.
  const measured = await measureLoudness(file(name))
  return { id, title, path: file(name), durationSeconds: Math.round(measured.durationSeconds * 1000) / 1000, loudnessLufs: measured.integratedLufs }
}

/** Loudness of a stretch of the programme, decoded to WAV first. */
async function loudnessOf(source: string, from: number, seconds: number) {
  const out = file(`part-${from}-${seconds}.wav`)
  const run = await runFfmpeg({ inputs: [{ source, options: ['-ss', String(from), '-t', String(seconds)] }], outputOptions: ['-c:a', 'pcm_s16le'], output: out })
  if (run.code !== 0) throw new Error(run.tail.join('\n'))
  return measureLoudness(out)
}

let plan: ProgrammePlan
let output: string

beforeAll(async () => {
  const [intro, article, outro, filler] = await Promise.all([
    clipOf('intro', 'Nhạc hiệu', 'intro.mp3', { seconds: 4, frequency: 523, levelDb: -12, kind: 'sine' }),
    clipOf('bai', 'Bài đọc', 'bai.mp3', { seconds: 30, frequency: 180, levelDb: -24, kind: 'speechlike' }),
    clipOf('outro', 'Nhạc kết', 'outro.mp3', { seconds: 3, frequency: 392, levelDb: -14, kind: 'sine' }),
    clipOf('nen', 'Nhạc nền', 'nen.mp3', { seconds: 25, frequency: 0, levelDb: -30, kind: 'noise' }),
  ])
  const station: StationSettings = {
    name: 'Đài thử',
    timeZone: 'Asia/Ho_Chi_Minh',
    loudnessTargetLufs: TARGET,
    truePeakDbtp: -1.5,
    output: { format: 'mp3', bitrateKbps: 128, sampleRate: 44100, channels: 1 },
    gapSeconds: 0.8,
    intro,
    outro,
    leadMinutes: 60,
    fillSilence: true,
    filler,
  }
  const start = new Date('2026-12-01T10:00:00Z')
  const instance: SlotInstance = {
    slot: { slug: 'chieu', name: 'Chiều', kind: 'local', days: [2], start: '17:00', end: '17:03' },
    date: '2026-12-01',
    start,
    end: new Date(start.getTime() + SLOT_SECONDS * 1000),
    durationSeconds: SLOT_SECONDS,
  }
  const article_ = { id: 'a1', title: 'Bài đọc', publishedAt: start, include: true, readOut: article }
  plan = fillSilence(composeProgramme(instance, { announcements: [], articles: [article_] }, station), SLOT_SECONDS, station)
  output = file('programmes/chieu.mp3')
  await renderProgramme(buildRenderSpec(plan, station), output)
}, 120_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('a short programme filled with the station filler', () => {
  it('runs to within 2 s of the slot’s end less the margin, never past the slot, outro last', async () => {
    expect(plan.segments.at(-1)?.kind).toBe('outro')
    expect(plan.segments.filter((s) => s.kind === 'filler').length).toBeGreaterThanOrEqual(5)
    const decoded = (await measureLoudness(output)).durationSeconds
    expect(decoded).toBeLessThanOrEqual(SLOT_SECONDS)
    expect(decoded).toBeLessThanOrEqual(SLOT_SECONDS - FILL_MARGIN_SECONDS + 0.05)
    expect(decoded).toBeGreaterThan(SLOT_SECONDS - FILL_MARGIN_SECONDS - 2)
    expect(Math.abs(decoded - plan.totalSeconds)).toBeLessThan(0.05)
  })

  it('airs the filler at the station’s level, as the article, though it was recorded 14 dB quieter', async () => {
    const article = plan.segments.find((s) => s.kind === 'article')!
    const wholeFiller = plan.segments.filter((s) => s.kind === 'filler')[1]
    const [speech, filler] = await Promise.all([
      loudnessOf(output, article.startSeconds + 0.5, article.durationSeconds - 1),
      loudnessOf(output, wholeFiller.startSeconds + 0.5, wholeFiller.durationSeconds - 1),
    ])
    expect(Math.abs(filler.integratedLufs - TARGET)).toBeLessThanOrEqual(1)
    expect(Math.abs(speech.integratedLufs - TARGET)).toBeLessThanOrEqual(1)
    expect(filler.truePeakDbtp).toBeLessThanOrEqual(-1.5)
  })

  it('fades the cut-short last repetition out instead of stopping mid-sound', async () => {
    const last = plan.segments.filter((s) => s.kind === 'filler').at(-1)!
    expect(last.fadeOutSeconds).toBeGreaterThan(0)
    const end = last.startSeconds + last.durationSeconds
    const [before, tail] = await Promise.all([loudnessOf(output, last.startSeconds, 2), loudnessOf(output, end - 0.6, 0.6)])
    expect(Math.abs(before.integratedLufs - TARGET)).toBeLessThanOrEqual(1.5)
    expect(tail.integratedLufs).toBeLessThan(TARGET - 10)
  })
})
