import fs from 'node:fs';

/**
 * CPU time (user + system) of the processes taking part in a benchmark phase, read from /proc, so a
 * figure can say where each request's time went: the server, PostgreSQL (every process named
 * `postgres` on this machine: meaningful with the embedded server on a quiet machine) and the load
 * generator (this process). Where /proc is missing (not Linux) the figures are null.
 */
const TICKS_PER_SECOND = 100;

function processSeconds(pid: number | string): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function postgresSeconds(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') continue;
    } catch {
      continue;
    }
    const s = processSeconds(pid);
    if (s !== null) seconds.set(pid, s);
  }
  return seconds;
}

export interface CpuPerRequest {
  server: number;
  postgres: number;
  loadGenerator: number;
}

/** Starts counting; the returned function gives CPU microseconds per request for `requests`. */
export function startCpuCount(serverPid: number | undefined): (requests: number) => CpuPerRequest | null {
  if (!fs.existsSync('/proc/self/stat') || serverPid === undefined) return () => null;
  const server0 = processSeconds(serverPid);
  const postgres0 = postgresSeconds();
  const self0 = process.cpuUsage();
  return (requests) => {
    const server1 = processSeconds(serverPid);
    if (server0 === null || server1 === null || requests <= 0) return null;
    let postgres = 0;
    // Backends that started during the phase count from zero; ones that ended are lost (rare).
    for (const [pid, s] of postgresSeconds()) postgres += s - (postgres0.get(pid) ?? 0);
    const self = process.cpuUsage(self0);
    const perRequest = (seconds: number) => (seconds * 1e6) / requests;
    return { server: perRequest(server1 - server0), postgres: perRequest(postgres), loadGenerator: (self.user + self.system) / requests };
  };
}

export const describeCpu = (c: CpuPerRequest | null) =>
  c ? `CPU per request: server ${c.server.toFixed(0)} µs, PostgreSQL ${c.postgres.toFixed(0)} µs, load generator ${c.loadGenerator.toFixed(0)} µs` : 'CPU per request: not measurable here';
