import { spawn } from 'node:child_process'
import { rename, rm } from 'node:fs/promises'
import { SpeechError, type SpeechEngine, type SynthesisOptions, type SynthesisResult } from '../types'

/**
 * The local voice: Debian's espeak-ng with its Vietnamese (Northern) voice. Robotic but offline and
 * fast (real-time factor about 0.01 here), so it is always there: previews, emergencies when no
 * provider answers, and every read-out when no provider is configured.
 * SKELETON: the engines helper refines (speed setting, progress, tests).
 */
export function localSpeechEngine(options: { voice?: string; wordsPerMinute?: number; command?: string } = {}): SpeechEngine {
  const voice = options.voice ?? 'vi'
  const command = options.command ?? 'espeak-ng'
  const wordsPerMinute = options.wordsPerMinute ?? 150
  return {
    id: 'espeak-ng',
    voice,
    label: 'Giọng máy cục bộ (espeak-ng)',
    maxChars: Number.MAX_SAFE_INTEGER,
    async synthesise(text: string, outputPath: string, synthesisOptions: SynthesisOptions = {}): Promise<SynthesisResult> {
      synthesisOptions.onProgress?.({ done: 0, total: 1, stage: 'Đang tổng hợp giọng đọc' })
      const partial = `${outputPath}.part-${process.pid}-${Date.now()}.wav`
      try {
        await new Promise<void>((resolve, reject) => {
          const child = spawn(command, ['-v', voice, '-s', String(wordsPerMinute), '--stdin', '-w', partial], { stdio: ['pipe', 'ignore', 'pipe'], signal: synthesisOptions.signal })
          let stderr = ''
          child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)))
          child.on('error', (error: NodeJS.ErrnoException) =>
            reject(error.code === 'ENOENT' ? new SpeechError('Máy chủ chưa cài giọng đọc cục bộ espeak-ng (sudo apt-get install espeak-ng).', error.message) : new SpeechError('Không chạy được espeak-ng.', error.message)),
          )
          child.on('close', (code) => (code === 0 ? resolve() : reject(new SpeechError('espeak-ng không tạo được tệp âm thanh.', `exit ${code}: ${stderr}`))))
          child.stdin.on('error', () => undefined)
          child.stdin.end(text)
        })
        await rename(partial, outputPath)
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      }
      synthesisOptions.onProgress?.({ done: 1, total: 1, stage: 'Đã tổng hợp xong' })
      return { engine: 'espeak-ng', voice, path: outputPath }
    },
  }
}
