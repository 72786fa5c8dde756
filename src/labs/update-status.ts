import { text } from './outcome.js';

/** The states of a service's last rolling update: `UpdateStatus.State` in `docker service inspect`. */
export const UPDATE_STATES = [
  'updating',
  'paused',
  'completed',
  'rollback_started',
  'rollback_paused',
  'rollback_completed',
] as const;
export type UpdateState = (typeof UPDATE_STATES)[number];

/** Whether the swarm is still replacing tasks (forward or back), so the state will change without the learner. */
export function updateMoving(state: unknown): boolean {
  return state === 'updating' || state === 'rollback_started';
}

const IN_WORDS: Record<UpdateState, string> = {
  updating: 'is still in progress',
  paused: 'is paused',
  completed: 'completed',
  rollback_started: 'is being rolled back',
  rollback_paused: 'was paused while rolling back',
  rollback_completed: 'was rolled back',
};

/**
 * The state of a service's last update from its inspect JSON (undefined when no update ever ran: the engine omits
 * `UpdateStatus` until the first `docker service update`), and that status in words with the swarm's message.
 */
export function readUpdateStatus(json: Record<string, unknown>): { state?: string; found: string } {
  const status = json['UpdateStatus'] as Record<string, unknown> | null | undefined;
  const state = text(status?.['State']);
  if (!status || state === '')
    return { found: 'no update has run on it (docker service inspect shows no UpdateStatus)' };
  const words = (IN_WORDS as Record<string, string | undefined>)[state] ?? `is ${state}`;
  const message = text(status['Message']);
  return { state, found: `its last update ${words} (${state})${message ? `: ${message}` : ''}` };
}
