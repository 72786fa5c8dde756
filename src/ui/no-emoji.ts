// Stands in for `node-emoji` in marked-terminal, which would otherwise load a 200 KB emoji table at every `show`:
// we render with `emoji: false`, so marked-terminal never looks an emoji up. The build and vitest alias it here.

/** Never finds an emoji, so `:name:` stays as written. */
export function get(_name: string): string | undefined {
  return undefined;
}
