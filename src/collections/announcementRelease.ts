import type { PayloadHandler, PayloadRequest } from 'payload'
import { EMERGENCY_RELEASE_ROLES, userHasRole } from '../access/roles'
import { EMERGENCY_STATE_VI, emergencyState } from '../broadcast/emergency'
import { relationId } from '../lib/relationId'
import { auditAnnouncement } from '../audit/radioAuditHooks'
import { errorDetail, noVoiceMessage, spokenAnnouncementText, synthesiseAnnouncementVoice } from '../speech/announcementReadOut'
import { voiceHandledContext } from './announcementVoice'

/**
 * "Phát ngay" and "Dừng phát" for an emergency announcement: the only way releasedAt/stoppedAt are
 * written (their field access refuses REST and GraphQL writes). The playout polls released
 * emergencies every 2 s and cuts in (src/playout/airScheduler).
 */
const forbidden = () => Response.json({ message: 'Chỉ lãnh đạo duyệt tin, kỹ thuật viên hoặc quản trị mới được phát hoặc dừng tin khẩn cấp.' }, { status: 403 })
const conflict = (message: string) => Response.json({ message }, { status: 409 })

async function emergencyFor(req: PayloadRequest) {
  const id = req.routeParams?.id as string
  return req.payload.findByID({ collection: 'announcements', id, depth: 0, overrideAccess: true }).catch(() => null)
}

export const releaseEmergency: PayloadHandler = async (req) => {
  if (!userHasRole(req.user, ...EMERGENCY_RELEASE_ROLES)) return forbidden()
  const doc = await emergencyFor(req)
  if (!doc) return Response.json({ message: 'Không tìm thấy thông báo.' }, { status: 404 })
  if (doc.level !== 'emergency') return conflict('Chỉ thông báo mức "Khẩn cấp" mới được phát ngay.')
  const state = emergencyState({ validFrom: doc.validFrom, validTo: doc.validTo, hasRecording: true }, new Date())
  if (state !== 'waiting') return conflict(EMERGENCY_STATE_VI[state])
  // Typed but never voiced (saved while no voice could be made, or before Loa had voices): the
  // text is read out now, by the provider or else the local voice; only if neither can speak is the
  // release refused, as it was before for an emergency without a recording.
  let voice: { id: number; engine: string; voice: string } | null = null
  if (!doc.clip) {
    try {
      const { spoken } = await spokenAnnouncementText(req.payload, doc.text)
      const clip = await synthesiseAnnouncementVoice(req.payload, { title: doc.title, spoken, req })
      voice = { id: clip.id, engine: clip.synthetic?.engine ?? '', voice: clip.synthetic?.voice ?? '' }
    } catch (error) {
      req.payload.logger.warn({ msg: `Phát ngay "${doc.title}": ${noVoiceMessage(error)}`, detail: errorDetail(error) })
      return conflict(`${noVoiceMessage(error)} Hãy ghi âm và tải bản ghi lên rồi bấm Phát ngay lại.`)
    }
  }
  const updated = await req.payload.update({
    collection: 'announcements',
    id: doc.id,
    data: { ...(voice ? { clip: voice.id } : {}), releasedAt: new Date().toISOString(), releasedBy: req.user!.id as number, stoppedAt: null, stoppedBy: null },
    overrideAccess: true,
    context: voiceHandledContext(),
    req,
  })
  await auditAnnouncement(req, 'announcement-released', updated)
  const how = voice ? ` bằng giọng máy đọc (${voice.engine}, ${voice.voice}) vì tin chưa có bản ghi âm` : ''
  return Response.json({
    message: `Đã phát lệnh phát ngay${how}: hệ thống phát sóng ngắt chương trình đang phát trong vài giây, rồi phát lại tin theo chu kỳ đến hết thời gian hiệu lực.`,
    doc: { id: updated.id, releasedAt: updated.releasedAt, stoppedAt: updated.stoppedAt, clip: relationId(updated.clip) },
    ...(voice ? { voice } : {}),
  })
}

export const stopEmergency: PayloadHandler = async (req) => {
  if (!userHasRole(req.user, ...EMERGENCY_RELEASE_ROLES)) return forbidden()
  const doc = await emergencyFor(req)
  if (!doc) return Response.json({ message: 'Không tìm thấy thông báo.' }, { status: 404 })
  if (!doc.releasedAt || doc.stoppedAt) return conflict('Tin này không đang được phát.')
  const updated = await req.payload.update({
    collection: 'announcements',
    id: doc.id,
    data: { stoppedAt: new Date().toISOString(), stoppedBy: req.user!.id as number },
    overrideAccess: true,
    req,
  })
  await auditAnnouncement(req, 'announcement-stopped', updated)
  return Response.json({ message: 'Đã dừng tin khẩn cấp: hệ thống phát sóng trở lại lịch phát trong vài giây.', doc: { id: updated.id, releasedAt: updated.releasedAt, stoppedAt: updated.stoppedAt } })
}
