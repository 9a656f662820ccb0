import { CopyLinkButton } from './CopyLinkButton'

/**
 * Share on Facebook, or copy the address to paste into Zalo or elsewhere. Zalo's own share button
 * needs its SDK script and an Official Account id, so it is left to stations that have one.
 */
export function ShareLinks({ url }: { url: string }) {
  const encoded = encodeURIComponent(url)
  return (
    <section className="share" aria-label="Chia sẻ bài viết">
      <span>Chia sẻ:</span>
      <a href={`https://www.facebook.com/sharer/sharer.php?u=${encoded}`} rel="noopener noreferrer" target="_blank">
        Facebook
      </a>
      <CopyLinkButton url={url} />
    </section>
  )
}
