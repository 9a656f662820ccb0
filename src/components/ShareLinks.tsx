import { facebookShareUrl, zaloShareUrl } from '../site/share'

/**
 * The only script on a public page (pages carry no framework JavaScript, see
 * src/site/withoutNextRuntime). It shows the copy button, and the phone's own share sheet button
 * where the browser has one; without JavaScript both stay hidden and the address box remains.
 */
const SHARE_SCRIPT = `(function () {
  var box = document.currentScript.parentNode;
  var status = box.querySelector('[data-share-status]');
  var copy = box.querySelector('[data-copy-url]');
  var address = box.querySelector('input');
  copy.hidden = false;
  copy.addEventListener('click', function () {
    var url = copy.getAttribute('data-copy-url');
    function copied() { copy.textContent = 'Đã sao chép'; status.textContent = 'Đã sao chép liên kết'; }
    function byHand() {
      address.focus();
      address.select();
      try { if (document.execCommand('copy')) return copied(); } catch (e) {}
      status.textContent = 'Hãy giữ ngón tay trên địa chỉ để sao chép';
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(url).then(copied, byHand);
    else byHand();
  });
  var more = box.querySelector('[data-share-sheet]');
  if (navigator.share) {
    more.hidden = false;
    more.addEventListener('click', function () {
      navigator.share({ title: document.title, url: copy.getAttribute('data-copy-url') }).catch(function () {});
    });
  }
})();`

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
