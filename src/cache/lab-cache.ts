// The parsed-labs cache: for each labs folder, every lab that parsed without a problem, in the shared per-folder
// cache (folder-cache.ts). `show` lists a topic's labs on every run; without this it parsed every lab's YAML checks
// (about a third of `show networking`'s start-up, measured with --cpu-prof).
import type { Lab } from '../labs/model.js';
import { openFolderCache, type FolderCache, type FolderCacheOptions } from './folder-cache.js';

/** A lab as cached: everything but the path it is shown by, which depends on the working folder of the run. */
export interface LabEntry {
  lab: Omit<Lab, 'file'>;
}

function isLabEntry(value: unknown): value is LabEntry {
  const lab = (value as Partial<LabEntry> | null)?.lab;
  return (
    typeof lab?.id === 'string' &&
    typeof lab.title === 'string' &&
    Array.isArray(lab.aliases) &&
    typeof lab.topic === 'string' &&
    Array.isArray(lab.concepts) &&
    Array.isArray(lab.checks) &&
    Array.isArray(lab.hints) &&
    typeof lab.resources === 'object'
  );
}

const LABS = { name: 'labs', format: 2, isEntry: isLabEntry };

/** The parsed-labs cache of one labs folder (one that never hits without options). */
export function openLabCache(options: FolderCacheOptions | undefined, folder: string): FolderCache<LabEntry> {
  return openFolderCache(options, LABS, folder);
}
