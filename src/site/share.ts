/**
 * Share addresses for an article. Both work as plain links, without any third-party script on
 * Loa's pages (no tracking, nothing extra for a cheap phone to download).
 */
export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(pageUrl)}`
}

/**
 * Zalo's web share page, the one Zalo's own share SDK opens for a customised button: `d` is the
 * base64 of {"url": …}. It needs no Official Account id; on a phone it hands over to the Zalo app.
 */
export function zaloShareUrl(pageUrl: string): string {
  const payload = Buffer.from(JSON.stringify({ url: pageUrl }), 'utf8').toString('base64')
  return `https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=${encodeURIComponent(payload)}&shareType=0`
}
