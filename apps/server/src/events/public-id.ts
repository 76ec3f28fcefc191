/**
 * Public event ids are `evt_` + the numeric id in base 62: short, stable, and resolvable by the
 * primary key with no extra column or index. Access is checked per project, so they reveal nothing.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function toPublicId(id: number): string {
  let n = id;
  let out = '';
  do {
    out = ALPHABET[n % 62] + out;
    n = Math.floor(n / 62);
  } while (n > 0);
  return `evt_${out}`;
}

export function fromPublicId(publicId: string): number | undefined {
  const match = /^evt_([0-9A-Za-z]{1,11})$/.exec(publicId);
  if (!match) return undefined;
  let n = 0;
  for (const ch of match[1]!) n = n * 62 + ALPHABET.indexOf(ch);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}
