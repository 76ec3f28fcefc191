import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  baseUrl: string;
  child: ChildProcess;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  stop: () => Promise<void>;
}

interface Options {
  cwd?: string;
  /** Variables of this process the server must not inherit (e.g. DATABASE_URL, for the embedded default). */
  unset?: string[];
  timeoutMs?: number;
}

/**
 * Starts a server process and resolves once it prints `is up on http://…`. A server that exits or
 * stays silent past the timeout rejects with what it printed, and is not left running.
 */
export async function startServerProcess(args: string[], env: Record<string, string>, options: Options = {}): Promise<ServerProcess> {
  const inherited: NodeJS.ProcessEnv = { ...process.env };
  for (const name of options.unset ?? []) delete inherited[name];
  const child = spawn(process.execPath, args, { cwd: options.cwd, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs / 1000} s:\n${output}`)), timeoutMs);
      child.stdout!.on('data', () => {
        const match = /is up on (http:\/\/[\d.]+:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.on('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`server exited (${code}):\n${output}`));
      });
    });
    return { baseUrl, child, output: () => output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
