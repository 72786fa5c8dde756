// The parsed-notes cache: for each notes folder, what listing and finding need of each parsed note (a TopicIndex,
// see content/topic-index.ts), in the shared per-folder cache (folder-cache.ts).
import { isTopicIndex, type TopicIndex } from '../content/topic-index.js';
import { openFolderCache, type FolderCache, type FolderCacheOptions } from './folder-cache.js';

// 3: the entries moved from `notes` to `entries` when the notes and labs caches became one
const NOTES = { name: 'notes', format: 3, isEntry: isTopicIndex };

/** The parsed-notes cache of one notes folder (one that never hits without options). */
export function openNoteCache(
  options: FolderCacheOptions | undefined,
  folder: string,
): FolderCache<TopicIndex> {
  return openFolderCache(options, NOTES, folder);
}
