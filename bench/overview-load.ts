import autocannon from 'autocannon';
import { addDays, localDateOf } from '../apps/server/src/kpis/local-dates.ts';
import type { Period } from '../apps/server/src/kpis/periods.ts';
import type { BenchProject } from './overview-dataset.ts';
import { summarize, type Summary } from './percentiles.ts';

export const RANGES = ['today', 'last7', 'last30', 'custom90'] as const;
export type BenchRange = (typeof RANGES)[number];

const SPAN_DAYS: Record<BenchRange, number> = { today: 1, last7: 7, last30: 30, custom90: 90 };

/** The local days a range covers for a project right now; custom90 is the 90 days ending today. */
export function benchPeriod(project: BenchProject, range: BenchRange, now = new Date()): Period {
  const today = localDateOf(now, project.timezone);
  return { startDate: addDays(today, 1 - SPAN_DAYS[range]), endDate: today };
}

/** The overview URL path of one project and range. */
export function overviewPath(project: BenchProject, range: BenchRange, now = new Date()): string {
  const base = `/v1/inhouse/projects/${project.id}/run/overview`;
  if (range !== 'custom90') return `${base}?range=${range}`;
  const { startDate, endDate } = benchPeriod(project, range, now);
  return `${base}?range=custom&startDate=${startDate}&endDate=${endDate}`;
}

export interface LoadResult extends Summary {
  rps: number;
  errors: number;
}

/**
 * Autocannon against the overview, each request for a random project. Every response time is
 * kept (the 'response' event), so p95 is exact rather than interpolated between p90 and p97.5.
 */
export async function loadOverview(opts: { baseUrl: string; cookie: string; projects: readonly BenchProject[]; range: BenchRange; seconds: number; connections: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url: opts.baseUrl,
      connections: opts.connections,
      duration: opts.seconds,
      headers: { cookie: opts.cookie },
      requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: overviewPath(opts.projects[Math.floor(Math.random() * opts.projects.length)]!, opts.range) }) }],
    }, (err, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      if (status === 200) latencies.push(responseTime);
    });
  });
  return { ...summarize(latencies), rps: result['2xx'] / opts.seconds, errors: result.non2xx + result.errors + result.timeouts };
}

/** One request at a time over the given projects: latency without queueing behind other requests. */
export async function sequentialOverview(baseUrl: string, cookie: string, projects: readonly BenchProject[], range: BenchRange): Promise<Summary> {
  const times: number[] = [];
  for (const project of projects) {
    const started = performance.now();
    const res = await fetch(`${baseUrl}${overviewPath(project, range)}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`overview answered ${res.status} for project ${project.id}`);
    times.push(performance.now() - started);
  }
  return summarize(times);
}

/** Today's revenue (cents) the overview shows for a project. */
export async function todayRevenue(baseUrl: string, cookie: string, project: BenchProject): Promise<number> {
  const res = await fetch(`${baseUrl}${overviewPath(project, 'today')}`, { headers: { cookie } });
  const body = (await res.json()) as { ok: boolean; data?: { kpis: { revenue: { current: number | null } } } };
  if (!res.ok || !body.data) throw new Error(`overview answered ${res.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data.kpis.revenue.current ?? 0;
}
