import { describe, expect, it } from 'vitest'
import { fileForUrl } from '../../../src/playout/airScheduler'
import { playoutUnavailableReason } from '../../../src/playout/availability'
import { externalIcecastFromEnv, icecastConfigXml } from '../../../src/playout/icecast'
import { engineSettingsFromStation, parseEngineSettings, playoutOptionsFromStation, sameEngineSettings } from '../../../src/playout/stationPlayout'
import { deadAirCommand, liqString, liquidsoapScript, mainClockStopped, playCommand, relayCommand, soundCardFailure, stopCommand } from '../../../src/playout/liquidsoap'

const ICE = { host: '127.0.0.1', port: 8123, user: 'source', password: 'a1b2', mount: '/loa.mp3' }
const base = { controlSocket: '/var/lib/loa/playout/liquidsoap.sock', icecast: ICE, stationName: 'Đài xã Yên Lạc' }

describe('liquidsoapScript', () => {
  const script = liquidsoapScript(base)
  it.each([
    ['runs as root (CI, small centres)', 'settings.init.allow_root.set(true)'],
    ['is driven over a Unix socket only its user can open', 'settings.server.socket.permissions.set(384)'],
    ['puts the socket where Loa says', 'settings.server.socket.path.set("/var/lib/loa/playout/liquidsoap.sock")'],
    ['switches at once at a slot start, emergency before programme before relay before its dead-air fallback before silence', '[cue_cut(emergency), cue_cut(queue), relay_live, deadair, blank(id="loa_silence")])'],
    ['takes a relay off the air after 15 s of silence by default', 'blank.strip(id="loa_relay_live", max_blank=15.0, track_sensitive=false, relay)'],
    ['airs the dead-air fallback only while a relay slot is on air, and not while a (re)started relay connects', 'switch(id="loa_deadair", track_sensitive=false, [({!relay_wanted and not relay_starting()}, deadair_loop)])'],
    ['gives a (re)started relay 5 s to connect', 'time() - !relay_started < 5.0 end'],
    ['prints each switch of layer, with the reason below the relay', 'on_air_deadair := deadair_reason() print("LOA-LAYER deadair #{!on_air_deadair}")'],
    ['does not want the relay under an emergency (its return is not dead air)', '  emergency.push.uri(uri)\n  relay_wanted := false\n'],
    ['reports each item on air', 'radio.on_track(asrun_track)'],
    ['streams MP3 to the Icecast mount', 'mount="/loa.mp3"'],
    ['with the source password', 'password="a1b2"'],
  ])('%s', (_why, line) => expect(script).toContain(line))

  it('has no telnet server (unauthenticated on loopback)', () => expect(script).not.toMatch(/telnet/))
  it('plays the station filler between slots when one is set, before silence', () => {
    expect(liquidsoapScript({ ...base, fillerFile: '/m/filler.mp3' })).toContain('[cue_cut(emergency), cue_cut(queue), relay_live, deadair, filler, blank(id="loa_silence")]')
  })
  it('uses the station\'s dead-air seconds, and refuses nonsense', () => {
    expect(liquidsoapScript({ ...base, deadAirSeconds: 3 })).toContain('max_blank=3.0,')
    expect(() => liquidsoapScript({ ...base, deadAirSeconds: 0 })).toThrow()
    expect(() => liquidsoapScript({ ...base, deadAirSeconds: Number.NaN })).toThrow()
  })
  it('records to a WAV file, and needs some output', () => {
    expect(liquidsoapScript({ ...base, icecast: null, recordFile: '/tmp/r.wav' })).toContain('output.file(id="loa_record", %wav(stereo=true), "/tmp/r.wav", radio)')
    expect(liquidsoapScript({ ...base, icecast: null })).toContain('output.dummy(radio)')
  })
  it.each(['pass"word', 'a\\b', 'x#{shutdown()}', 'two\nlines'])('refuses %j in a string rather than risk the script', (value) => {
    expect(() => liqString(value)).toThrow(/Liquidsoap/)
    expect(() => liquidsoapScript({ ...base, icecast: { ...ICE, password: value } })).toThrow()
  })
})

