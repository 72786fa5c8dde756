import path from 'node:path';
import envPaths from 'env-paths';

/** Where the progress file lives: `$DOCKERLEARN_HOME/progress.json`, else the platform's data directory. */
export function locateProgressFile(env: Readonly<Record<string, string | undefined>>): string {
  const home = env['DOCKERLEARN_HOME']?.trim();
  const dir = home ? path.resolve(home) : envPaths('dockerlearn', { suffix: '' }).data;
  return path.join(dir, 'progress.json');
}
