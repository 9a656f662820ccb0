import type { SpeechEngine } from '../types'
import { describeSpeechSettings, speechSettingsFromEnv, type SpeechSettings } from './config'
import type { HttpTuning } from './http'
import { localSpeechEngine } from './local'
import { providerSpeechEngine } from './provider'

export { describeSpeechSettings, speechConfigProblems, speechSettingsFromEnv } from './config'

export interface SpeechEngines {
  /** The engine read-outs use: the configured provider, or the local voice when none is. */
  preferred: SpeechEngine
  /** The local voice, the fallback for emergencies when the provider does not answer. */
  local: SpeechEngine
  /** The configured provider; null when none is configured or its settings have problems. */
  provider: SpeechEngine | null
  /** Vietnamese, one sentence each (speechConfigProblems); the start-up check refuses to start on these. */
  problems: string[]
  /** One Vietnamese line for the log: which voice is in use (never the key). */
  description: string
}

/**
 * The engines from the environment (LOA_TTS_*, see ./config). Nothing is sent anywhere unless a
 * provider is configured, and correctly: with any problem the provider is left out and `preferred`
 * is the local voice (the problems are reported, and the server's start-up check refuses them).
 * Never throws, so an emergency announcement always has the local voice.
 */
export function speechEnginesFromEnv(env: Record<string, string | undefined> = process.env, tuning: Partial<HttpTuning> = {}): SpeechEngines {
  const settings: SpeechSettings = speechSettingsFromEnv(env)
  const local = localSpeechEngine({ wordsPerMinute: settings.localWordsPerMinute })
  const provider = settings.provider ? providerSpeechEngine(settings.provider, tuning) : null
  return { preferred: provider ?? local, local, provider, problems: settings.problems, description: describeSpeechSettings(settings) }
}