describe('sound-card output', () => {
  it.each([
    ['no card: no sound-card output, and a streaming error still ends Liquidsoap', null, [], ['output.alsa', 'output.pulseaudio', 'allow_streaming_errors']],
    [
      'ALSA: the card on a clock of its own, a failure stopping only the card',
      { kind: 'alsa' as const, device: 'hw:0,0' },
      ['output.alsa(id="loa_soundcard", device="hw:0,0", bufferize=false, fallible=true, buffer(radio))', 'settings.clock.allow_streaming_errors.set(true)', 'output.icecast('],
      ['output.pulseaudio'],
    ],
    [
      'PulseAudio, the default sink',
      { kind: 'pulseaudio' as const, device: '' },
      ['output.pulseaudio(id="loa_soundcard", client="Loa", device="", fallible=true, buffer(radio))', 'settings.clock.allow_streaming_errors.set(true)', 'output.icecast('],
      ['output.alsa'],
    ],
  ])('%s', (_why, soundCard, present, absent) => {
    const script = liquidsoapScript({ ...base, soundCard })
    for (const line of present) expect(script).toContain(line)
    for (const line of absent) expect(script).not.toContain(line)
  })
  it.each(['hw:0"', 'x#{shutdown()}', 'a\nloa.stop', 'a b'])('refuses the device %j rather than write it into the script', (device) => {
    expect(() => liquidsoapScript({ ...base, soundCard: { kind: 'alsa', device } })).toThrow(/Tên thiết bị âm thanh/)
  })
  it('turns Liquidsoap\'s failure line into a Vietnamese one, for the card in use only', () => {
    const line = '2026/11/29 18:08:38 [clock.alsa:2] Source loa_soundcard failed while streaming: Failure("Error while setting open_pcm: No such file or directory")!'
    expect(soundCardFailure(line, { kind: 'alsa', device: 'hw:7,0' })).toBe(
      'Không phát được ra card âm thanh (ALSA hw:7,0): Failure("Error while setting open_pcm: No such file or directory"). Luồng trực tuyến vẫn phát; kiểm tra thiết bị rồi khởi động lại phát sóng.',
    )
    expect(soundCardFailure(line, null)).toBeNull()
    expect(soundCardFailure('2026/11/29 18:08:38 [loa_soundcard:3] Using ALSA 1.2.8.', { kind: 'alsa', device: 'hw:7,0' })).toBeNull()
    expect(mainClockStopped('2026/11/29 18:08:45 [clock.main:3] Streaming loop stopped.')).toBe(true)
    expect(mainClockStopped('2026/11/29 18:08:38 [clock.alsa:3] Streaming loop stopped.')).toBe(false)
  })
})

describe('as-run reports in the script', () => {
  const asRun = { url: 'http://127.0.0.1:3000/api/as-run/report', secret: 'c0ffee', runId: 'abcdef0123' }
  const script = liquidsoapScript({ ...base, asRun })
  it.each([
    ['posts to Loa', 'asrun_url = "http://127.0.0.1:3000/api/as-run/report"'],
    ['with the secret in a header', '("X-Loa-Asrun-Secret", asrun_secret)'],
    ['never waiting more than 2 s, in a thread of its own', 'http.post(timeout_ms=2000'],
    ['in a thread of its own', 'thread.run(fast=false'],
    ['keys unique to this run', 'asrun_run = "abcdef0123"'],
    ['and the end of what airs when the engine stops', 'on_shutdown(asrun_shutdown)'],
  ])('%s', (_why, line) => expect(script).toContain(line))
  it('reports nothing without a target', () => expect(liquidsoapScript(base)).toContain('asrun_url = ""'))
  it('refuses a secret or run id that could break the script', () => {
    expect(() => liquidsoapScript({ ...base, asRun: { ...asRun, secret: 'a"b' } })).toThrow()
    expect(() => liquidsoapScript({ ...base, asRun: { ...asRun, runId: 'x-1' } })).toThrow()
  })
})

describe('commands', () => {
  it('carries the plan of the as-run log as one base64url annotation, and with the relay and a silent slot', () => {
    const plan = { slot: 'sang', title: 'Bản tin "sáng", số 1', kind: 'local' as const }
    expect(playCommand('/m/a.mp3', { outSeconds: 60 }, plan)).toMatch(/^loa\.play annotate:liq_cue_out="60\.00",loa_plan="[A-Za-z0-9_-]+":\/m\/a\.mp3$/)
    expect(relayCommand('http://tinh/live', { ...plan, kind: 'relay' })).toMatch(/^loa\.relay [A-Za-z0-9_-]+ http:\/\/tinh\/live$/)
    expect(relayCommand('http://tinh/live')).toBe('loa.relay - http://tinh/live')
    expect(stopCommand()).toBe('loa.stop')
    expect(stopCommand(plan)).toMatch(/^loa\.stop [A-Za-z0-9_-]+$/)
  })
  it('plays a file from the top, or from a cue point with the slot end as cue-out', () => {
    expect(playCommand('/m/a.mp3')).toBe('loa.play /m/a.mp3')
    expect(playCommand('/m/a.mp3', { inSeconds: 0, outSeconds: 1200 })).toBe('loa.play annotate:liq_cue_out="1200.00":/m/a.mp3')
    expect(playCommand('/m/a.mp3', { inSeconds: 75.5, outSeconds: 1200 })).toBe('loa.play annotate:liq_cue_in="75.50",liq_cue_out="1200.00":/m/a.mp3')
  })
  it('never sends a second command hidden in a URL', () => {
    expect(() => relayCommand('http://x/a\nloa.stop')).toThrow()
    expect(() => playCommand('/m/a.mp3\r\nshutdown')).toThrow()
    expect(() => deadAirCommand('/m/f.mp3\nloa.stop')).toThrow()
    expect(deadAirCommand('/m/f.mp3')).toBe('loa.deadair /m/f.mp3')
    expect(deadAirCommand(null)).toBe('loa.deadair ')
  })
})

