import { describe, expect, it } from 'vitest'
import { soundCardFromSettings, soundDeviceError } from '../../../src/broadcast/soundOutput'

describe('soundCardFromSettings: the station setting → the card Liquidsoap feeds', () => {
  it.each([
    ['none chosen (the default)', 'none', 'hw:0,0', null],
    ['unset', undefined, undefined, null],
    ['ALSA, no device: default', 'alsa', '', { kind: 'alsa', device: 'default' }],
    ['ALSA, null device: default', 'alsa', null, { kind: 'alsa', device: 'default' }],
    ['ALSA card 0 device 0', 'alsa', 'hw:0,0', { kind: 'alsa', device: 'hw:0,0' }],
    ['ALSA by card name', 'alsa', ' plughw:CARD=PCH,DEV=0 ', { kind: 'alsa', device: 'plughw:CARD=PCH,DEV=0' }],
    ['PulseAudio, the default sink', 'pulseaudio', '', { kind: 'pulseaudio', device: '' }],
    ['PulseAudio sink', 'pulseaudio', 'alsa_output.pci-0000_00_1f.3.analog-stereo', { kind: 'pulseaudio', device: 'alsa_output.pci-0000_00_1f.3.analog-stereo' }],
  ] as const)('%s', (_why, output, device, expected) => expect(soundCardFromSettings(output, device)).toEqual(expected))

  it('refuses a device name it cannot put in the script, in Vietnamese', () => {
    expect(() => soundCardFromSettings('alsa', 'hw:0"\nshutdown()')).toThrow(/Tên thiết bị âm thanh/)
  })
})

describe('soundDeviceError', () => {
  it.each(['default', 'hw:0,0', 'plughw:CARD=PCH,DEV=0', 'null', 'dmix:CARD=1', '', null])('accepts %j', (device) => expect(soundDeviceError(device)).toBeNull())
  it.each(['hw:0"', 'a b', 'x#{shutdown()}', 'a\\b', 'two\nlines', '/dev/snd/pcmC0D0p', '$(reboot)', 'a;b', 'thiết-bị', 'x'.repeat(101)])('refuses %j', (device) =>
    expect(soundDeviceError(device)).toMatch(/^Tên thiết bị âm thanh chỉ gồm/),
  )
})
