/**
 * The one module that writes Loa's Liquidsoap script and talks to the running engine (Liquidsoap
 * 2.1, Debian 12). Loa decides what airs when (src/broadcast/airPlan); Liquidsoap only plays what
 * it is told, so its script stays small and fixed:
 *
 *   fallback(track_sensitive=false, [emergency queue, programme queue, blank.strip(relay), dead-air loop
 *            while a relay slot is on air, filler?, blank])  →  Icecast (MP3), file?, sound card?
 *
 * The emergency queue comes first, so a released emergency cuts in as soon as its request is ready,
 * whatever plays below it; when it ends, Loa pushes what is due at that moment (the slot's file at
 * the position it would have reached, or the relay), never a replay of the interrupted item.
 *
 * Control channel: Liquidsoap's command server on a Unix socket (settings.server.socket), not telnet
 * and not harbor HTTP. Telnet on a loopback port has no authentication, so any local user or any
 * process that can reach 127.0.0.1 could put anything on air; harbor would need a secret of our own
 * and is a second HTTP server. The socket file is created with mode 0600 inside Loa's data folder,
 * so only Loa's user can drive the air. The protocol is the telnet one: a command line, the answer,
 * "END".
 *
 * Commands are Loa's own (server.register, namespace "loa"), each one doing the whole change at
 * once, so a slot start is one round trip and never leaves the engine half-switched.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmod, mkdir, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'
import { type SoundCard, soundDeviceError } from '../broadcast/soundOutput'
import { type AirReportPlan, encodeReportPlan } from '../broadcast/asRun'
import { STATION_DEFAULTS } from '../broadcast/stationSettings'

export type IcecastTarget = { host: string; port: number; user: string; password: string; mount: string }

export type LiquidsoapSettings = {
  /** Unix socket for the command server (under 100 characters: the kernel's limit is 108). */
  controlSocket: string
  /** Where the air signal goes; null only in tests that record to a file. */
  icecast: IcecastTarget | null
  /** A WAV recording of the air signal (tests). */
  recordFile?: string | null
  /** Played between slots instead of silence (the station's filler, when `fillBetweenSlots` is on), looped. */
  fillerFile?: string | null
  /**
   * A relay silent, unreachable or lost for this many seconds goes to the dead-air fallback (the
   * file set with `loa.deadair`, looped) until it comes back. Default 15.
   */
  deadAirSeconds?: number
  stationName: string
  bitrateKbps?: number
  /** Also feed this sound card (ALSA or PulseAudio): a PC wired to the transmitter or amplifier. */
  soundCard?: SoundCard | null
  /**
   * Outputs wait for `loa.air` instead of starting with the engine: a restarting playout starts
   * Liquidsoap (seconds of start-up) while it opens the database, and lets it on air only once it
   * holds the playout lease (src/broadcast/playoutLease), so a playout that must wait never takes
   * the mount.
   */
  holdOutput?: boolean
  /**
   * Where the engine reports each item that starts and ends on air (the as-run log): Loa's
   * /api/as-run/report with the shared secret; `runId` makes each report's key unique across
   * restarts. Null: nothing is reported (tests of the air alone).
   */
  asRun?: { url: string; secret: string; runId: string } | null
}

/** The grace a relay (re)start gets to connect before it counts as dead air, seconds. */
export const relayGraceSeconds = (deadAirSeconds: number) => Math.min(5, deadAirSeconds)

/**
 * A Liquidsoap string literal. Liquidsoap interpolates "#{…}" inside strings and reads escapes, so
 * a value with a quote, a backslash, "#{" or a control character is refused rather than escaped:
 * every value here is a path, password or name Loa made itself, and a surprise means a bug.
 */
