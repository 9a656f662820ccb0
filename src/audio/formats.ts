/**
 * The audio containers Loa keeps, by ffprobe's `format_name`, and the extension a stored file gets.
 * Pure: no ffmpeg, no I/O.
 *
 * The stored name's extension is always Loa's, chosen from what ffprobe detected, never the
 * uploader's: ffmpeg's demuxers skip leading junk, so an XHTML page with MP3 frames appended probes
 * as "mp3". Kept as `page.xht` it would be served as a web page from the site's origin; kept as
 * `page.mp3` it is served as audio/mpeg (with nosniff) and cannot run script.
 *
 * The names are matched whole ("mov,mp4,m4a,3gp,3g2,mj2" is one demuxer): without a list,
 * headerless raw formats claim arbitrary bytes (a Vietnamese text file renamed .mp3 probes as raw
 * AMR-WB and "decodes" to 8 s of noise).
 */
export const AUDIO_FORMATS: Readonly<Record<string, string>> = {
  mp3: 'mp3',
  wav: 'wav',
  flac: 'flac',
  ogg: 'ogg',
  // M4A, MP4 audio and 3GP all come through the one ISO-BMFF demuxer.
  'mov,mp4,m4a,3gp,3g2,mj2': 'm4a',
  aac: 'aac',
  // What browsers' MediaRecorder and many phones make.
  'matroska,webm': 'webm',
  // AMR with its "#!AMR" header (old phones' voice recorders); raw AMR has no such name.
  amr: 'amr',
  aiff: 'aiff',
  // WMA.
  asf: 'wma',
}

/** The extension (without a dot) a file of this ffprobe format is stored under, or null when Loa does not accept it. */
export function storedAudioExtension(formatName: string): string | null {
  return Object.hasOwn(AUDIO_FORMATS, formatName) ? AUDIO_FORMATS[formatName] : null
}
