import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found by walking up from this file to the `apps` folder: the sources
 * (apps/server/src/platform/) and the bundle (apps/server/dist/) sit at different depths below it.
 */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
    if (path.basename(dir) === 'apps') return path.dirname(dir);
  }
  return process.cwd();
}

const ROOT = findRepoRoot();

/** A path inside the repository, e.g. repoPath('apps/web/dist'). */
export function repoPath(...parts: string[]): string {
  return path.join(ROOT, ...parts);
}
