import type { PayloadHandler } from 'payload'
import { userHasRole } from '../../access/roles'
import { auditRebuildRequested } from '../../audit/radioAuditHooks'

/**
 * "Dựng lại": marks the programme for assembly now. The worker, not the web server, does the
 * ffmpeg work; it picks the programme up within its next poll.
 */
export const requestRebuild: PayloadHandler = async (req) => {
  if (!userHasRole(req.user, 'admin', 'technician')) {
    return Response.json({ message: 'Chỉ kỹ thuật viên hoặc quản trị mới được dựng lại chương trình.' }, { status: 403 })
  }
  const id = req.routeParams?.id as string
  const programme = await req.payload
    .update({
      collection: 'programmes',
      id,
      data: { status: 'planned', attempts: 0, nextAttemptAt: new Date().toISOString(), contentHash: null, error: null },
      req,
    })
    .catch(() => null)
  if (!programme) return Response.json({ message: 'Không tìm thấy chương trình.' }, { status: 404 })
  await auditRebuildRequested(req, programme)
  return Response.json({ message: 'Đã yêu cầu dựng lại. Máy dựng sẽ làm trong vòng một phút.', doc: { id: programme.id, status: programme.status } })
}
