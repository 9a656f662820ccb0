'use client'

/** "Tạo bài đọc" (SKELETON placeholder; the real panel follows). */
export function SyntheticReadOut() {
  return null
}