export function liqString(value: string): string {
  if (/[\u0000-\u001f\u007f"\\]|#\{/.test(value)) throw new Error(`Giá trị không dùng được trong kịch bản Liquidsoap: ${JSON.stringify(value)}`)
  return `"${value}"`
}

/**
 * The as-run reports (proof of airing). Every change on air passes through `radio.on_track` (a new
 * request, or a switch between layers: the transitions name the layer first). An item is a layer
 * with its plan: a new one ends the previous item and starts the next, each reported by an HTTP POST
 * of a small JSON to Loa. The post runs in a thread of its own with a 2 s timeout and two retries,
 * so a server that is down or slow never holds up the air; what it misses is lost (see README).
 * Each report repeats the whole item, so an end that gets through records an item whose start did not.
 */
function asRunPrelude(settings: LiquidsoapSettings, deadAirSeconds: number): string[] {
  const asRun = settings.asRun ?? null
  if (asRun && !/^[A-Za-z0-9]{8,40}$/.test(asRun.runId)) throw new Error(`Mã lần chạy không hợp lệ: ${asRun.runId}`)
  return [
    // Scheduler queues for the reports' posts and request resolution, so a slow report never
    // delays the next programme's file.
    'settings.scheduler.generic_queues.set(4)',
    `asrun_url = ${liqString(asRun?.url ?? '')}`,
    `asrun_secret = ${liqString(asRun?.secret ?? '')}`,
    `asrun_run = ${liqString(asRun?.runId ?? 'off')}`,
    'on_air_layer = ref("silence")',
    'on_air_deadair = ref("")',
    'relay_plan = ref("")',
    'silence_plan = ref("")',
    // Why the item on air will end, set by Loa's commands: "slot" (the schedule moved on), "stop"
    // (a person stopped the emergency); "" when it ends by itself.
    'end_cause = ref("")',
    'asrun_count = ref(0)',
    'asrun_key = ref("")',
    'asrun_identity = ref("")',
    'asrun_layer = ref("")',
    'asrun_plan = ref("")',
    'asrun_file = ref("")',
    'asrun_deadair = ref("")',
    'asrun_started = ref(0.)',
    'def asrun_body(event, ended, cause, by) =',
    `  json.stringify(compact=true, {v=1, event=event, key=!asrun_key, layer=!asrun_layer, plan=!asrun_plan, startedAt=!asrun_started, endedAt=ended, cause=cause, by=by, deadAir=!asrun_deadair, deadAirSeconds=${deadAirSeconds}, file=!asrun_file})`,
    'end',
    'def asrun_headers() = [("Content-Type", "application/json"), ("X-Loa-Asrun-Secret", asrun_secret)] end',
    'def rec asrun_send(body, attempt) =',
    '  def send() =',
    '    r = http.post(timeout_ms=2000, headers=asrun_headers(), data=body, asrun_url)',
    '    if r.status_code >= 500 and attempt < 2 then asrun_send(body, attempt + 1) end',
    '  end',
    '  thread.run(fast=false, delay=if attempt == 0 then 0. else 2. end, send)',
    'end',
    // Gaps between slots (silence with no plan) are not reported: nothing was planned there.
    'def asrun_reportable() = asrun_url != "" and !asrun_key != "" and (!asrun_layer != "silence" or !asrun_plan != "") end',
    'def asrun_report(event, ended, cause, by) =',
    '  if asrun_reportable() then asrun_send(asrun_body(event, ended, cause, by), 0) end',
    'end',
    'def asrun_track(m) =',
    // The dead-air switch can be picked for an instant after an emergency (no reason: the relay is
    // not wanted); that is the silence before the relay's return, not a fallback.
    '  layer = if !on_air_layer == "deadair" and !on_air_deadair == "" then "silence" else !on_air_layer end',
    '  plan = if layer == "programme" or layer == "emergency" then m["loa_plan"] elsif layer == "relay" or layer == "deadair" then !relay_plan elsif layer == "silence" then !silence_plan else "" end',
    '  identity = "#{layer} #{plan}"',
    '  cause = !end_cause',
    '  end_cause := ""',
    '  if identity != !asrun_identity then',
    '    now = time()',
    '    interrupted = layer == "emergency" and !asrun_layer != "emergency"',
    '    asrun_report("end", now, if interrupted then "interrupted" else cause end, if interrupted then plan else "" end)',
    '    asrun_count := !asrun_count + 1',
    '    asrun_key := "#{asrun_run}-#{!asrun_count}"',
    '    asrun_identity := identity',
    '    asrun_layer := layer',
    '    asrun_plan := plan',
    '    asrun_started := now',
    '    asrun_file := if layer == "deadair" or layer == "filler" then m["filename"] else "" end',
    '    asrun_deadair := if layer == "deadair" then !on_air_deadair else "" end',
    '    asrun_report("start", null(), "", "")',
    '  end',
    'end',
    // Stopping (SIGTERM): the item on air ends now; posted at once, as the engine is going away.
    'def asrun_shutdown() =',
    '  if asrun_reportable() then',
    '    ignore(http.post(timeout_ms=1000, headers=asrun_headers(), data=asrun_body("end", time(), "shutdown", ""), asrun_url))',
    '  end',
    'end',
  ]
}

/** The script for the settings; pure, so its important lines are unit-tested. */
export function liquidsoapScript(settings: LiquidsoapSettings): string {
  const deadAir = settings.deadAirSeconds ?? STATION_DEFAULTS.deadAirSeconds
  if (!(deadAir > 0 && deadAir <= 3600)) throw new Error(`Thời gian im lặng tối đa không hợp lệ: ${deadAir}`)
  const lines = [
    '# Written by Loa (src/playout/liquidsoap.ts) at each start; edits here are lost.',
    // CI and small centres run everything as root; Liquidsoap refuses to unless told.
    'settings.init.allow_root.set(true)',
    'settings.log.stdout.set(true)',
    'settings.log.file.set(false)',
    'settings.log.level.set(3)',
    'settings.server.socket.set(true)',
    `settings.server.socket.path.set(${liqString(settings.controlSocket)})`,
    // 0600: only Loa's own user may drive the air.
    'settings.server.socket.permissions.set(384)',
    '',
    // Programmes: one request at a time, pushed by Loa at the slot start. cue_cut honours
    // liq_cue_in (a restart mid-programme) and liq_cue_out (the slot's end, a second guard behind
    // Loa's own stop at the end).
    'queue = request.queue(id="loa_programme")',
    // Emergencies ("Phát ngay"): above everything else in the fallback.
    'emergency = request.queue(id="loa_emergency")',
    // Relays: started and stopped by Loa; a placeholder URL until the first relay slot. input.http
    // reconnects by itself (every poll_delay) while started, so a lost relay is retried for as long
    // as its slot lasts. relay_connected says whether it got through since this relay started: the
    // reason for a switch to the fallback ("cannot be reached" or "lost").
    'relay_wanted = ref(false)',
    'relay_connected = ref(false)',
    // When the relay was last (re)started: it gets a grace to connect before that counts as dead
    // air, so a relay slot's start, or its return after an emergency, is not logged as "mất sóng".
    'relay_started = ref(0.)',
    'relay = input.http(id="loa_relay", start=false, poll_delay=1., timeout=5.,',
    '  on_connect=fun (_) -> relay_connected := true, "http://127.0.0.1:9/loa-relay-placeholder")',
    // A relay that only carries silence is dead air too: unavailable after N s of blank, so the
    // fallback below takes over; available again as soon as there is sound. blank.strip keeps
    // reading the relay while it is stripped, so it notices the sound coming back.
    `relay_live = blank.strip(id="loa_relay_live", max_blank=${deadAir.toFixed(1)}, track_sensitive=false, relay)`,
    // The dead-air fallback: the file Loa names (the station filler, or the latest local programme),
    // looped, and only while a relay slot is on air; between slots it would otherwise air too.
    'deadair_file = ref("")',
    'def deadair_next() =',
    '  if !deadair_file == "" then null() else request.create(!deadair_file) end',
    'end',
    'deadair_loop = request.dynamic(id="loa_deadair_loop", retry_delay=1., deadair_next)',
    `def relay_starting() = not !relay_connected and time() - !relay_started < ${relayGraceSeconds(deadAir).toFixed(1)} end`,
    'deadair = switch(id="loa_deadair", track_sensitive=false, [({!relay_wanted and not relay_starting()}, deadair_loop)])',
    ...asRunPrelude(settings, deadAir),
  ]
  const layers: { name: string; source: string }[] = [
    { name: 'emergency', source: 'cue_cut(emergency)' },
    { name: 'programme', source: 'cue_cut(queue)' },
    { name: 'relay', source: 'relay_live' },
    { name: 'deadair', source: 'deadair' },
  ]
  if (settings.fillerFile) {
    lines.push(`filler = single(id="loa_filler", ${liqString(settings.fillerFile)})`)
    layers.push({ name: 'filler', source: 'filler' })
  }
  layers.push({ name: 'silence', source: 'blank(id="loa_silence")' })
  lines.push(
    // Why the relay is off the air, at the moment of the switch.
    // Empty when no relay slot is on air (a layer below the relay then is just the gap between slots).
    'def deadair_reason() =',
    '  if not !relay_wanted or relay_starting() then "" elsif not !relay_connected then "unreachable" elsif relay_live.is_blank() then "silent" else "lost" end',
    'end',
    // One line per switch between layers (a transition runs when its layer takes over): Loa logs
    // dead air and the relay's return from these (deadAirLog in src/broadcast/deadAir).
    ...layers.map(
      (layer, index) =>
        `def to_${layer.name}(_, b) = on_air_layer := "${layer.name}" on_air_deadair := ${index > layers.findIndex((l) => l.name === 'relay') ? 'deadair_reason()' : '""'} print("LOA-LAYER ${layer.name}${index > layers.findIndex((l) => l.name === 'relay') ? ' #{!on_air_deadair}' : ''}") b end`,
    ),
    // track_sensitive=false: a slot start (or dead air) switches at once, not at the end of a track.
    `radio = fallback(id="loa_air", track_sensitive=false, transition_length=0., transitions=[${layers.map((l) => `to_${l.name}`).join(', ')}], [${layers.map((l) => l.source).join(', ')}])`,
    '',
    'def loa_play(uri) =',
    '  end_cause := "slot"',
    '  silence_plan := ""',
    '  queue.set_queue([])',
    '  queue.skip()',
    '  relay_wanted := false',
    '  relay.stop()',
    '  queue.push.uri(uri)',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="Play a file now, replacing what plays", "play", loa_play)',
    // "<plan> <url>": the plan (base64url, or "-") is reported with whatever airs for the relay slot.
    'def loa_relay(arg) =',
    '  parts = string.split(separator=" ", arg)',
    '  plan = list.nth(default="-", parts, 0)',
    '  url = string.concat(separator=" ", list.tl(parts))',
    '  end_cause := "slot"',
    '  silence_plan := ""',
    '  relay_plan := if plan == "-" then "" else plan end',
    '  queue.set_queue([])',
    '  queue.skip()',
    '  relay.stop()',
    '  relay.set_url(url)',
    '  relay_connected := false',
    '  relay_started := time()',
    '  relay_wanted := true',
    '  relay.start()',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="Relay a stream now", "relay", loa_relay)',
    // The argument: the plan of a slot that airs silence (a missing file), or nothing between slots.
    'def loa_stop(plan) =',
    '  end_cause := "slot"',
    '  silence_plan := if plan == "-" then "" else plan end',
    '  queue.set_queue([])',
    '  queue.skip()',
    '  relay_wanted := false',
    '  relay.stop()',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="Stop programme and relay: filler or silence", "stop", loa_stop)',
    // Set before each relay slot; an empty argument means no fallback (silence on dead air).
    'def loa_deadair(file) =',
    '  deadair_file := file',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="The file looped while the relay is dead", "deadair", loa_deadair)',
    // The relay is stopped under an emergency (it would only buffer), and not wanted until Loa
    // restarts it when the emergency ends: a relay stopped on purpose is not dead air (the moment
    // between the emergency's end and the relay's return used to air the fallback and log "mất sóng").
    // The programme queue is left as it is: Loa replaces it with what is due when the emergency ends.
    'def loa_emergency(uri) =',
    '  emergency.set_queue([])',
    '  emergency.skip()',
    '  emergency.push.uri(uri)',
    '  relay_wanted := false',
    '  relay.stop()',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="Interrupt everything with an emergency", "emergency", loa_emergency)',
    'def loa_emergency_stop(_) =',
    '  end_cause := "stop"',
    '  emergency.set_queue([])',
    '  emergency.skip()',
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="End the emergency now", "emergency_stop", loa_emergency_stop)',
    '',
    // One line per change on air, read by Loa from stdout; the as-run report of each item on air.
    'radio.on_track(fun (m) -> print("LOA-ON-AIR #{m[\'filename\']}"))',
    'radio.on_track(asrun_track)',
    'on_shutdown(asrun_shutdown)',
  )
  const bitrate = settings.bitrateKbps ?? STATION_DEFAULTS.bitrateKbps
  const start = settings.holdOutput ? ', start=false' : ''
  const outputs: string[] = []
  if (settings.icecast) {
    const ice = settings.icecast
    lines.push(
      `air_icecast = output.icecast(%mp3(bitrate=${bitrate}, samplerate=44100, stereo=true), id="loa_icecast"${start},`,
      `  host=${liqString(ice.host)}, port=${ice.port}, user=${liqString(ice.user)}, password=${liqString(ice.password)},`,
      `  mount=${liqString(ice.mount)}, name=${liqString(settings.stationName)}, description="Loa", radio)`,
    )
    outputs.push('air_icecast')
  }
  if (settings.recordFile) {
    lines.push(`air_record = output.file(id="loa_record", %wav(stereo=true)${start}, ${liqString(settings.recordFile)}, radio)`)
    outputs.push('air_record')
  }
  if (settings.soundCard) {
    lines.push(...soundCardLines(settings.soundCard, start))
    outputs.push('air_soundcard')
  }
  if (outputs.length === 0) {
    lines.push(`air_dummy = output.dummy(radio${start})`)
    outputs.push('air_dummy')
  }
  lines.push(
    // Starts held outputs (holdOutput); harmless when they already run.
    'def loa_air(_) =',
    ...outputs.map((output) => `  ${output}.start()`),
    '  "OK"',
    'end',
    'server.register(namespace="loa", description="Start the outputs: on air", "air", loa_air)',
  )
  return lines.join('\n') + '\n'
}

