/**
 * Programme assembly benchmark: `npm run bench:assemble` (add `-- --keep` to keep the files).
 *
 * Generates 20 clips totalling 30 minutes (speech-like, noise and tones; -31 to -10 LUFS; mono and
 * stereo; 44.1 and 48 kHz; MP3 and WAV) and builds a day's two programmes the way the radio does:
 * Monday's 17:00–17:30 afternoon programme (composeProgramme, the clips as read-outs) and Tuesday's
 * 05:10–05:30 morning rebroadcast of it (composeRebroadcast), each buildRenderSpec → renderProgramme.
 * Then a baseline on the same inputs: per programme, one plain decode + concat + MP3 encode with no
 * gain, limiter or silences. The ratio shows what the processing costs on top of the decode/encode
 * that any assembly needs. Peak memory is read from /proc (Linux only).
 *
 * Then the real path (issue 13, item 8): a temporary SQLite database seeded with the demo station
 * (`npm run seed`, its audio and schedule), and `npm run assemble` run for two days, exactly as an
 * operator runs it, sampling the peak RSS (VmHWM) of the assembling node process and, separately, of
 * its ffmpeg/ffprobe children. Its baseline, measured in the same run: a bare node process started
 * with the same flags that loads nothing, the floor every Node process pays (ratio = how many times
 * that floor Payload, Lexical, the SQLite driver and Loa's code cost). Target: <= 200 MB.
 * `-- --real-only` runs only this part.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measureLoudness } from '../../src/audio/probe'
import { renderProgramme } from '../../src/audio/render'
import { type FfmpegJob, runFfmpeg } from '../../src/audio/run'
import { resolveFfmpegBinaries } from '../../src/audio/binaries'
import { generateTone, type ToneKind } from '../../src/audio/testAudio'
import { addDays } from '../../src/broadcast/localDate'
import { composeProgramme } from '../../src/broadcast/composeProgramme'
import { composeRebroadcast } from '../../src/broadcast/composeRebroadcast'
import { planDay } from '../../src/broadcast/planDay'
import { buildRenderSpec } from '../../src/broadcast/renderSpec'
import { stationSettingsFrom } from '../../src/broadcast/stationSettings'
import type { ArticleCandidate, BroadcastSlot, ClipRef, ProgrammePlan, StationSettings } from '../../src/broadcast/types'
import { localDateOf } from '../../src/radio/schedule'
import { NODE_FLAGS } from '../lib/processes'

const TARGET_RATIO = 1.1
const TARGET_RSS_MB = 300
/** The assembling process alone (`npm run assemble`), its ffmpeg children apart (issue 13, item 8). */
const TARGET_ASSEMBLE_RSS_MB = 200
const keep = process.argv.includes('--keep')
const realOnly = process.argv.includes('--real-only')
const dir = mkdtempSync(path.join(tmpdir(), 'loa-bench-assemble-'))

// Ten pairs summing to 180 s each: 20 clips, 1800 s, from 40 s briefs to 140 s reports.
const SECONDS = [40, 140, 65, 115, 90, 90, 55, 125, 80, 100, 45, 135, 70, 110, 95, 85, 60, 120, 75, 105]
const LEVELS = [-31, -22, -16, -10, -26]

// The defaults every station starts with (what the worker would read from an untouched station).
const station: StationSettings = stationSettingsFrom({ name: 'Đài truyền thanh (bench)' })

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

