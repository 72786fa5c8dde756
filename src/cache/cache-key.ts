import { buildStamp } from '../build-stamp.js';

/**
 * The part of every cache key that names the tool: its version and build. An entry written by another version or
 * build is stale; each cache adds what its own entries depend on (a note's size and mtime, the rendered text...).
 */
export function cacheStamp(version: string): string {
  return `${version}|${buildStamp()}`;
}
