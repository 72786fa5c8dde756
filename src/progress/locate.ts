import path from 'node:path';
import { DockerlearnError } from '../errors.js';

/**
 * Where the progress file lives: `$DOCKERLEARN_HOME/progress.json`, else the platform's data directory.
 * Throws a DockerlearnError when there is no home folder to find that directory from.
 */
export async function locateProgressFile(env: Readonly<Record<string, string | undefined>>): Promise<string> {
  const home = env['DOCKERLEARN_HOME']?.trim();
  if (home) return path.join(path.resolve(home), 'progress.json');
  let envPaths: typeof import('env-paths').default;
  try {
    // env-paths asks for the home folder as it loads, and that throws when there is none
    envPaths = (await import('env-paths')).default;
  } catch (error) {
    const why = env['HOME'] ? (error as Error).message : 'HOME is not set and this user has no home folder';
    throw new DockerlearnError(`no folder to keep your progress in: ${why}`, 1, {
      hint: 'set DOCKERLEARN_HOME to a folder where dockerlearn may write',
    });
  }
  return path.join(envPaths('dockerlearn', { suffix: '' }).data, 'progress.json');
}
