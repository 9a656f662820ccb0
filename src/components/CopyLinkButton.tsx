'use client'
import { useState } from 'react'

/** Copies the article's address; without JavaScript the address is shown to select by hand. */
export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <span className="copy-link">
      <input aria-label="Địa chỉ bài viết" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url)
            setCopied(true)
          } catch {
            setCopied(false)
          }
        }}
      >
        {copied ? 'Đã sao chép' : 'Sao chép liên kết'}
      </button>
      <span role="status" className="visually-hidden">
        {copied ? 'Đã sao chép liên kết' : ''}
      </span>
    </span>
  )
}
