/**
 * Programme assembly benchmark: `npm run bench:assemble` (add `-- --keep` to keep the files).
 *
 * Generates 20 clips totalling 30 minutes (speech-like, noise and tones; -31 to -10 LUFS; mono and
 * stereo; 44.1 and 48 kHz; MP3 and WAV), renders them once the way the radio does (buildRenderSpec
 * → renderProgramme), then runs a baseline on the same inputs: one plain decode + concat + MP3
 * encode with no gain, limiter or silences. The ratio shows what the processing costs on top of
 * the decode/encode that any assembly needs. Peak memory is read from /proc (Linux only).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measureLoudness } from '../../src/audio/probe'
import { renderProgramme } from '../../src/audio/render'
import { type FfmpegJob, runFfmpeg } from '../../src/audio/run'
import { resolveFfmpegBinaries } from '../../src/audio/binaries'
import { generateTone, type ToneKind } from '../../src/audio/testAudio'
import { buildRenderSpec } from '../../src/broadcast/renderSpec'
import type { ClipRef, ProgrammePlan, ProgrammeSegment, StationSettings } from '../../src/broadcast/types'

const TARGET_RATIO = 1.3
const TARGET_RSS_MB = 300
const keep = process.argv.includes('--keep')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-bench-assemble-'))

// Ten pairs summing to 180 s each: 20 clips, 1800 s, from 40 s briefs to 140 s reports.
const SECONDS = [40, 140, 65, 115, 90, 90, 55, 125, 80, 100, 45, 135, 70, 110, 95, 85, 60, 120, 75, 105]
const LEVELS = [-31, -22, -16, -10, -26]

const station: StationSettings = {
  name: 'Đài truyền thanh (bench)',
  timeZone: 'Asia/Ho_Chi_Minh',
  loudnessTargetLufs: -16,
  truePeakDbtp: -1.5,
  output: { format: 'mp3', bitrateKbps: 128, sampleRate: 44100, channels: 1 },
  gapSeconds: 0.8,
  intro: null,
  outro: null,
  leadMinutes: 60,
}

/** Runs `task` over `items`, `width` at a time (the CI machine has 2 cores). */
async function pool<T, R>(items: T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await task(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return results
}

function vmHwmKb(pid: number | 'self'): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0 // already exited
  }
}

/**
 * Samples the peak RSS (VmHWM) of every direct child of this process while `run` is going, every
 * 50 ms. VmHWM is a high-water mark, so a sample shortly before exit already holds the true peak.
 */
async function withChildMemory<T>(run: () => Promise<T>): Promise<{ value: T; childPeakKb: number }> {
  const peaks = new Map<number, number>()
  const sample = () => {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        if (ppid !== process.pid) continue
        const pid = Number(name)
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, vmHwmKb(pid)))
      } catch {
        // exited between readdir and read
      }
    }
  }
  const timer = setInterval(sample, 50)
  try {
    const value = await run()
    // Children run one after another (ffmpeg, then ffprobe), so the tree's peak is the largest one.
    return { value, childPeakKb: Math.max(0, ...peaks.values()) }
  } finally {
    clearInterval(timer)
  }
}

const mb = (kb: number) => (kb / 1024).toFixed(1)
const mark = (ok: boolean) => (ok ? 'OK  ' : 'MISS')

