import { SHARE_SCRIPT } from '../site/inlineScripts'
import { facebookShareUrl, zaloShareUrl } from '../site/share'

/** Share on Facebook or Zalo (plain links), copy the address, or use the phone's share sheet. */
export function ShareLinks({ url }: { url: string }) {
  return (
    <section className="share" aria-label="Chia sẻ bài viết">
      <span>Chia sẻ:</span>
      <a href={facebookShareUrl(url)} rel="noopener noreferrer" target="_blank">
        Facebook
      </a>
      <a href={zaloShareUrl(url)} rel="noopener noreferrer" target="_blank">
        Zalo
      </a>
      <span className="copy-link">
        <input aria-label="Địa chỉ bài viết" readOnly value={url} />
        <button type="button" data-copy-url={url} hidden>
          Sao chép liên kết
        </button>
        <button type="button" data-share-sheet="" hidden>
          Chia sẻ khác…
        </button>
      </span>
      <span role="status" className="visually-hidden" data-share-status="" />
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant script of our own, no user data */}
      <script data-loa="share" dangerouslySetInnerHTML={{ __html: SHARE_SCRIPT }} />
    </section>
  )
}