/** The day's pair rendered from 20 synthetic clips, against the plain decode + concat + encode. */
async function renderBench() {
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

  // The default schedule's pair: the afternoon programme and its rebroadcast the next morning.
  const slots: BroadcastSlot[] = [
    { slug: 'chieu', name: 'Chiều', kind: 'local', days: [1, 2, 3, 4, 5], start: '17:00', end: '17:30' },
    { slug: 'phat-lai-sang', name: 'Phát lại', kind: 'rebroadcast', days: [2, 3, 4, 5, 6], start: '05:10', end: '05:30', rebroadcast: { sourceSlug: 'chieu', dayOffset: -1 } },
  ]
  const afternoon = planDay(slots, '2026-11-30', station.timeZone)[0]
  const morning = planDay(slots, '2026-12-01', station.timeZone)[0]
  const candidates = {
    announcements: [],
    articles: clips.map((clip, i): ArticleCandidate => ({ id: clip.id, title: clip.title, publishedAt: new Date(Date.UTC(2026, 10, 29, 8, 0) - i * 3600_000), readOut: clip, include: true })),
  }
  const afternoonPlan = composeProgramme(afternoon, candidates, station)
  const morningPlan = composeRebroadcast(morning, { slotSlug: 'chieu', date: afternoon.date, segments: afternoonPlan.segments }, candidates, station)
  const programmes: { name: string; plan: ProgrammePlan }[] = [
    { name: 'afternoon 17:00–17:30', plan: afternoonPlan },
    { name: 'morning rebroadcast 05:10–05:30', plan: morningPlan },
  ]

  type Measured = { name: string; expectedSeconds: number; renderSeconds: number; baselineSeconds: number; renderPeakKb: number; baselinePeakKb: number; outputPath: string; bytes: number; durationSeconds: number }
  const measured: Measured[] = []
  for (const { name, plan } of programmes) {
    const spec = buildRenderSpec(plan, station)
    // The render, as the radio runs it (including the fsync, probe and sha256 it does after ffmpeg).
    const renderStart = performance.now()
    const render = await withChildMemory(() => renderProgramme(spec, path.join(dir, `${plan.slotSlug}.mp3`)))
    const renderSeconds = (performance.now() - renderStart) / 1000

    // Baseline: same inputs, one decode + concat + encode. concat needs one common sample rate and
    // layout; lavfi inserts the converters for that by itself, so nothing else is in the graph.
    const used = plan.segments.flatMap((segment) => (segment.clip ? [segment.clip] : []))
    const labels = used.map((_, i) => `[${i}:a]`).join('')
    const baselineJob: FfmpegJob = {
      inputs: used.map((c) => ({ source: c.path })),
      complexFilter: { graph: `${labels}concat=n=${used.length}:v=0:a=1[out]`, map: '[out]' },
      outputOptions: ['-ar', '44100', '-ac', '1', '-c:a', 'libmp3lame', '-b:a', '128k'],
      output: path.join(dir, `baseline-${plan.slotSlug}.mp3`),
    }
    const baselineStart = performance.now()
    const baseline = await withChildMemory(() => runFfmpeg(baselineJob))
    const baselineSeconds = (performance.now() - baselineStart) / 1000
    if (baseline.value.code !== 0) throw new Error(`baseline failed: ${baseline.value.tail.slice(-5).join(' | ')}`)
    measured.push({
      name,
      expectedSeconds: spec.expectedSeconds,
      renderSeconds,
      baselineSeconds,
      renderPeakKb: render.childPeakKb,
      baselinePeakKb: baseline.childPeakKb,
      outputPath: render.value.outputPath,
      bytes: render.value.bytes,
      durationSeconds: render.value.durationSeconds,
    })
  }

  const nodeKb = vmHwmKb('self')
  const renderSeconds = measured.reduce((sum, m) => sum + m.renderSeconds, 0)
  const baselineSeconds = measured.reduce((sum, m) => sum + m.baselineSeconds, 0)
  const builtSeconds = measured.reduce((sum, m) => sum + m.durationSeconds, 0)
  const ratio = renderSeconds / baselineSeconds
  const renderPeakKb = Math.max(...measured.map((m) => m.renderPeakKb))
  const treeKb = nodeKb + renderPeakKb

  console.log('')
  for (const m of measured) {
    const check = await measureLoudness(m.outputPath)
    console.log(`[bench] ${m.name}: ${(m.expectedSeconds / 60).toFixed(2)} min expected, ${(m.durationSeconds / 60).toFixed(2)} min rendered, ${(m.bytes / 1048576).toFixed(1)} MB`)
    console.log(`[bench]   loudness ${check.integratedLufs} LUFS (target ${station.loudnessTargetLufs}), true peak ${check.truePeakDbtp} dBTP (ceiling ${station.truePeakDbtp})`)
    console.log(`[bench]   render ${m.renderSeconds.toFixed(2)} s, baseline ${m.baselineSeconds.toFixed(2)} s, ratio ${(m.renderSeconds / m.baselineSeconds).toFixed(2)}`)
  }
  console.log(`[bench] render wall time:    ${renderSeconds.toFixed(2)} s (both programmes)`)
  console.log(`[bench] baseline wall time:  ${baselineSeconds.toFixed(2)} s (decode + concat + encode only)`)
  console.log(`[bench] ratio render/baseline: ${ratio.toFixed(2)}   target <= ${TARGET_RATIO}  ${mark(ratio <= TARGET_RATIO)}`)
  console.log(`[bench] speed: ${(builtSeconds / renderSeconds).toFixed(1)}x realtime (${(builtSeconds / 60).toFixed(0)} min of programmes / render time)`)
  console.log(`[bench] peak RSS: ffmpeg render ${mb(renderPeakKb)} MB + node ${mb(nodeKb)} MB = ${mb(treeKb)} MB   target <= ${TARGET_RSS_MB} MB  ${mark(treeKb / 1024 <= TARGET_RSS_MB)}`)
  console.log(`[bench]           (baseline ffmpeg ${mb(Math.max(...measured.map((m) => m.baselinePeakKb)))} MB)`)
}