/**
 * The sound-card output. A card can be missing, busy or unplugged, and Liquidsoap 2.1 then stops
 * the whole process; the stream must not go down with it. So the card gets a clock of its own
 * (buffer() between the air signal and the card: the card paces itself, the Icecast output keeps
 * the CPU clock), its errors happen in that clock's thread (bufferize=false), and a failed clock
 * only stops itself (allow_streaming_errors): Loa reads the "failed while streaming" line
 * (soundCardFailure) and logs it in Vietnamese. The price of that setting is that a failure of the
 * main clock no longer ends Liquidsoap either, so Loa watches for it (mainClockStopped) and stops.
 */
function soundCardLines(card: SoundCard, start: string): string[] {
  const problem = soundDeviceError(card.device)
  if (problem) throw new Error(problem)
  const device = liqString(card.device)
  return [
    'settings.clock.allow_streaming_errors.set(true)',
    card.kind === 'alsa'
      ? `air_soundcard = output.alsa(id="loa_soundcard", device=${device}, bufferize=false, fallible=true${start}, buffer(radio))`
      : `air_soundcard = output.pulseaudio(id="loa_soundcard", client="Loa", device=${device}, fallible=true${start}, buffer(radio))`,
  ]
}

/** A Vietnamese line for the log when Liquidsoap reports that the sound card failed; else null. */
export function soundCardFailure(line: string, card: SoundCard | null | undefined): string | null {
  if (!card) return null
  const match = /Source loa_soundcard failed while streaming: (.*?)!?\s*$/.exec(line)
  if (!match) return null
  const name = card.kind === 'alsa' ? `ALSA ${card.device}` : `PulseAudio${card.device ? ` ${card.device}` : ''}`
  return `Không phát được ra card âm thanh (${name}): ${match[1]}. Luồng trực tuyến vẫn phát; kiểm tra thiết bị rồi khởi động lại phát sóng.`
}

