import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import type { SoundCard } from '../../../src/broadcast/soundOutput'
import { type LiquidsoapSettings, liquidsoapScript, type RunningLiquidsoap, sendCommand, soundCardFailure, startLiquidsoap } from '../../../src/playout/liquidsoap'

/**
 * The sound-card output (station setting "Phát ra card âm thanh"): the script Loa writes for each
 * output passes Liquidsoap's own check, and a card that cannot be opened stops only the card: the
 * engine keeps running and the air signal keeps flowing to its other outputs (here a file, as the
 * tests do instead of a real transmitter), while Loa gets the failure line it logs in Vietnamese.
 * The test machines have no sound card; ALSA's `null` device (part of alsa-lib's configuration)
 * shows that the ALSA output really opens.
 */
const run = promisify(execFile)
const dir = mkdtempSync(path.join(tmpdir(), 'loa-soundcard-'))
const base: LiquidsoapSettings = { controlSocket: path.join(dir, 'ls.sock'), icecast: { host: '127.0.0.1', port: 8000, user: 'source', password: 'x', mount: '/loa.mp3' }, stationName: 'Đài xã thử' }
let engine: RunningLiquidsoap | null = null

afterAll(async () => {
  await engine?.stop()
  rmSync(dir, { recursive: true, force: true })
})

describe('sound-card output', () => {
  it.each([
    ['none', null],
    ['ALSA hw:0,0', { kind: 'alsa', device: 'hw:0,0' }],
    ['PulseAudio default sink', { kind: 'pulseaudio', device: '' }],
  ] as [string, SoundCard | null][])('the script with %s passes liquidsoap --check', async (_name, soundCard) => {
    const file = path.join(dir, `check-${soundCard?.kind ?? 'none'}.liq`)
    writeFileSync(file, liquidsoapScript({ ...base, soundCard }))
    const { stdout, stderr } = await run('liquidsoap', ['--check', file]).catch((error: { stdout: string; stderr: string }) => {
      throw new Error(`liquidsoap --check failed:\n${error.stdout}\n${error.stderr}`)
    })
    expect(`${stdout}${stderr}`).not.toMatch(/error/i)
  })

  it.each([
    ['a missing ALSA card (hw:7,0)', { kind: 'alsa', device: 'hw:7,0' }, true],
    ['ALSA null device', { kind: 'alsa', device: 'null' }, false],
  ] as [string, SoundCard, boolean][])('with %s the engine keeps airing to its other outputs', async (_name, soundCard, fails) => {
    const lines: string[] = []
    const record = path.join(dir, `air-${soundCard.device.replace(/\W/g, '')}.wav`)
    engine = await startLiquidsoap({
      settings: { ...base, controlSocket: path.join(dir, `${soundCard.device.replace(/\W/g, '')}.sock`), icecast: null, recordFile: record, soundCard },
      scriptFile: path.join(dir, `air-${soundCard.device.replace(/\W/g, '')}.liq`),
      onLine: (line) => lines.push(line),
    })
    // Long enough for the card to be opened (or fail) and the file output to run on for a while.
    await new Promise((resolve) => setTimeout(resolve, 4000))
    const sizeBefore = statSync(record).size
    await new Promise((resolve) => setTimeout(resolve, 2000))
    const grown = statSync(record).size - sizeBefore
    expect(engine.child.exitCode, lines.slice(-20).join('\n')).toBeNull()
    expect(await sendCommand(base.controlSocket.replace('ls.sock', `${soundCard.device.replace(/\W/g, '')}.sock`), 'version')).toMatch(/Liquidsoap/)
    // 2 s of 44.1 kHz stereo 16-bit WAV is 352,800 bytes: the air signal still runs in real time.
    expect(grown, lines.slice(-20).join('\n')).toBeGreaterThan(0.7 * 352_800)
    expect(grown).toBeLessThan(1.5 * 352_800)
    const failures = lines.map((line) => soundCardFailure(line, soundCard)).filter((line) => line !== null)
    if (fails) expect(failures[0]).toMatch(/^Không phát được ra card âm thanh \(ALSA hw:7,0\)/)
    else {
      expect(failures).toEqual([])
      expect(lines.some((line) => /\[loa_soundcard:\d\] Using ALSA/.test(line)), lines.slice(-20).join('\n')).toBe(true)
    }
    await engine.stop()
    engine = null
  })
})
