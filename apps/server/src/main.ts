import { boot } from './boot.ts';
import { ConfigError } from './config.ts';

/**
 * The process entry: boot, then stop gracefully on SIGINT / SIGTERM. Signals are caught from the
 * very start, so one that arrives during boot stops the process as soon as boot completes (and so
 * stops the embedded database too) instead of killing it half-started.
 */
let stop: (() => Promise<void>) | undefined;
let signalled = false;

function shutdown(): void {
  stop?.().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    signalled = true;
    shutdown();
  });
}

boot().then(
  (started) => {
    stop = started.stop;
    if (signalled) shutdown();
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
