import type { Payload } from 'payload'
import { loadStationSettings } from '../radio/station'
import { DEFAULT_DICTIONARY } from './normalise/defaultDictionary'
import { usableEntries } from './normalise/validate'
import type { DictionaryEntry, LinkReading, NormaliseOptions } from './types'

/** More than the centre will ever write; one query, no paging. */
const MAX_ENTRIES = 5_000

/**
 * The centre's abbreviation dictionary (collection speech-dictionary), read on every call so an
 * edit in the admin applies to the next read-out without a restart. An empty collection (a database
 * where the seed migration has not run, e.g. MongoDB) gives the built-in list.
 */
export async function loadSpeechDictionary(payload: Payload): Promise<DictionaryEntry[]> {
  const found = await payload.find({ collection: 'speech-dictionary', depth: 0, limit: MAX_ENTRIES, pagination: false, overrideAccess: true })
  if (found.docs.length === 0) return DEFAULT_DICTIONARY
  const entries = found.docs.map((doc) => ({ term: doc.term, readings: (doc.readings ?? []).map((row) => row.reading) }))
  return usableEntries(entries)
}

/** How the station wants web and e-mail addresses read (Station → speech.readLinks); 'skip' when unset. */
export async function loadLinkReading(payload: Payload): Promise<LinkReading> {
  return (await loadStationSettings(payload)).readLinks
}

/** Everything normaliseForSpeech needs from the database: the dictionary and the link setting. */
export async function loadNormaliseOptions(payload: Payload): Promise<NormaliseOptions> {
  const [dictionary, links] = await Promise.all([loadSpeechDictionary(payload), loadLinkReading(payload)])
  return { dictionary, links }
}
