import { createHash } from 'node:crypto'

/** A short fingerprint of a text, to tell whether a read-out was made from the text as it is now. */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(text.normalize('NFC').replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 32)
}
