import { createHash } from 'node:crypto'

/**
 * The only script on a public page (pages carry no framework JavaScript, see
 * src/site/withoutNextRuntime). It shows the copy button, and the phone's own share sheet button
 * where the browser has one; without JavaScript both stay hidden and the address box remains.
 */
export const SHARE_SCRIPT = `(function () {
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

/** Every inline script a public page may carry: the Content-Security-Policy allows exactly these. */
export const PUBLIC_INLINE_SCRIPTS = [SHARE_SCRIPT]

/** CSP source expressions ('sha256-…') for the inline scripts above. */
export function inlineScriptHashes(scripts: string[] = PUBLIC_INLINE_SCRIPTS): string[] {
  return scripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`)
}