describe('fileForUrl', () => {
  it.each([
    ['/media/programmes/2026-12-01/thoi-su.mp3', '/srv/media/programmes/2026-12-01/thoi-su.mp3'],
    ['/media/programmes/2026-12-01/th%E1%BB%9Di.mp3?v=2', '/srv/media/programmes/2026-12-01/thời.mp3'],
    ['https://cdn.example.vn/a.mp3', 'https://cdn.example.vn/a.mp3'],
    ['/media/../data/loa.db', null],
    ['/media/%2e%2e/data/loa.db', null],
    ['/etc/passwd', null],
    ['file:///etc/passwd', null],
  ])('%s → %s', (url, file) => expect(fileForUrl(url, '/srv/media')).toBe(file))
})

describe('icecast', () => {
  it('listens on loopback only, with the generated passwords, escaped', () => {
    const xml = icecastConfigXml({ port: 8123, sourcePassword: 's<&>', adminPassword: 'adm'  })
    expect(xml).toContain('<bind-address>127.0.0.1</bind-address>')
    expect(xml).toContain('<port>8123</port>')
    expect(xml).toContain('<source-password>s&lt;&amp;&gt;</source-password>')
    // A change of user inside icecast would clear the parent-death signal: setpriv switches instead.
    expect(xml).not.toContain('changeowner')
  })
  it('uses an existing server from ICECAST_URL, and says in Vietnamese what is missing', () => {
    expect(externalIcecastFromEnv({})).toBeNull()
    expect(externalIcecastFromEnv({ ICECAST_URL: 'http://radio.example.vn:8000/xa.mp3', ICECAST_SOURCE_PASSWORD: 'pw' })).toEqual({
      host: 'radio.example.vn', port: 8000, user: 'source', password: 'pw', mount: '/xa.mp3', listenUrl: 'http://radio.example.vn:8000/xa.mp3',
    })
    expect(() => externalIcecastFromEnv({ ICECAST_URL: 'http://radio.example.vn:8000/xa.mp3' })).toThrow(/ICECAST_SOURCE_PASSWORD/)
  })
})

