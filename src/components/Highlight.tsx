import { highlight } from '../lib/search'

/** Text with the searched words marked, matching regardless of diacritics and case. */
export function Highlight({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((run, index) =>
        run.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reordered
          <mark key={index}>{run.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional and never reordered
          <span key={index}>{run.text}</span>
        ),
      )}
    </>
  )
}
