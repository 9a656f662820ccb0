import { describe, expect, it } from 'vitest'
import { STATION_DEFAULTS, type StoredStation, stationSettingsFrom } from '../../../src/broadcast/stationSettings'
import type { ClipRef } from '../../../src/broadcast/types'
import { Station } from '../../../src/globals/Station'

const DEFAULT_SETTINGS = {
  name: 'Đài Truyền thanh cơ sở',
  timeZone: 'Asia/Ho_Chi_Minh',
  loudnessTargetLufs: -16,
  truePeakDbtp: -1.5,
  output: { format: 'mp3', bitrateKbps: 128, sampleRate: 44100, channels: 1 },
  gapSeconds: 0.8,
  intro: null,
  outro: null,
  leadMinutes: 60,
  maxSilentSharePercent: 25,
  fillSilence: false,
  filler: null,
  fillBetweenSlots: false,
  deadAirSeconds: 15,
  emergencyRepeatHours: 2,
  soundOutput: 'none',
  soundDevice: null,
  readLinks: 'skip',
}

describe('stationSettingsFrom', () => {
  it.each<[string, StoredStation | null]>([
    ['nothing stored', null],
    ['an empty document', {}],
    ['every field null', { name: null, timeZone: null, loudnessTarget: null, truePeak: null, bitrateKbps: null, sampleRate: null, channels: null, gapSeconds: null, leadMinutes: null, maxSilentSharePercent: null, fillSilence: null, fillBetweenSlots: null, deadAirSeconds: null, emergencyRepeatHours: null, soundOutput: null, soundDevice: null, speech: null }],
    ['blank name and zone', { name: '  ', timeZone: '' }],
    ['an unknown sound output and link reading', { soundOutput: 'jack', speech: { readLinks: 'shout' } }],
  ])('%s: the defaults', (_, stored) => {
    expect(stationSettingsFrom(stored)).toEqual(DEFAULT_SETTINGS)
  })

  it.each<[string, StoredStation, Record<string, unknown>]>([
    ['name', { name: 'Đài xã Yên Lạc' }, { name: 'Đài xã Yên Lạc' }],
    ['time zone', { timeZone: 'Asia/Tokyo' }, { timeZone: 'Asia/Tokyo' }],
    ['loudness and peak', { loudnessTarget: -23, truePeak: -2 }, { loudnessTargetLufs: -23, truePeakDbtp: -2 }],
    ['stereo at 192 kbps, 48 kHz', { channels: '2', bitrateKbps: 192, sampleRate: 48000 }, { output: { format: 'mp3', bitrateKbps: 192, sampleRate: 48000, channels: 2 } }],
    ['no gap (0 is a value, not unset)', { gapSeconds: 0 }, { gapSeconds: 0 }],
    ['timing', { leadMinutes: 120, maxSilentSharePercent: 0, deadAirSeconds: 5, emergencyRepeatHours: 0.5 }, { leadMinutes: 120, maxSilentSharePercent: 0, deadAirSeconds: 5, emergencyRepeatHours: 0.5 }],
    ['filler switches', { fillSilence: true, fillBetweenSlots: true }, { fillSilence: true, fillBetweenSlots: true }],
    ['sound card', { soundOutput: 'alsa', soundDevice: 'hw:0,0' }, { soundOutput: 'alsa', soundDevice: 'hw:0,0' }],
    ['links spelled out', { speech: { readLinks: 'spell' } }, { readLinks: 'spell' }],
  ])('%s: the stored value wins', (_, stored, changed) => {
    expect(stationSettingsFrom(stored)).toEqual({ ...DEFAULT_SETTINGS, ...changed })
  })

  it('clips go through the adapter given (a path is not the pure module’s business)', () => {
    const clip = (value: unknown): ClipRef | null => (value === 7 ? { id: '7', title: 'Nhạc hiệu', path: '/m/7.mp3', durationSeconds: 4, loudnessLufs: null } : null)
    const settings = stationSettingsFrom({ intro: 7, outro: 8, filler: null }, clip)
    expect([settings.intro?.id, settings.outro, settings.filler]).toEqual(['7', null, null])
  })
})

describe('STATION_DEFAULTS is the global’s defaults', () => {
  type Field = { name?: string; type: string; defaultValue?: unknown; fields?: Field[] }
  const withDefaults = (fields: Field[]): [string, unknown][] =>
    fields.flatMap((field) => [...(field.name && field.defaultValue !== undefined ? [[field.name, field.defaultValue] as [string, unknown]] : []), ...withDefaults(field.fields ?? [])])
  const fieldDefaults = withDefaults(Station.fields as Field[])

  it('every default the admin fills in is the one the loader fills in, and the other way round', () => {
    expect(Object.fromEntries(fieldDefaults)).toEqual({ ...STATION_DEFAULTS })
  })
})
