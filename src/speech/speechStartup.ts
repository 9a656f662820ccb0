import { executableOnPath } from '../lib/executableOnPath'
import { speechEnginesFromEnv } from './engines'

/**
 * Refuses a malformed LOA_TTS_* setting while the config loads, so the server does not start with a
 * provider half-configured (and never sends text anywhere by mistake); the reason is Vietnamese.
 */
export function assertSpeechSettings(env: Record<string, string | undefined> = process.env): void {
  const { problems } = speechEnginesFromEnv(env)
  if (problems.length > 0) throw new Error(`Cấu hình giọng đọc (LOA_TTS_*) chưa đúng: ${problems.join(' ')}`)
}

/** Whether Debian's espeak-ng is on the PATH (the local voice). */
export function localVoiceInstalled(env: Record<string, string | undefined> = process.env): boolean {
  return executableOnPath('espeak-ng', env)
}

/** The start-up line about the voice: which one reads, or why there is none. Vietnamese. */
export function speechStartupLine(env: Record<string, string | undefined> = process.env): string {
  const { description, provider } = speechEnginesFromEnv(env)
  if (localVoiceInstalled(env)) return description
  const missing = 'chưa cài giọng đọc cục bộ espeak-ng (cài bằng: sudo apt-get install -y espeak-ng)'
  return provider ? `${description}; ${missing}, thông báo khẩn không có giọng dự phòng.` : `Giọng đọc tổng hợp đang tắt: ${missing}. Phần còn lại vẫn chạy.`
}
