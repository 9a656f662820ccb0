/**
 * Test helper: starts the embedded Icecast and Liquidsoap the way `npm run playout` does, prints
 * their pids as one JSON line, and waits to be killed (test/integration/playout/dies-with-parent).
 */
import path from 'node:path'
import { startEmbeddedIcecast } from '../../../src/playout/icecast'
import { startLiquidsoap } from '../../../src/playout/liquidsoap'

const dir = process.argv[2]
const icecast = await startEmbeddedIcecast({ dir: path.join(dir, 'icecast') })
const liquidsoap = await startLiquidsoap({
  settings: { controlSocket: path.join(dir, 'ls.sock'), icecast: icecast.target, stationName: 'Thử' },
  scriptFile: path.join(dir, 'loa.liq'),
})
console.log(JSON.stringify({ icecast: icecast.child.pid, liquidsoap: liquidsoap.child.pid, port: icecast.target.port }))
setInterval(() => {}, 60_000)
