import { createRandom } from './random.ts';
import { addDays } from '../kpis/local-dates.ts';
import { dayNumberOf } from './zoned-time.ts';

/**
 * Marketing campaigns of the demo projects: one of 4–8 days in every 35-day period, placed by the
 * seed, so any 90 days hold two or three. Named after the month they start in.
 */

const PERIOD_DAYS = 35;

const NAMES: Record<'ecommerce' | 'services', readonly string[]> = {
  ecommerce: ['new-year-clearance', 'valentines-gifts', 'spring-sale', 'easter-picks', 'mothers-day', 'summer-kickoff', 'summer-sale', 'back-to-school', 'fall-refresh', 'cozy-season', 'black-friday', 'holiday-gifts'],
  services: ['new-year-glow', 'valentines-glow', 'spring-refresh', 'eid-glow', 'bridal-season', 'summer-hair', 'summer-nails', 'back-to-work', 'autumn-color', 'wedding-season', 'winter-care', 'holiday-glow'],
};

export interface Campaign {
  name: string;
  /** 0 on the campaign's first day. */
  dayIndex: number;
}

export function campaignOn(identity: string, kind: 'ecommerce' | 'services', localDate: string): Campaign | undefined {
  const day = dayNumberOf(localDate);
  const period = Math.floor(day / PERIOD_DAYS);
  const rng = createRandom(`${identity}|campaign|${period}`);
  const length = rng.int(4, 8);
  const first = period * PERIOD_DAYS + rng.int(0, PERIOD_DAYS - length);
  if (day < first || day >= first + length) return undefined;
  const month = Number(addDays(localDate, first - day).slice(5, 7));
  return { name: NAMES[kind][month - 1]!, dayIndex: day - first };
}