/** True for the line Liquidsoap prints when its main clock (programmes, Icecast) stops streaming. */
export const mainClockStopped = (line: string) => /\[clock\.main:\d+\] Streaming loop stopped/.test(line)

/**
 * Loa's commands; the file or URL is one line, checked here (a line break would be a second command).
 * `plan`: what the as-run log records of the item (src/broadcast/asRun), as the request's
 * `loa_plan` annotation, or the relay's/silence's first argument ("-": none).
 */
export function playCommand(file: string, cue: { inSeconds?: number; outSeconds?: number } = {}, plan?: AirReportPlan | null): string {
  const annotations = [
    cue.inSeconds && cue.inSeconds > 0 ? `liq_cue_in="${cue.inSeconds.toFixed(2)}"` : null,
    cue.outSeconds && cue.outSeconds > 0 ? `liq_cue_out="${cue.outSeconds.toFixed(2)}"` : null,
    plan ? `loa_plan="${encodeReportPlan(plan)}"` : null,
  ].filter((a): a is string => a !== null)
  return `loa.play ${oneLine(annotations.length > 0 ? `annotate:${annotations.join(',')}:${file}` : file)}`
}
export const relayCommand = (url: string, plan?: AirReportPlan | null) => `loa.relay ${plan ? encodeReportPlan(plan) : '-'} ${oneLine(url)}`
export const STOP_COMMAND = 'loa.stop'
/** Stops programme and relay; with a plan, the silence that follows is that slot's (a missing file). */
export const stopCommand = (plan?: AirReportPlan | null) => (plan ? `loa.stop ${encodeReportPlan(plan)}` : STOP_COMMAND)
export const deadAirCommand = (file: string | null) => `loa.deadair ${oneLine(file ?? '')}`
/** An emergency cuts in at once; `inSeconds` > 0 only when a restart finds one under way. */
export const emergencyCommand = (file: string, cue: { inSeconds?: number } = {}, plan?: AirReportPlan | null) => playCommand(file, cue, plan).replace(/^loa\.play /, 'loa.emergency ')
export const EMERGENCY_STOP_COMMAND = 'loa.emergency_stop'
/** Puts an engine started with holdOutput on air. */
export const AIR_COMMAND = 'loa.air'

