import { Chalk, type ChalkInstance } from 'chalk';

// Whether to colour is decided in should-color.ts, which does not load chalk; re-exported here for the views.
export { shouldColor, shouldHyperlink } from './should-color.js';

/** A chalk instance that colours exactly when `enabled`, independent of chalk's own detection. */
export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}
