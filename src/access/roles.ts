import type { Access, FieldAccess, PayloadRequest } from 'payload'

/** Staff roles. Order matters only for display. */
export const ROLES = ['admin', 'editor', 'approver', 'technician'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị', en: 'Administrator' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  approver: { vi: 'Lãnh đạo duyệt tin', en: 'Approver' },
  technician: { vi: 'Kỹ thuật viên', en: 'Radio technician' },
}

type MaybeUser = PayloadRequest['user']

export function roleOf(user: MaybeUser): Role | undefined {
  const role = (user as { role?: unknown } | null | undefined)?.role
  return ROLES.includes(role as Role) ? (role as Role) : undefined
}

export function userHasRole(user: MaybeUser, ...roles: Role[]): boolean {
  const role = roleOf(user)
  return role !== undefined && roles.includes(role)
}

/** Roles that write news. */
export const WRITER_ROLES: Role[] = ['admin', 'editor', 'approver']
/** Roles that may make news public. */
export const PUBLISHER_ROLES: Role[] = ['admin', 'approver']

export const isStaff: Access = ({ req }) => roleOf(req.user) !== undefined
export const isAdmin: Access = ({ req }) => userHasRole(req.user, 'admin')
export const isWriter: Access = ({ req }) => userHasRole(req.user, ...WRITER_ROLES)
export const isPublisher: Access = ({ req }) => userHasRole(req.user, ...PUBLISHER_ROLES)
export const anyone: Access = () => true
export const isAdminFieldLevel: FieldAccess = ({ req }) => userHasRole(req.user, 'admin')
export const isStaffFieldLevel: FieldAccess = ({ req }) => roleOf(req.user) !== undefined

/** Roles that run the loudspeaker radio. */
export const RADIO_ROLES: Role[] = ['admin', 'technician']
export const isRadioStaff: Access = ({ req }) => userHasRole(req.user, ...RADIO_ROLES)
export const isRadioStaffFieldLevel: FieldAccess = ({ req }) => userHasRole(req.user, ...RADIO_ROLES)
/** Announcements are written by the newsroom as well as the technician. */
export const isRadioOrWriter: Access = ({ req }) => userHasRole(req.user, ...RADIO_ROLES, ...WRITER_ROLES)
/**
 * Who may put an emergency on air at once ("Phát ngay") or stop it: the approver answers for what
 * airs, the technician and the admin run the radio. An editor writes announcements but cannot
 * interrupt the air.
 */
export const EMERGENCY_RELEASE_ROLES: Role[] = ['admin', 'approver', 'technician']
