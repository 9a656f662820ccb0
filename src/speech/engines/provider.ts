import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { AudioJoinError, joinAudioFiles } from '../../audio/join'
import { splitText } from '../splitText'
import { SpeechError, type SpeechEngine, type SynthesisOptions, type SynthesisResult } from '../types'
import { PROVIDERS, type ProviderId, type ProviderSettings } from './config'
import { abortedError, DEFAULT_TUNING, type HttpTuning, type ProviderCall } from './http'
import { fptPart } from './fpt'
import { viettelPart } from './viettel'
import { zaloPart } from './zalo'

/** One request's worth of text spoken into `file` (which must not exist yet). */
export type PartSynthesiser = (
  call: ProviderCall,
  settings: ProviderSettings,
  text: string,
  file: string,
  report: (stage: string) => void,
) => Promise<void>

const PARTS: Record<ProviderId, PartSynthesiser> = { fpt: fptPart, viettel: viettelPart, zalo: zaloPart }

const LABELS: Record<ProviderId, string> = {
  fpt: 'Giọng FPT.AI',
  viettel: 'Giọng Viettel AI',
  zalo: 'Giọng Zalo AI',
}

/**
 * A provider behind the SpeechEngine interface. A text longer than the provider's limit is split at
 * sentence ends (splitText), the parts are spoken one after another, in order (providers rate-limit
 * parallel calls, and order is what the listener hears), then joined by ffmpeg into one MP3. Parts
 * live in a hidden folder beside the output and are removed whatever happens; the output appears
 * by rename (one part) or by the join's own temp + rename.
 */
export function providerSpeechEngine(settings: ProviderSettings, tuning: Partial<HttpTuning> = {}): SpeechEngine {
  const spec = PROVIDERS[settings.provider]
  const fullTuning: HttpTuning = { ...DEFAULT_TUNING, ...tuning }
  const speakPart = PARTS[settings.provider]
  return {
    id: settings.provider,
    voice: settings.voice,
    label: `${LABELS[settings.provider]} (${settings.voice})`,
    maxChars: spec.maxChars,
    async synthesise(text: string, outputPath: string, options: SynthesisOptions = {}): Promise<SynthesisResult> {
      const { signal, onProgress } = options
      const parts = splitText(text, spec.maxChars)
      if (parts.length === 0) throw new SpeechError('Không có nội dung để đọc.')
      if (signal?.aborted) throw abortedError()
      const call: ProviderCall = {
        name: spec.name,
        key: settings.key,
        allowHttp: settings.endpoint.protocol === 'http:',
        tuning: fullTuning,
        ...(signal ? { signal } : {}),
      }
      const total = parts.length
      const scratch = path.join(path.dirname(outputPath), `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.parts`)
      await mkdir(scratch)
      try {
        const files: string[] = []
        for (const [index, part] of parts.entries()) {
          const label = total > 1 ? ` phần ${index + 1}/${total}` : ''
          onProgress?.({ done: index, total, stage: `Đang đọc${label} qua ${spec.name}` })
          const file = path.join(scratch, `part-${String(index + 1).padStart(3, '0')}.audio`)
          await speakPart(call, settings, part, file, (stage) => onProgress?.({ done: index, total, stage: `${stage}${label}` }))
          files.push(file)
        }
        if (files.length === 1) {
          await rename(files[0], outputPath)
        } else {
          onProgress?.({ done: total, total, stage: `Đang ghép ${total} phần thành một tệp` })
          await joinAudioFiles(files, outputPath, signal ? { signal } : {}).catch((error: unknown) => {
            if (error instanceof AudioJoinError) throw error.aborted ? abortedError() : new SpeechError(error.message, error.detail)
            throw error
          })
        }
      } finally {
        await rm(scratch, { recursive: true, force: true })
      }
      onProgress?.({ done: total, total, stage: 'Đã tổng hợp xong' })
      return { engine: settings.provider, voice: settings.voice, path: outputPath }
    },
  }
}
