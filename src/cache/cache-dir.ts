// The one place that decides where caches live. Everything under this folder is a disposable copy: deleting it
// is always safe, and each cache file is ignored unless its key matches (see cache-key.ts).
import os from 'node:os';
import path from 'node:path';

/**
 * The cache folder: `$DOCKERLEARN_HOME/cache` when DOCKERLEARN_HOME is set, else the platform's user cache folder
 * (where env-paths puts it); undefined, so no cache, when there is no home folder to find that in.
 */
export function cacheDirFor(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const home = env['DOCKERLEARN_HOME'];
  if (home) return path.join(home, 'cache');
  if (process.platform === 'linux' && env['XDG_CACHE_HOME'])
    return path.join(env['XDG_CACHE_HOME'], 'dockerlearn');
  let homedir: string;
  try {
    // not env-paths: it asks for the home folder as it loads, and that throws when there is none
    homedir = os.homedir();
  } catch {
    return undefined;
  }
  if (process.platform === 'darwin') return path.join(homedir, 'Library', 'Caches', 'dockerlearn');
  if (process.platform === 'win32')
    return path.join(env['LOCALAPPDATA'] || path.join(homedir, 'AppData', 'Local'), 'dockerlearn', 'Cache');
  return path.join(homedir, '.cache', 'dockerlearn');
}
