/**
 * FNV-1a, 64 bits, in hex: the one hasher of the caches. It gives a short file name for a cache of something named
 * by a longer text (a folder, a list of folders), and the key of a rendered text (cache/render-cache.ts). Not
 * node:crypto, which takes longer to load than a cached `topics` of the built-in notes takes to run. Two texts
 * sharing a name only share a file: each cache file records what it is for and is ignored otherwise.
 */
export function hashName(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