function oneLine(value: string): string {
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029]/.test(value)) throw new Error(`Địa chỉ có ký tự điều khiển: ${JSON.stringify(value)}`)
  return value
}

/** One command over the control socket; resolves with Liquidsoap's answer (without "END"). */
export function sendCommand(socketPath: string, command: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(socketPath)
    let answer = ''
    let done = false
    const finish = (error: Error | null, value = '') => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      if (error) reject(error)
      else resolve(value)
    }
    const timer = setTimeout(() => finish(new Error(`Liquidsoap không trả lời lệnh "${command}" sau ${timeoutMs} ms`)), timeoutMs)
    socket.setEncoding('utf8')
    socket.on('connect', () => socket.write(`${command}\n`))
    socket.on('data', (chunk: string) => {
      answer += chunk
      const end = answer.indexOf('\r\nEND\r\n')
      if (end >= 0 || answer.startsWith('END\r\n')) finish(null, end >= 0 ? answer.slice(0, end) : '')
    })
    socket.on('error', (error) => finish(error))
    socket.on('close', () => finish(new Error(`Liquidsoap đóng kết nối trước khi trả lời "${command}"`)))
  })
}

export type RunningLiquidsoap = {
  child: ChildProcess
  /** Sends one of Loa's commands; rejects if the engine does not answer "OK". */
  command: (line: string) => Promise<void>
  stop: () => Promise<void>
}

