import Link from 'next/link'
import type React from 'react'
import { EmergencyBanner } from './EmergencyBanner'

/**
 * <html> and <body> of every public page: skip link, header, emergency banner, main landmark, footer.
 * `prerendered`: the page is built once at build time (the global 404), so the banner is left to its script.
 */
export function SiteChrome({ children, prerendered = false }: { children: React.ReactNode; prerendered?: boolean }) {
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
            <nav aria-label="Chính" className="site-nav">
              <Link href="/">Tin tức</Link>
              <Link href="/lich-phat-song">Lịch phát sóng</Link>
              <Link href="/nghe-truc-tiep">Nghe trực tiếp</Link>
              <Link href="/nghe-lai">Nghe lại</Link>
              <Link href="/tim-kiem">Tìm kiếm</Link>
            </nav>
          </div>
        </header>
        <EmergencyBanner placeholderOnly={prerendered} />
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
