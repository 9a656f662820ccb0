/**
 * The admin's version comparison (Payload's version view) opened directly on "what changes if this
 * is approved": the pending version (`versions/:id`) against the version residents read now
 * (`?versionFrom=`). Without versionFrom Payload compares with the previous save, which for a story
 * edited twice is not the published text.
 */
export function versionComparisonPath(articleId: string | number, pendingVersionId: string | number, publishedVersionId: string | number, adminRoute = '/admin'): string {
  const base = `${adminRoute.replace(/\/$/, '')}/collections/articles/${encodeURIComponent(String(articleId))}/versions/${encodeURIComponent(String(pendingVersionId))}`
  return `${base}?versionFrom=${encodeURIComponent(String(publishedVersionId))}`
}
