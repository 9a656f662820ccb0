/**
 * Loa's side of `npm run bench:playout`, in a Node process of its own so its CPU and memory can be
 * measured apart from the bench (which records and analyses the mount): writes the script and starts
 * Liquidsoap (src/playout/liquidsoap), then drives it with the air scheduler (src/playout/airScheduler)
 * from a playlist file, re-read like `npm run playout` re-reads the database (every 30 s).
 *
 * It does not open Payload: the real playout also holds Payload and its SQLite connection in this
 * process, so its memory is that much larger (see the README's bench section).
 *
 * argv[2]: JSON { controlSocket, scriptFile, icecast, playlistFile, mediaDir }. Sends { liquidsoapPid }
 * over IPC once the engine answers, then runs until the parent disconnects or sends "stop".
 */
import { readFile } from 'node:fs/promises'
import type { Playlist } from '../../src/broadcast/types'
import { fileForUrl, startAirScheduler } from '../../src/playout/airScheduler'
import { type IcecastTarget, playCommand, relayCommand, STOP_COMMAND, startLiquidsoap } from '../../src/playout/liquidsoap'

type DriverOptions = { controlSocket: string; scriptFile: string; icecast: IcecastTarget; playlistFile: string; mediaDir: string }
const options = JSON.parse(process.argv[2]) as DriverOptions
const lines: string[] = []

const liquidsoap = await startLiquidsoap({
  settings: { controlSocket: options.controlSocket, icecast: options.icecast, stationName: 'Đài xã (bench)' },
  scriptFile: options.scriptFile,
  onLine: (line) => lines.push(line),
})
const scheduler = startAirScheduler({
  engine: {
    play: (file, cue) => liquidsoap.command(playCommand(file, cue)),
    relay: (url) => liquidsoap.command(relayCommand(url)),
    stop: () => liquidsoap.command(STOP_COMMAND),
  },
  loadPlaylists: async () => [JSON.parse(await readFile(options.playlistFile, 'utf8')) as Playlist],
  resolveFile: (url) => fileForUrl(url, options.mediaDir),
  log: (line) => lines.push(`[loa ${new Date().toISOString()}] ${line}`),
})

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  scheduler.stop()
  await liquidsoap.stop()
  process.exit(0)
}
process.on('message', (message) => {
  if (message === 'stop') void stop()
  // The tail of the engine's and the scheduler's log, for the bench to print when a slot is missed.
  if (message === 'log') process.send?.({ log: lines.slice(-40) })
})
process.on('disconnect', () => void stop())
process.send?.({ liquidsoapPid: liquidsoap.child.pid })
