// The start/stop logic is plain JavaScript in scripts/private-engine.mjs, shared with bench/run.mjs.
import { engineUnavailableReason } from '../../scripts/private-engine.mjs';

export {
  engineUnavailableReason,
  initSwarm,
  startPrivateEngine,
  type PrivateEngine,
} from '../../scripts/private-engine.mjs';

/**
 * For engine test files: the engine for this file, or the reason it is skipped. Under CI=true a reason is an error,
 * so a missing engine can never leave the suite green.
 */
export function engineSkipReason(): string | undefined {
  const reason = engineUnavailableReason();
  if (reason && process.env['CI']) throw new Error(`CI needs a Docker engine: ${reason}`);
  return reason;
}
