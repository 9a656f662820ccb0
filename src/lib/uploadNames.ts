import { slugify } from './slug'

/** Longest base name kept (before "-<n>" de-duplication and the extension), so no name loses its extension to a file system limit. */
export const MAX_UPLOAD_BASE_LENGTH = 80

/**
 * The name an upload is stored under: the uploader's name reduced to a safe ASCII slug (Vietnamese
 * letters lose their marks, everything else becomes dashes: no dots, slashes or leading dot),
 * bounded in length, plus the extension of the type Loa itself detected. The uploader's extension
 * is dropped with the rest of the last dot's suffix. Pure.
 *
 * "Ảnh hội nghị.PNG" + "png" -> "anh-hoi-nghi.png"; "x.html" + "png" -> "x.png"; ".htaccess" + "jpg" -> "<fallback>.jpg".
 */
export function storedUploadName(uploaderName: string, ext: string, fallback: string): string {
  const lastPart = uploaderName.split(/[\\/]/).pop() ?? ''
  const withoutExt = lastPart.replace(/\.[^.]*$/, '')
  const base = slugify(withoutExt, MAX_UPLOAD_BASE_LENGTH) || fallback
  return `${base}.${ext}`
}
