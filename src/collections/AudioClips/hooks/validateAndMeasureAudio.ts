import { randomBytes } from 'node:crypto'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { userFacingError } from '../../../lib/errors'
import type { CollectionBeforeOperationHook } from 'payload'
import { AudioProbeError, validateAudioUpload } from '../../../audio/probe'
import { storedAudioExtension } from '../../../audio/formats'
import { audioUploadMaxBytes } from '../../../lib/paths'
import { mediaContentType } from '../../../lib/mediaTypes'
import { storedUploadName } from '../../../lib/uploadNames'

/**
 * Runs before Payload stores anything: ffprobe/ffmpeg decide whether the upload is decodable audio
 * (a renamed text file, a truncated or video-only file is refused with a Vietnamese message) and
 * measure what the programme assembly needs: duration, format and integrated loudness. The file is
 * stored under a safe name with the extension of the detected container.
 */
export const validateAndMeasureAudio: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) {
    if (operation === 'create') throw userFacingError('Hãy chọn một tệp âm thanh để tải lên.')
    return withoutMeasurements(args)
  }
  const maxBytes = audioUploadMaxBytes()
  if (file.size > maxBytes) {
    throw userFacingError(`Tệp quá lớn (${(file.size / 1048576).toFixed(1)} MB). Giới hạn là ${Math.round(maxBytes / 1048576)} MB.`)
  }
  let scratch = file.tempFilePath
  let ownScratch = false
  if (!scratch) {
    scratch = path.join(tmpdir(), `loa-upload-${randomBytes(6).toString('hex')}${path.extname(file.name) || '.bin'}`)
    await writeFile(scratch, file.data)
    ownScratch = true
  }
  try {
    const { probe, loudness } = await validateAudioUpload(scratch, { maxBytes })
    // Payload names the stored file from req.file.name: the extension is the one of the container
    // ffprobe found, never the uploader's (an XHTML page with MP3 frames appended, uploaded as
    // "a.xht", is kept as "a.mp3" and served as audio). The probe accepted only listed formats.
    const ext = storedAudioExtension(probe.formatName)
    if (!ext) throw new AudioProbeError('unsupported-format', 'Tệp không phải âm thanh hợp lệ (không nhận ra định dạng).', `format ${probe.formatName}`)
    file.name = storedUploadName(file.name, ext, 'am-thanh')
    // The stored mimeType is the detected one too, not what the browser declared.
    file.mimetype = mediaContentType(file.name) ?? 'application/octet-stream'
    const data = (args as { data?: Record<string, unknown> }).data ?? {}
    ;(args as { data?: Record<string, unknown> }).data = {
      ...data,
      durationSeconds: Math.round(loudness.durationSeconds * 1000) / 1000 || probe.durationSeconds,
      sampleRate: probe.sampleRate,
      channels: probe.channels,
      codec: probe.codec,
      loudnessLufs: Number.isFinite(loudness.integratedLufs) ? loudness.integratedLufs : null,
      truePeakDbtp: Number.isFinite(loudness.truePeakDbtp) ? loudness.truePeakDbtp : null,
    }
    return args
  } catch (error) {
    if (error instanceof AudioProbeError) {
      req.payload.logger.warn({ msg: 'audio upload refused', file: file.name, detail: error.detail })
      throw userFacingError(error.message)
    }
    throw error
  } finally {
    if (ownScratch) await rm(scratch, { force: true })
  }
}

/** Fields this hook measures from the file; the admin shows them read-only. */
export const MEASURED_FIELDS = ['durationSeconds', 'sampleRate', 'channels', 'codec', 'loudnessLufs', 'truePeakDbtp'] as const

/**
 * An edit without a new file keeps the measurements of the stored file: a made-up loudness sent over
 * the API (say -70 LUFS) would make the assembler raise the clip by its full +20 dB on the loudspeakers,
 * and a made-up duration would break the programme's timing.
 */
function withoutMeasurements<T>(args: T): T {
  const data = (args as { data?: Record<string, unknown> }).data
  if (!data) return args
  const kept = { ...data }
  for (const field of MEASURED_FIELDS) delete kept[field]
  return { ...args, data: kept }
}
