import type React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PublicEmergency } from '../broadcast/emergencyBanner'
import { EmergencyBanner } from '../components/EmergencyBanner'
import type { PageHead } from './pages/types'
import { SITE_TITLE } from './siteUrl'
import { type SiteStation, SiteStationProvider } from './stationContext'
import { SITE_CSS } from './styles'

/**
 * The site's icon (a white loudspeaker on the site's red), inline: without one every browser asks
 * for /favicon.ico, which answers 404 and logs an error on a visitor's first page (Lighthouse's
 * best-practices audit "errors-in-console"); inline it costs no request. Percent-encoded so the
 * address is a valid URL for the W3C checker. The CSP's img-src allows data: addresses.
 */
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#a3140f"/><path d="M5 12.5h5l8-6.5v20l-8-6.5H5z" fill="#fff"/><path d="M21.5 12a6 6 0 0 1 0 8M24.5 9a10 10 0 0 1 0 14" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/></svg>'
export const SITE_ICON_HREF = `data:image/svg+xml,${encodeURIComponent(ICON_SVG)}`

const DEFAULT_DESCRIPTION = 'Tin tức, thông báo và chương trình truyền thanh cơ sở của địa phương.'

function Head({ head }: { head: PageHead }) {
  const title = head.title ? `${head.title} · Loa` : SITE_TITLE
  const description = head.description ?? (head.title ? undefined : DEFAULT_DESCRIPTION)
  const article = head.article
  return (
    <head>
      <meta charSet="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title}</title>
      {description && <meta name="description" content={description} />}
      {head.noIndex && <meta name="robots" content="noindex" />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      {article && (
        <>
          <meta property="og:type" content="article" />
          <meta property="og:url" content={article.url} />
          <meta property="og:title" content={article.title} />
          {article.description && <meta property="og:description" content={article.description} />}
          <meta property="og:locale" content="vi_VN" />
          {article.image && <meta property="og:image" content={article.image.url} />}
          {article.image && <meta property="og:image:alt" content={article.image.alt} />}
          {article.publishedTime && <meta property="article:published_time" content={article.publishedTime} />}
          {article.modifiedTime && <meta property="article:modified_time" content={article.modifiedTime} />}
          <meta name="twitter:card" content={article.image ? 'summary_large_image' : 'summary'} />
          <meta name="twitter:title" content={article.title} />
          {article.description && <meta name="twitter:description" content={article.description} />}
        </>
      )}
      <link rel="icon" type="image/svg+xml" href={SITE_ICON_HREF} />
      <link rel="alternate" type="application/rss+xml" title="Tin tức mới nhất" href="/rss.xml" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: Loa's own style sheet, allowed by its CSP hash */}
      <style dangerouslySetInnerHTML={{ __html: SITE_CSS }} />
    </head>
  )
}

/** <html> of every public page: skip link, header, emergency banner, main landmark, footer. */
function Document({ head, emergencies, children }: { head: PageHead; emergencies: PublicEmergency[]; children: React.ReactNode }) {
  return (
    <html lang="vi">
      <Head head={head} />
      <body>
        <a className="skip-link" href="#noi-dung">
          Bỏ qua, đến nội dung chính
        </a>
        <header className="site-header">
          <div className="wrap">
            <a href="/" className="site-name">
              {SITE_TITLE}
            </a>
            <nav aria-label="Chính" className="site-nav">
              <a href="/">Tin tức</a>
              <a href="/lich-phat-song">Lịch phát sóng</a>
              <a href="/nghe-truc-tiep">Nghe trực tiếp</a>
              <a href="/nghe-lai">Nghe lại</a>
              <a href="/tim-kiem">Tìm kiếm</a>
            </nav>
          </div>
        </header>
        <EmergencyBanner emergencies={emergencies} />
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

/** A complete public page as HTML: React on the server, no client runtime, no hydration markers. */
export function renderDocument({ head, body, emergencies, station }: { head: PageHead; body: React.ReactElement; emergencies: PublicEmergency[]; station: SiteStation }): string {
  return `<!DOCTYPE html>${renderToStaticMarkup(
    <SiteStationProvider value={station}>
      <Document head={head} emergencies={emergencies}>
        {body}
      </Document>
    </SiteStationProvider>,
  )}`
}
