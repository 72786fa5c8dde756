import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let stamp: string | undefined;

/**
 * Identifies this build of the tool: the size and modification time of the code file running this function. Every
 * build rewrites dist/, so caches keyed with it are dropped when the code changes, even without a version bump.
 */
export function buildStamp(): string {
  if (stamp === undefined) {
    try {
      const info = statSync(fileURLToPath(import.meta.url));
      stamp = `${info.size}:${info.mtimeMs}`;
    } catch {
      stamp = 'unknown';
    }
  }
  return stamp;
}
