import { createHash } from 'node:crypto'

/**
 * The only script on a public page besides the emergency banner's (pages carry no framework
 * JavaScript: they are rendered by src/site/renderPublicPage, with nothing to hydrate). It shows the copy button, and the phone's own share sheet button
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

/** How often an open page asks whether an emergency was released or ended (ms). */
export const EMERGENCY_POLL_MS = 10_000

/**
 * Keeps the emergency banner (src/components/EmergencyBanner) true on a page that came from a
 * cache: asks /api/khan-cap at once and every few seconds while the page is visible, and redraws
 * only when the answer changes (a redraw inside role="alert" is read out again). Text goes in with
 * textContent, never as HTML. ES5 and XMLHttpRequest, for old phone browsers.
 */
export const EMERGENCY_SCRIPT = `(function () {
  var box = document.getElementById('khan-cap');
  if (!box || !window.XMLHttpRequest || !window.JSON) return;
  var list = box.querySelector('[data-emergency-list]');
  var shown = box.getAttribute('data-emergency-state') || '[]';
  function line(cls, text) {
    var p = document.createElement('p');
    p.className = cls;
    p.textContent = text;
    return p;
  }
  function render(items) {
    var key = JSON.stringify(items);
    if (key === shown) return;
    shown = key;
    box.setAttribute('data-emergency-state', key);
    while (list.firstChild) list.removeChild(list.firstChild);
    for (var i = 0; i < items.length; i++) {
      var item = document.createElement('div');
      item.className = 'emergency-item';
      item.appendChild(line('emergency-title', items[i].title));
      item.appendChild(line('emergency-text', items[i].text));
      item.appendChild(line('emergency-time', items[i].issuedLabel + (items[i].validToLabel ? ' · ' + items[i].validToLabel : '')));
      list.appendChild(item);
    }
    box.hidden = items.length === 0;
  }
  function poll() {
    if (document.hidden) return;
    var xhr = new XMLHttpRequest();
    xhr.open('GET', '/api/khan-cap', true);
    xhr.onload = function () {
      if (xhr.status !== 200) return;
      try { render(JSON.parse(xhr.responseText).emergencies || []); } catch (e) {}
    };
    xhr.send();
  }
  poll();
  setInterval(poll, ${EMERGENCY_POLL_MS});
  document.addEventListener('visibilitychange', function () { if (!document.hidden) poll(); });
})();`

/** Every inline script a public page may carry: the Content-Security-Policy allows exactly these. */
export const PUBLIC_INLINE_SCRIPTS = [SHARE_SCRIPT, EMERGENCY_SCRIPT]

/** CSP source expressions ('sha256-…') for the inline scripts above. */
export function inlineScriptHashes(scripts: string[] = PUBLIC_INLINE_SCRIPTS): string[] {
  return scripts.map((script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`)
}
