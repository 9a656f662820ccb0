import { DIGITS } from './numbers'

/** Vietnamese letter names, as they are spelled aloud ("a bê xê"). */
const LETTERS: Record<string, string> = {
  a: 'a', b: 'bê', c: 'xê', d: 'dê', đ: 'đê', e: 'e', f: 'ép', g: 'giê', h: 'hát', i: 'i', j: 'gi', k: 'ca', l: 'e lờ', m: 'em mờ',
  n: 'en nờ', o: 'o', p: 'pê', q: 'quy', r: 'e rờ', s: 'ét', t: 'tê', u: 'u', v: 'vê', w: 'vê kép', x: 'ích', y: 'i dài', z: 'dét',
}
const SIGNS: Record<string, string> = {
  '.': 'chấm', '@': 'a còng', '/': 'gạch chéo', '-': 'gạch ngang', _: 'gạch dưới', ':': 'hai chấm', '?': 'chấm hỏi', '=': 'bằng', '&': 'và', '+': 'cộng',
}

/**
 * A web or e-mail address spelled out: letters by their Vietnamese names, digits one by one,
 * "chấm", "a còng", "gạch chéo". The scheme ("https://") is not said: listeners type the rest.
 */
export function spellLink(link: string): string {
  const words: string[] = []
  for (const char of link.replace(/^https?:\/\//i, '').replace(/\/$/, '').toLowerCase()) {
    if (LETTERS[char]) words.push(LETTERS[char])
    else if (char >= '0' && char <= '9') words.push(DIGITS[Number(char)])
    else if (SIGNS[char]) words.push(SIGNS[char])
    else if (/\p{L}/u.test(char)) words.push(char)
  }
  return words.join(' ')
}
