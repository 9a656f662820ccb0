import type { Media } from '../payload-types'

/**
 * An image from the library with its WebP sizes as `srcset`, so a phone downloads the 400 or 768 px
 * variant, never the original. Width and height are given so the text does not jump as it loads.
 */
export function ResponsiveImage({ media, sizes, alt, lazy = false }: { media: Media; sizes: string; alt?: string; lazy?: boolean }) {
  const variants = [media.sizes?.thumbnail, media.sizes?.card, media.sizes?.hero].filter((size) => size?.url && size.width)
  return (
    <img
      src={media.sizes?.card?.url ?? media.url ?? undefined}
      srcSet={variants.map((size) => `${size?.url} ${size?.width}w`).join(', ') || undefined}
      sizes={variants.length > 0 ? sizes : undefined}
      width={media.width ?? undefined}
      height={media.height ?? undefined}
      alt={alt ?? media.alt}
      loading={lazy ? 'lazy' : undefined}
      decoding="async"
    />
  )
}