describe('playoutUnavailableReason', () => {
  const installed = (...names: string[]) => (name: string) => names.includes(name)
  it.each([
    [{}, installed('liquidsoap', 'icecast2'), null],
    [{}, installed('icecast2'), /chưa cài liquidsoap \(/],
    [{}, installed(), /chưa cài liquidsoap và icecast2/],
    [{ ICECAST_URL: 'http://radio:8000/a.mp3' }, installed('liquidsoap'), null],
    [{ LOA_PLAYOUT: 'off' }, installed('liquidsoap', 'icecast2'), /LOA_PLAYOUT=off/],
  ] as const)('%j', (env, onPath, expected) => {
    const reason = playoutUnavailableReason(env, onPath)
    if (expected === null) expect(reason).toBeNull()
    else {
      expect(reason).toMatch(expected)
      expect(reason!.split('\n')).toHaveLength(1)
    }
  })
})

describe('playoutOptionsFromStation', () => {
  const filler = { id: '1', title: 'Nhạc nền', path: '/srv/media/audio/nen.mp3', durationSeconds: 60, loudnessLufs: null }
  const station = { name: 'x', timeZone: 'Asia/Ho_Chi_Minh', loudnessTargetLufs: -16, truePeakDbtp: -1.5, output: { format: 'mp3' as const, bitrateKbps: 128, sampleRate: 44100, channels: 1 as const }, gapSeconds: 0.8, intro: null, outro: null, leadMinutes: 60 }
  it.each([
    ['no filler: silence between slots and on dead air, 15 s', {}, { betweenSlotsFile: null, deadAirFillerFile: null, deadAirSeconds: 15, soundCard: null }],
    ['a filler, not between slots (the default): dead air only', { filler }, { betweenSlotsFile: null, deadAirFillerFile: filler.path, deadAirSeconds: 15, soundCard: null }],
    ['a filler between slots too, and the station\'s seconds', { filler, fillBetweenSlots: true, deadAirSeconds: 30 }, { betweenSlotsFile: filler.path, deadAirFillerFile: filler.path, deadAirSeconds: 30, soundCard: null }],
    ['between slots asked, but no filler', { fillBetweenSlots: true }, { betweenSlotsFile: null, deadAirFillerFile: null, deadAirSeconds: 15, soundCard: null }],
    ['a sound card: ALSA default', { soundOutput: 'alsa' as const, soundDevice: null }, { betweenSlotsFile: null, deadAirFillerFile: null, deadAirSeconds: 15, soundCard: { kind: 'alsa', device: 'default' } }],
    ['a sound card: PulseAudio sink', { soundOutput: 'pulseaudio' as const, soundDevice: 'sink1' }, { betweenSlotsFile: null, deadAirFillerFile: null, deadAirSeconds: 15, soundCard: { kind: 'pulseaudio', device: 'sink1' } }],
    ['no sound card, a device left over', { soundOutput: 'none' as const, soundDevice: 'hw:0,0' }, { betweenSlotsFile: null, deadAirFillerFile: null, deadAirSeconds: 15, soundCard: null }],
  ])('%s', (_why, extra, expected) => expect(playoutOptionsFromStation({ ...station, ...extra })).toEqual(expected))
})

describe('restart: an engine started off air', () => {
  it('holds its outputs until loa.air when asked (a playout may start Liquidsoap before it holds the lease)', () => {
    const held = liquidsoapScript({ ...base, holdOutput: true })
    expect(held).toContain('air_icecast = output.icecast(%mp3(bitrate=128, samplerate=44100, stereo=true), id="loa_icecast", start=false,')
    expect(held).toContain('def loa_air(_) =\n  air_icecast.start()\n  "OK"\nend')
    expect(liquidsoapScript({ ...base, icecast: null, recordFile: '/tmp/r.wav', holdOutput: true })).toContain('output.file(id="loa_record", %wav(stereo=true), start=false, "/tmp/r.wav", radio)')
  })
  it('starts its outputs at once otherwise', () => expect(liquidsoapScript(base)).toContain('id="loa_icecast",\n'))
})

describe('engine settings saved for the next start', () => {
  const station = { name: 'Đài xã', fillBetweenSlots: true, filler: { path: '/m/f.mp3' }, deadAirSeconds: 10 } as unknown as Parameters<typeof engineSettingsFromStation>[0]
  it('are what the script takes from the station', () => expect(engineSettingsFromStation(station)).toEqual({ stationName: 'Đài xã', deadAirSeconds: 10, fillerFile: '/m/f.mp3', soundCard: null }))
  it.each([
    ['{"stationName":"Đài","deadAirSeconds":15,"fillerFile":null,"pid":42}', { stationName: 'Đài', deadAirSeconds: 15, fillerFile: null, soundCard: null, pid: 42 }],
    ['{"stationName":"Đài","deadAirSeconds":15,"fillerFile":"/f.mp3"}', { stationName: 'Đài', deadAirSeconds: 15, fillerFile: '/f.mp3', soundCard: null, pid: null }],
    ['{"stationName":"Đài","deadAirSeconds":15,"fillerFile":null,"soundCard":{"kind":"alsa","device":"hw:0,0"}}', { stationName: 'Đài', deadAirSeconds: 15, fillerFile: null, soundCard: { kind: 'alsa', device: 'hw:0,0' }, pid: null }],
    ['{"stationName":"Đài","deadAirSeconds":15,"fillerFile":null,"soundCard":{"kind":"alsa","device":"x\\" #{y}"}}', null],
    ['{"stationName":"Đài"}', null],
    ['{"stationName":"Đài","deadAirSeconds":15,"fillerFile":3}', null],
    ['not json', null],
  ])('parse %s', (text, expected) => expect(parseEngineSettings(text)).toEqual(expected))
  it('a changed setting means a new engine', () => {
    const a = { stationName: 'Đài', deadAirSeconds: 15, fillerFile: null, soundCard: null }
    expect(sameEngineSettings(a, { ...a })).toBe(true)
    expect(sameEngineSettings(a, { ...a, soundCard: { kind: 'alsa', device: 'default' } })).toBe(false)
    expect(sameEngineSettings(a, { ...a, fillerFile: '/f.mp3' })).toBe(false)
    expect(sameEngineSettings(a, { ...a, deadAirSeconds: 20 })).toBe(false)
  })
})
