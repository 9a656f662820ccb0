import { randomBytes } from 'node:crypto'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, PayloadRequest } from 'payload'
import { joinAudioFiles } from '../audio/join'
import type { AudioClip } from '../payload-types'
import { textFingerprint } from './spokenHash'
import { SpeechError, type SpeechEngine, type SynthesisProgress } from './types'

export interface SynthesiseClipInput {
  /** The spoken (already normalised) text. */
  spoken: string
  title: string
  kind: 'read-out' | 'announcement'
  /** Engines to try in order: the first that answers makes the clip (emergencies end with the local voice). */
  engines: SpeechEngine[]
  onProgress?: (progress: SynthesisProgress) => void
  signal?: AbortSignal
  /** The staff request, for the transaction and the audit name; omitted for the worker. */
  req?: PayloadRequest
}

/**
 * Spoken text → an audio-clips document marked synthetic (engine, voice, the text spoken), checked and
 * measured by the same upload hook as any recording. The engine writes into a private temp folder
 * that is removed whatever happens; Payload stores the file under its own safe name.
 */
export async function synthesiseClip(payload: Payload, input: SynthesiseClipInput): Promise<AudioClip> {
  if (!input.spoken.trim()) throw new SpeechError('Không có nội dung để đọc.')
  const scratch = await mkdtemp(path.join(tmpdir(), 'loa-tts-'))
  try {
    let lastError: unknown = null
    for (const engine of input.engines) {
      const output = path.join(scratch, `doc-${randomBytes(4).toString('hex')}.audio`)
      try {
        const result = await engine.synthesise(input.spoken, output, { onProgress: input.onProgress, signal: input.signal })
        const stored = await compressedForListeners(result.path, input.signal)
        input.onProgress?.({ done: 1, total: 1, stage: 'Đang đo độ lớn và lưu tệp' })
        return await payload.create({
          collection: 'audio-clips',
          data: {
            title: input.title,
            kind: input.kind,
            synthetic: { engine: result.engine, voice: result.voice, spokenText: input.spoken, spokenHash: textFingerprint(input.spoken) },
          },
          filePath: stored,
          overrideAccess: true,
          depth: 0,
          ...(input.req ? { req: input.req } : {}),
        })
      } catch (error) {
        lastError = error
        payload.logger.warn({ msg: 'speech engine failed', engine: engine.id, detail: error instanceof SpeechError ? (error.detail ?? error.message) : String(error) })
        if (input.signal?.aborted) break
      }
    }
    throw lastError instanceof SpeechError ? lastError : new SpeechError('Không tạo được bài đọc.', String(lastError))
  } finally {
    await rm(scratch, { recursive: true, force: true })
  }
}

/**
 * The local voice writes WAV: 3 minutes of speech are some 8 MB, too much for a resident's phone
 * on the article page. It is stored as MP3 (mono, 128 kbps, about a sixth); providers' MP3s are kept
 * as they came.
 */
async function compressedForListeners(file: string, signal?: AbortSignal): Promise<string> {
  const handle = await open(file, 'r')
  const head = Buffer.alloc(4)
  try {
    await handle.read(head, 0, 4, 0)
  } finally {
    await handle.close()
  }
  if (head.toString('latin1') !== 'RIFF') return file
  return joinAudioFiles([file], `${file}.mp3`, { signal })
}
