import type { Access } from 'payload'
import { userHasRole, type Role } from './roles'

/**
 * Who reads the as-run log (proof of airing): the admin and the technician run the radio, the
 * approver (lãnh đạo) answers for what aired and signs the month's report. Editors and the public
 * do not read it here (the public site shows "Đang phát / Đã phát" through its own narrow query).
 */
export const AS_RUN_READER_ROLES: Role[] = ['admin', 'technician', 'approver']
export const canReadAsRun: Access = ({ req }) => userHasRole(req.user, ...AS_RUN_READER_ROLES)

/**
 * Proof of airing is not editable by anyone over REST or GraphQL: only Loa's report endpoint
 * (src/collections/asRunReport) writes rows, through the Local API with overrideAccess.
 */
export const nobody: Access = () => false
