/**
 * The sound-card output (a centre whose PC feeds the transmitter or the amplifier): which one, and
 * the device name, checked before it goes into the Liquidsoap script. Pure, so the station setting's
 * validation in the admin (which also runs in the browser) and the playout share one rule.
 */
export const SOUND_OUTPUTS = ['none', 'alsa', 'pulseaudio'] as const
export type SoundOutputKind = (typeof SOUND_OUTPUTS)[number]
export type SoundCard = { kind: 'alsa' | 'pulseaudio'; device: string }

/**
 * ALSA names (`default`, `hw:0,0`, `plughw:CARD=PCH,DEV=0`, `null`) and PulseAudio sink names
 * (`alsa_output.pci-0000_00_1f.3.analog-stereo`) need only these characters. Anything else (quotes,
 * spaces, `#{`, line breaks, shell or path characters) is refused, not escaped: a device name is
 * written into the script Liquidsoap runs.
 */
const DEVICE = /^[A-Za-z0-9_.:,=-]{1,100}$/

/** A Vietnamese message when the device name cannot be used, else null. Empty: the system default. */
export function soundDeviceError(device: string | null | undefined): string | null {
  if (device === null || device === undefined || device === '') return null
  if (DEVICE.test(device)) return null
  return 'Tên thiết bị âm thanh chỉ gồm chữ không dấu, số và các ký tự . _ - : , = (tối đa 100 ký tự), ví dụ: default, hw:0,0, plughw:CARD=PCH,DEV=0.'
}

/**
 * The sound card to feed, from the station settings; null when none is chosen. An empty ALSA device
 * is `default`; an empty PulseAudio device is the server's default sink.
 */
export function soundCardFromSettings(output: string | null | undefined, device: string | null | undefined): SoundCard | null {
  if (output !== 'alsa' && output !== 'pulseaudio') return null
  const name = (device ?? '').trim()
  if (soundDeviceError(name)) throw new Error(soundDeviceError(name)!)
  return { kind: output, device: name === '' && output === 'alsa' ? 'default' : name }
}