/**
 * Writes the script (0600: it holds the Icecast password) and starts Liquidsoap. On Linux it runs
 * under `setpriv --pdeathsig KILL`, so the kernel ends it when Loa's playout process dies however it
 * dies (see src/audio/launcher.ts for why a child does not otherwise). Resolves once the command
 * socket answers.
 */
export async function startLiquidsoap(options: {
  settings: LiquidsoapSettings
  scriptFile: string
  binary?: string
  onLine?: (line: string) => void
  readyTimeoutMs?: number
  /** The process as soon as it is spawned (a start may be abandoned before it is ready). */
  onSpawn?: (child: ChildProcess) => void
}): Promise<RunningLiquidsoap> {
  const { settings, scriptFile } = options
  await mkdir(path.dirname(scriptFile), { recursive: true })
  await mkdir(path.dirname(settings.controlSocket), { recursive: true })
  await rm(settings.controlSocket, { force: true })
  await writeFile(scriptFile, liquidsoapScript(settings), { mode: 0o600 })
  await chmod(scriptFile, 0o600)
  const binary = options.binary ?? 'liquidsoap'
  const [program, args] = process.platform === 'linux' ? ['setpriv', ['--pdeathsig', 'KILL', '--', binary, scriptFile]] : [binary, [scriptFile]]
  const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  options.onSpawn?.(child)
  const onLine = options.onLine ?? (() => {})
  let exited: string | null = null
  child.on('exit', (code, signal) => {
    exited = `${signal ?? code}`
  })
  for (const stream of [child.stdout, child.stderr]) {
    let rest = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n')
      rest = parts.pop() ?? ''
      for (const line of parts) if (line.trim()) onLine(line)
    })
  }

  const command = async (line: string) => {
    const answer = await sendCommand(settings.controlSocket, line)
    if (answer.trim() !== 'OK') throw new Error(`Liquidsoap trả lời "${answer.trim()}" cho lệnh "${line}"`)
  }
  const stop = async () => {
    if (exited !== null) return
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 5000).unref()
    })
  }

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000)
  for (;;) {
    if (exited !== null) throw new Error(`Liquidsoap dừng ngay khi khởi động (${exited}); xem các dòng nhật ký phía trên`)
    try {
      await sendCommand(settings.controlSocket, 'version', 2000)
      return { child, command, stop }
    } catch (error) {
      if (Date.now() > deadline) {
        await stop()
        throw new Error(`Liquidsoap không mở cổng điều khiển sau ${options.readyTimeoutMs ?? 30_000} ms: ${(error as Error).message}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
}
