import { boot } from './boot.ts';
import { ConfigError } from './config.ts';

/** The process entry: boot, then stop gracefully on SIGINT / SIGTERM. */
boot().then(
  ({ stop }) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        stop().then(
          () => process.exit(0),
          (err: unknown) => {
            console.error(err);
            process.exit(1);
          },
        );
      });
    }
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  },
);