const ROOT = path.resolve(import.meta.dirname, '..', '..')

type ProcessInfo = { pid: number; ppid: number; comm: string }

function processes(): ProcessInfo[] {
  const list: ProcessInfo[] = []
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      list.push({ pid: Number(name), ppid: Number(fields[1]), comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) })
    } catch {
      // exited between readdir and read
    }
  }
  return list
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return ''
  }
}

/**
 * Runs a command to completion and samples, every 50 ms, the peak RSS (VmHWM) of each process under
 * it: `npm` → `sh` → `node … scripts/assemble.ts` → ffmpeg, ffprobe. Returns the peak of the node
 * process whose command line contains `marker`, and the largest peak among ffmpeg/ffprobe.
 */
async function peakUnder(command: string, args: string[], env: NodeJS.ProcessEnv, marker: string) {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
  const peaks = new Map<number, { kb: number; kind: 'node' | 'ffmpeg' | 'other' }>()
  const sample = () => {
    const all = processes()
    const under = new Set([child.pid as number])
    // Parents are listed before their children only by chance: repeat until nothing is added.
    for (let added = true; added; ) {
      added = false
      for (const p of all) {
        if (under.has(p.ppid) && !under.has(p.pid)) {
          under.add(p.pid)
          added = true
        }
      }
    }
    for (const p of all) {
      if (!under.has(p.pid)) continue
      const seen = peaks.get(p.pid)
      // Decided once: an exiting process has no command line left to read.
      const kind = seen?.kind ?? (/^ff(mpeg|probe)/.test(p.comm) ? 'ffmpeg' : p.comm === 'node' && commandLine(p.pid).includes(marker) ? 'node' : 'other')
      peaks.set(p.pid, { kind, kb: Math.max(seen?.kb ?? 0, vmHwmKb(p.pid)) })
    }
  }
  const timer = setInterval(sample, 50)
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  clearInterval(timer)
  const peakOf = (kind: string) => Math.max(0, ...[...peaks.values()].filter((p) => p.kind === kind).map((p) => p.kb))
  return { code, output, nodeKb: peakOf('node'), ffmpegKb: peakOf('ffmpeg'), ffmpegProcesses: [...peaks.values()].filter((p) => p.kind === 'ffmpeg').length }
}