try {
  const binaries = resolveFfmpegBinaries()
  console.log(`[bench] ffmpeg: ${binaries.ffmpeg} (${binaries.source}); files in ${dir}`)

  const started = performance.now()
  const clips: ClipRef[] = await pool(SECONDS, 2, async (seconds, i) => {
    const kind: ToneKind = i % 5 === 4 ? 'noise' : i % 7 === 3 ? 'sine' : 'speechlike'
    const channels = i % 3 === 0 ? 2 : 1
    const sampleRate = i % 2 === 1 ? 48000 : 44100
    const file = path.join(dir, `clip-${String(i).padStart(2, '0')}.${i % 4 === 0 ? 'wav' : 'mp3'}`)
    await generateTone(file, { seconds, frequency: 140 + 13 * i, levelDb: LEVELS[i % LEVELS.length], kind, sampleRate, channels })
    // What the upload hook stores: decoded duration and integrated loudness.
    const measured = await measureLoudness(file)
    return { id: `c${i}`, title: `Clip ${i}`, path: file, durationSeconds: measured.durationSeconds, loudnessLufs: measured.integratedLufs }
  })
  const audioSeconds = clips.reduce((sum, c) => sum + c.durationSeconds, 0)
  console.log(`[bench] generated and measured ${clips.length} clips, ${(audioSeconds / 60).toFixed(1)} min, in ${((performance.now() - started) / 1000).toFixed(1)} s`)

  const segments: ProgrammeSegment[] = []
  let offset = 0
  clips.forEach((clip, i) => {
    if (i > 0) {
      segments.push({ kind: 'gap', title: '', startSeconds: offset, durationSeconds: station.gapSeconds, clip: null })
      offset += station.gapSeconds
    }
    segments.push({ kind: 'article', title: clip.title, startSeconds: offset, durationSeconds: clip.durationSeconds, clip })
    offset += clip.durationSeconds
  })
  const plan: ProgrammePlan = { slotSlug: 'bench', date: '2026-12-01', segments, totalSeconds: offset, dropped: [], excluded: [] }
  const spec = buildRenderSpec(plan, station)

  // The render, as the radio runs it (including the fsync, probe and sha256 it does after ffmpeg).
  const renderStart = performance.now()
  const render = await withChildMemory(() => renderProgramme(spec, path.join(dir, 'programme.mp3')))
  const renderSeconds = (performance.now() - renderStart) / 1000

  // Baseline: same inputs, one decode + concat + encode. concat needs one common sample rate and
  // layout; lavfi inserts the converters for that by itself, so nothing else is in the graph.
  const labels = clips.map((_, i) => `[${i}:a]`).join('')
  const baselineJob: FfmpegJob = {
    inputs: clips.map((c) => ({ source: c.path })),
    complexFilter: { graph: `${labels}concat=n=${clips.length}:v=0:a=1[out]`, map: '[out]' },
    outputOptions: ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'],
    output: path.join(dir, 'baseline.mp3'),
  }
  const baselineStart = performance.now()
  const baseline = await withChildMemory(() => runFfmpeg(baselineJob))
  const baselineSeconds = (performance.now() - baselineStart) / 1000
  if (baseline.value.code !== 0) throw new Error(`baseline failed: ${baseline.value.tail.slice(-5).join(' | ')}`)

  const nodeKb = vmHwmKb('self')
  const ratio = renderSeconds / baselineSeconds
  const treeKb = nodeKb + render.childPeakKb
  const check = await measureLoudness(render.value.outputPath)

  console.log('')
  console.log(`[bench] programme: ${(spec.expectedSeconds / 60).toFixed(2)} min expected, ${(render.value.durationSeconds / 60).toFixed(2)} min rendered, ${(render.value.bytes / 1048576).toFixed(1)} MB`)
  console.log(`[bench] output loudness: ${check.integratedLufs} LUFS (target ${station.loudnessTargetLufs}), true peak ${check.truePeakDbtp} dBTP (ceiling ${station.truePeakDbtp})`)
  console.log(`[bench] render wall time:    ${renderSeconds.toFixed(2)} s`)
  console.log(`[bench] baseline wall time:  ${baselineSeconds.toFixed(2)} s (decode + concat + encode only)`)
  console.log(`[bench] ratio render/baseline: ${ratio.toFixed(2)}   target <= ${TARGET_RATIO}  ${mark(ratio <= TARGET_RATIO)}`)
  console.log(`[bench] speed: ${(audioSeconds / renderSeconds).toFixed(1)}x realtime (${(audioSeconds / 60).toFixed(0)} min of clips / render time)`)
  console.log(`[bench] peak RSS: ffmpeg render ${mb(render.childPeakKb)} MB + node ${mb(nodeKb)} MB = ${mb(treeKb)} MB   target <= ${TARGET_RSS_MB} MB  ${mark(treeKb / 1024 <= TARGET_RSS_MB)}`)
  console.log(`[bench]           (baseline ffmpeg ${mb(baseline.childPeakKb)} MB)`)
} finally {
  if (keep) console.log(`[bench] kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
