import type { SpeechEngine } from '../types'
import { localSpeechEngine } from './local'

export interface SpeechEngines {
  /** The engine read-outs use: the configured provider, or the local voice when none is. */
  preferred: SpeechEngine
  /** The local voice, the fallback for emergencies when the provider does not answer. */
  local: SpeechEngine
}

/**
 * The engines from the environment (LOA_TTS_*). Nothing is sent anywhere unless a provider is configured.
 * SKELETON: only the local voice; the engines helper adds FPT.AI, Viettel AI and Zalo AI.
 */
export function speechEnginesFromEnv(_env: NodeJS.ProcessEnv = process.env): SpeechEngines {
  const local = localSpeechEngine()
  return { preferred: local, local }
}