/** `npm run assemble` on a seeded database, as an operator runs it: the assembling process's peak RSS. */
async function realPathBench() {
  const work = path.join(dir, 'station')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(work, 'loa.db')}`,
    LOA_DATA_DIR: work,
    LOA_MEDIA_DIR: path.join(work, 'media'),
    LOA_ADMIN_PASSWORD: 'bench-password-123',
  }
  let started = performance.now()
  // The demo station: articles with read-outs, announcements, the jingle and the default schedule.
  const seed = await peakUnder(process.execPath, [...NODE_FLAGS, 'scripts/seed.ts', '--aired-days', '0'], env, 'scripts/seed.ts')
  if (seed.code !== 0) throw new Error(`seed exited ${seed.code}:\n${seed.output}`)
  console.log(`[bench] seeded the demo station in ${((performance.now() - started) / 1000).toFixed(1)} s (${work})`)

  // The node process alone, started as `npm run assemble` starts it, loading nothing: the floor.
  const flags = /\bnode ((?:--[\w-]+(?:=\S+)? )*)scripts\/run\.mjs/.exec(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.assemble)?.[1].trim().split(/\s+/) ?? []
  const bare = await peakUnder(process.execPath, [...flags, '-e', 'setTimeout(() => {}, 300) // loa-bench-bare'], env, 'loa-bench-bare')

  // Tomorrow, then the day after: the second day's morning rebroadcast has the first day's
  // afternoon programme to replay, so every slot of it is built.
  const tomorrow = addDays(localDateOf(new Date(), station.timeZone), 1)
  const runs = []
  for (const date of [tomorrow, addDays(tomorrow, 1)]) {
    started = performance.now()
    const run = await peakUnder('npm', ['run', 'assemble', '--', '--date', date], env, 'scripts/assemble.ts')
    const seconds = (performance.now() - started) / 1000
    const total = /Tổng: .*/.exec(run.output)?.[0] ?? '(no summary line)'
    console.log(`[bench] npm run assemble -- --date ${date}: exit ${run.code}, ${seconds.toFixed(1)} s, ${total}`)
    console.log(`[bench]   node ${mb(run.nodeKb)} MB, largest of ${run.ffmpegProcesses} ffmpeg/ffprobe children ${mb(run.ffmpegKb)} MB`)
    if (run.nodeKb === 0) throw new Error('the assembling node process was never sampled')
    runs.push(run)
  }
  const nodeKb = Math.max(...runs.map((run) => run.nodeKb))
  const ffmpegKb = Math.max(...runs.map((run) => run.ffmpegKb))
  console.log('')
  console.log(`[bench] npm run assemble runs: node ${flags.join(' ')} scripts/run.mjs scripts/assemble.ts`)
  console.log(`[bench] assemble process peak RSS: ${mb(nodeKb)} MB (target <= ${TARGET_ASSEMBLE_RSS_MB} MB) ${nodeKb / 1024 <= TARGET_ASSEMBLE_RSS_MB ? 'OK' : 'MISSED'}`)
  console.log(`[bench]   its ffmpeg/ffprobe children, separate processes: peak ${mb(ffmpegKb)} MB (the largest one)`)
  console.log(`[bench]   baseline, a bare node with the same flags loading nothing: ${mb(bare.nodeKb)} MB; ratio assemble/bare ${(nodeKb / bare.nodeKb).toFixed(2)}`)
  console.log(`[bench]   (the seed, for comparison: ${mb(seed.nodeKb)} MB, run without the assembler's flags)`)
}

try {
  if (!realOnly) await renderBench()
  console.log('')
  await realPathBench()
} finally {
  if (keep) console.log(`[bench] kept ${dir}`)
  else rmSync(dir, { recursive: true, force: true })
}
