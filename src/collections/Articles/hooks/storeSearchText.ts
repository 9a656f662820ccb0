import type { CollectionBeforeChangeHook } from 'payload'
import { lexicalToPlainText } from '../../../lib/lexicalText'
import { searchTextOf } from '../../../lib/search'

/**
 * Keeps a diacritic-free, lower-case copy of title, sapo and body, so "cai cach", "CẢI CÁCH" and
 * "cải cách" find the same articles with a plain indexed LIKE on SQLite and MongoDB alike.
 */
export const storeSearchText: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  return { ...data, searchText: searchTextOf([merged.title, merged.summary, lexicalToPlainText(merged.content)]) }
}
