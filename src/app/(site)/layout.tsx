import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type React from 'react'
import './site.css'

export const metadata: Metadata = {
  title: { default: 'Trung tâm Văn hóa - Thể thao và Truyền thông', template: '%s · Loa' },
  description: 'Tin tức, thông báo và chương trình truyền thanh cơ sở của địa phương.',
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="site-header">
          <div className="wrap">
            <Link href="/" className="site-name">
              Trung tâm Văn hóa - Thể thao và Truyền thông
            </Link>
          </div>
        </header>
        <main id="noi-dung" className="wrap">
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>Trang tin điện tử của Trung tâm Văn hóa - Thể thao và Truyền thông. Vận hành bằng Loa, phần mềm nguồn mở.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}
