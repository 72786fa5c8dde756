import { checkContainer } from './check-container.js';
import { checkImage } from './check-image.js';
import { checkNetwork, checkResolves, checkSecret, checkStack, checkVolume } from './check-objects.js';
import { checkService, checkSwarm } from './check-swarm.js';
import type { EngineFacts } from './facts.js';
import type { Check, Lab, RequirementResult } from './model.js';
import type { Outcome } from './outcome.js';

/** Every requirement of `lab`, judged against `facts`, in the order the lab lists its checks. Pure. */
export function evaluateLab(lab: Lab, facts: EngineFacts): RequirementResult[] {
  return lab.checks.flatMap((check) =>
    outcomesOf(check, facts).map((o) => ({
      id: `${check.subject}:${check.name}:${o.prop}`,
      title: o.prop === 'exists' && check.title ? check.title : o.title,
      passed: o.passed,
      ...(o.passed || o.found === undefined ? {} : { found: o.found }),
      concept: check.concepts[o.prop.split(':')[0] ?? ''] ?? check.concept ?? lab.concepts[0] ?? lab.topic,
      topic: lab.topic,
    })),
  );
}

function outcomesOf(check: Check, facts: EngineFacts): Outcome[] {
  const { name, props } = check;
  switch (check.subject) {
    case 'container':
      return checkContainer(name, props, facts.containers[name] ?? null);
    case 'image':
      return checkImage(name, props, facts.images[name] ?? null, facts);
    case 'network':
      return checkNetwork(name, props, facts.networks[name] ?? null);
    case 'volume':
      return checkVolume(name, props, facts.volumes[name] ?? null, facts);
    case 'resolves':
      return checkResolves(name, String(props['name']), facts);
    case 'swarm':
      return checkSwarm(props, facts);
    case 'service':
      return checkService(name, props, facts.services[name] ?? null, facts);
    case 'stack':
      return checkStack(name, props, facts);
    case 'secret':
      return checkSecret(name, facts.secrets[name] ?? null);
  }
}
