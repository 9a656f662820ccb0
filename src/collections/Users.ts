import type { CollectionConfig } from 'payload'
import { throttledForgotPassword, throttledLogin } from '../auth/throttledAuthEndpoints'
import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin, isAdminFieldLevel, ROLE_LABELS, ROLES } from '../access/roles'
import { forgetDeletedUserInArticles, forgetDeletedUserInReleases } from '../hooks/forgetDeletedUser'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  // No account lock-out (maxLoginAttempts 0): anyone could keep the admin locked out and learn which
  // e-mails exist. Logins are throttled per client and account instead (src/auth/throttledAuthEndpoints).
  auth: { maxLoginAttempts: 0 },
  endpoints: [throttledLogin, throttledForgotPassword],
  // Logging in, resetting passwords and editing accounts go through REST only, where they are throttled.
  graphQL: { singularName: 'User', pluralName: 'Users', disableMutations: true },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role'], group: { vi: 'Hệ thống', en: 'System' } },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeDelete: [forgetDeletedUserInReleases, forgetDeletedUserInArticles] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Role' },
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      // Only an admin may hand out roles, so an editor cannot make themself an approver.
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
    },
  ],
}
