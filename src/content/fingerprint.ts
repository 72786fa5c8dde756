import type { Library } from './model.js';
import { isSettled, type FileStat } from '../cache/folder-cache.js';

/**
 * Collects the folders and notes a library is loaded from into its fingerprint (see Library.fingerprint): plain text,
 * so that listing notes costs no hashing (and no crypto module); a cache keyed by it stores and compares it whole.
 */
export class FingerprintBuilder {
  private readonly folders: string[] = [];
  private readonly notes: string[] = [];
  private settled = true;
  private readonly now = Date.now();

  folder(dir: string): void {
    this.folders.push(dir);
    this.notes.push(dir);
  }

  note(file: string, stat: FileStat): void {
    this.notes.push(`${file}\0${stat.size}\0${stat.mtimeMs}`);
    if (!isSettled(stat, this.now)) this.settled = false;
  }

  result(): Library['fingerprint'] {
    return this.settled ? { folders: this.folders.join('\n'), notes: this.notes.join('\n') } : undefined;
  }
}
