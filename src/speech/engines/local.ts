import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { SpeechError, type SpeechEngine, type SynthesisOptions, type SynthesisResult } from '../types'

/** espeak-ng's own range is 80–450 words per minute; below ~100 or above ~220 it is hard to follow on a loudspeaker. */
export const LOCAL_SPEED_MIN = 80
export const LOCAL_SPEED_MAX = 450
export const LOCAL_SPEED_DEFAULT = 150

export const ESPEAK_MISSING_MESSAGE = 'Máy chủ chưa cài espeak-ng (giọng đọc cục bộ). Hãy cài: sudo apt-get install espeak-ng'

export interface LocalEngineOptions {
  /** espeak-ng voice; `vi` is the Northern voice (the southern one flattens the hỏi tone). */
  voice?: string
  /** Words per minute, LOCAL_SPEED_MIN..LOCAL_SPEED_MAX (checked by speechConfigProblems for LOA_TTS_LOCAL_SPEED). */
  wordsPerMinute?: number
  /** The program to run; tests point it at a missing binary. */
  command?: string
}

/**
 * The local voice: Debian's espeak-ng with its Vietnamese (Northern) voice. Robotic but offline and
 * fast (real-time factor about 0.01 here), so it is always there: previews, emergencies when no
 * provider answers, and every read-out when no provider is configured. No length limit: espeak-ng
 * streams the text and writes WAV as it goes (11 minutes of speech is about 7.5 MB).
 */
export function localSpeechEngine(options: LocalEngineOptions = {}): SpeechEngine {
  const voice = options.voice ?? 'vi'
  const command = options.command ?? 'espeak-ng'
  const wordsPerMinute = Math.round(Math.min(LOCAL_SPEED_MAX, Math.max(LOCAL_SPEED_MIN, options.wordsPerMinute ?? LOCAL_SPEED_DEFAULT)))
  return {
    id: 'espeak-ng',
    voice,
    label: 'Giọng máy cục bộ (espeak-ng)',
    maxChars: Number.MAX_SAFE_INTEGER,
    async synthesise(text: string, outputPath: string, synthesisOptions: SynthesisOptions = {}): Promise<SynthesisResult> {
      const { signal, onProgress } = synthesisOptions
      if (!text.trim()) throw new SpeechError('Không có nội dung để đọc.')
      if (signal?.aborted) throw aborted()
      onProgress?.({ done: 0, total: 1, stage: 'Đang tổng hợp giọng đọc cục bộ' })
      // Hidden, beside the target (same filesystem, so the rename is atomic), unique per call.
      const partial = path.join(path.dirname(outputPath), `.${path.basename(outputPath)}.${process.pid}.${randomBytes(4).toString('hex')}.partial.wav`)
      try {
        await runEspeak(command, ['-v', voice, '-s', String(wordsPerMinute), '--stdin', '-w', partial], text, signal)
        await rename(partial, outputPath)
      } catch (error) {
        await rm(partial, { force: true })
        throw error
      }
      onProgress?.({ done: 1, total: 1, stage: 'Đã tổng hợp xong' })
      return { engine: 'espeak-ng', voice, path: outputPath }
    },
  }
}

const aborted = () => new SpeechError('Đã hủy tổng hợp giọng đọc.', 'aborted by caller')

/** Text goes in on stdin: never on the command line, where it would show in `ps` and hit ARG_MAX. */
function runEspeak(command: string, args: string[], text: string, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    // SIGKILL on abort: the partial WAV is thrown away, so there is nothing to finish cleanly.
    const child = spawn(command, args, { stdio: ['pipe', 'ignore', 'pipe'], signal, killSignal: 'SIGKILL' })
    let stderr = ''
    let settled = false
    const fail = (error: SpeechError) => {
      if (settled) return
      settled = true
      reject(error)
    }
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)))
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError') return fail(aborted())
      if (error.code === 'ENOENT') return fail(new SpeechError(ESPEAK_MISSING_MESSAGE, `${command}: ${error.message}`))
      fail(new SpeechError('Không chạy được giọng đọc cục bộ espeak-ng.', `${command}: ${error.message}`))
    })
    child.on('close', (code, killedBy) => {
      if (signal?.aborted) return fail(aborted())
      if (code === 0) {
        settled = true
        return resolve()
      }
      fail(new SpeechError('Giọng đọc cục bộ espeak-ng không tạo được tệp âm thanh.', `exit ${code ?? killedBy}: ${stderr.trim()}`))
    })
    // EPIPE when espeak-ng exits early (bad voice): the exit code above says what happened.
    child.stdin.on('error', () => undefined)
    child.stdin.end(text)
  })
}
