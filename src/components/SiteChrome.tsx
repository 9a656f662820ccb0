import Link from 'next/link'
import type React from 'react'
import { EmergencyBanner } from './EmergencyBanner'

/**
 * The site's icon (a white loudspeaker on the site's red), inline: without one every browser asks
 * for /favicon.ico, which answers 404 and logs an error on a visitor's first page (Lighthouse's
 * best-practices audit "errors-in-console"); inline it costs no request. Percent-encoded so the
 * address is a valid URL for the W3C checker. The CSP's img-src allows data: addresses.
 */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a3140f"/><path d="M5 12.5h5l8-6.5v20l-8-6.5H5z" fill="#fff"/><path d="M21.5 12a6 6 0 0 1 0 8M24.5 9a10 10 0 0 1 0 14" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/></svg>'
const SITE_ICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`

/**
 * <html> and <body> of every public page: skip link, header, emergency banner, main landmark, footer.
 * `prerendered`: the page is built once at build time (the global 404), so the banner is left to its script.
 */
export function SiteChrome({ children, prerendered = false }: { children: React.ReactNode; prerendered?: boolean }) {
  return (
    <html lang="vi">
      <head>
        <link rel="icon" type="image/svg+xml" href={SITE_ICON_HREF} />
      </head>
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
