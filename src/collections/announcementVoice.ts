import type { CollectionBeforeChangeHook, RequestContext } from 'payload'
import type { Announcement, AudioClip } from '../payload-types'
import { relationId } from '../lib/relationId'
import {
  announcementNeedsVoice,
  errorDetail,
  isSyntheticClip,
  noVoiceMessage,
  spokenAnnouncementText,
  synthesiseAnnouncementVoice,
  voiceToMake,
} from '../speech/announcementReadOut'

/**
 * A caller that has already dealt with the voice (the "Phát ngay" endpoint) sets this in the
 * operation's `context` so the hook does not look again.
 */
export const VOICE_HANDLED = 'loaAnnouncementVoiceHandled'

export const voiceHandledContext = (): RequestContext => ({ [VOICE_HANDLED]: true })

/**
 * An emergency saved without a recording gets a synthetic one, and a synthetic one is made again when
 * the text it speaks has changed; a human recording is never replaced. Before the change, not after:
 * the save returns with the clip attached (the day's playlist has its URL at once), the clip is
 * written in the same transaction (a failed save leaves none), and nothing saves the announcement a
 * second time (no recursion).
 *
 * If no voice can be made the announcement still saves, and the log says why in Vietnamese. A stale
 * synthetic clip that cannot be remade is detached: airing a storm warning's old text (an old time,
 * an old place to shelter) is worse than the "chưa có bản ghi âm" state, which staff see at once.
 */
export const voiceEmergencyWithoutRecording: CollectionBeforeChangeHook<Announcement> = async ({ data, originalDoc, req, context }) => {
  if (context?.[VOICE_HANDLED]) return data
  const value = <K extends keyof Announcement>(key: K): Announcement[K] | undefined => (data[key] !== undefined ? (data[key] as Announcement[K]) : originalDoc?.[key])
  if (!announcementNeedsVoice(value('level'))) return data
  const text = value('text')
  if (typeof text !== 'string' || !text.trim()) return data

  const clipId = relationId(value('clip'))
  let clip: AudioClip | null = null
  if (clipId !== null) {
    // A clip id that no longer exists counts as none.
    clip = await req.payload.findByID({ collection: 'audio-clips', id: clipId, depth: 0, overrideAccess: true, req }).catch(() => null)
    if (clip && !isSyntheticClip(clip)) return data // a human recording is never replaced
  }
  const title = String(value('title') ?? '')
  try {
    const { spoken, spokenHash } = await spokenAnnouncementText(req.payload, text)
    if (voiceToMake(clip, spokenHash) === 'keep') return data
    const voiced = await synthesiseAnnouncementVoice(req.payload, { title, spoken, req })
    req.payload.logger.info({ msg: `Thông báo khẩn cấp "${title}": đã tạo giọng máy đọc (${voiced.synthetic?.engine}, ${voiced.synthetic?.voice})`, clip: voiced.id })
    return { ...data, clip: voiced.id }
  } catch (error) {
    req.payload.logger.warn({ msg: `Thông báo khẩn cấp "${title}": ${noVoiceMessage(error)}`, detail: errorDetail(error) })
    return clip ? { ...data, clip: null } : data
  }
}
