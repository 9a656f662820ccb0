import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/roles'

/**
 * One row per programme being assembled. The unique key makes the second worker's insert fail, so
 * two workers never render the same slot at once, on SQLite and MongoDB alike.
 */
export const AssemblyLocks: CollectionConfig = {
  slug: 'assembly-locks',
  labels: { singular: { vi: 'Khóa dựng', en: 'Assembly lock' }, plural: { vi: 'Khóa dựng', en: 'Assembly locks' } },
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: isAdmin },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'owner', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', required: true, index: true },
  ],
}
