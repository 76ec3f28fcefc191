import type { Random } from './random.ts';

/**
 * Deterministic pools of plausible customers. A customer is an index, so the same person comes
 * back on other days with the same email. Domains are the reserved example.* ones (RFC 2606).
 */

const NAMES = {
  ecommerce: {
    first: ['emma', 'liam', 'olivia', 'noah', 'ava', 'ethan', 'sophia', 'mason', 'mia', 'lucas', 'isabella', 'james', 'amelia', 'ben', 'harper', 'henry', 'ella', 'jack', 'grace', 'leo', 'chloe', 'daniel', 'zoe', 'samuel'],
    last: ['smith', 'johnson', 'brown', 'garcia', 'miller', 'davis', 'wilson', 'moore', 'taylor', 'anderson', 'thomas', 'martin', 'lee', 'clark', 'lewis', 'walker', 'hall', 'young', 'king', 'wright', 'lopez', 'nguyen'],
  },
  services: {
    first: ['nour', 'mariam', 'salma', 'yasmin', 'farida', 'habiba', 'malak', 'hana', 'laila', 'dina', 'rana', 'aya', 'mona', 'heba', 'nada', 'reem', 'sara', 'jana', 'menna', 'esraa', 'omar', 'karim'],
    last: ['hassan', 'mahmoud', 'ibrahim', 'adel', 'mostafa', 'fathy', 'saeed', 'kamal', 'nabil', 'samir', 'helmy', 'fouad', 'gamal', 'lotfy', 'zaki', 'ashraf', 'ali', 'sherif'],
  },
} as const;

const DOMAINS = ['example.com', 'example.net', 'example.org'] as const;

export type PeoplePool = keyof typeof NAMES;

/** A lowercase email for customer number `index` (stable across days and runs). */
export function customerEmail(pool: PeoplePool, index: number): string {
  const { first, last } = NAMES[pool];
  const f = first[index % first.length]!;
  const l = last[Math.floor(index / first.length) % last.length]!;
  const style = Math.floor(index / (first.length * last.length)) % 3;
  if (style === 0) return `${f}.${l}@${DOMAINS[0]}`;
  if (style === 1) return `${f}${l[0]}${10 + (index % 89)}@${DOMAINS[1]}`;
  return `${f[0]}${l}@${DOMAINS[2]}`;
}

/** A customer: a quarter of picks come from a small loyal group, so some people buy again. */
export function pickCustomer(rng: Random, pool: PeoplePool): string {
  const { first, last } = NAMES[pool];
  const everyone = first.length * last.length * 3;
  return customerEmail(pool, rng.chance(0.25) ? rng.int(0, 59) : rng.int(0, everyone - 1));
}
