import type React from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import type { PublicEmergency } from '../broadcast/emergencyBanner'
import { EmergencyBanner } from '../components/EmergencyBanner'
import type { PageHead } from './pages/types'
import { SITE_TITLE } from './siteUrl'
import { type SiteStation, SiteStationProvider } from './stationContext'
import { SITE_CSS } from './styles'

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
