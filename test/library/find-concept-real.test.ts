import { beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../src/content/model.js';
import { findConcept } from '../../src/library/find-concept.js';
import { loadRealNotes } from '../helpers/library-find.js';

let library: Library;
beforeAll(async () => {
  library = await loadRealNotes();
});

const where = (query: string) => {
  const { match } = findConcept(library, query);
  return match ? `${match.topic.id}/${match.concept?.id ?? ''}` : 'none';
};

// What a learner types → `topic/concept` (a trailing slash: the topic itself).
const cases: [string, string][] = [
  // topic names land on the topic
  ['networking', 'networking/'],
  ['Container networking', 'networking/'],
  ['volumes', 'volumes/'],
  ['swarm', 'swarm/'],
  ['Docker stacks', 'stacks/'],
  ['registry', 'registries/'],
  ['dockerfiles', 'dockerfile/'],
  // case, spaces, hyphens and plurals
  ['multistage', 'multi-stage-builds/'],
  ['Multi-Stage Builds', 'multi-stage-builds/'],
  ['multi stage build', 'multi-stage-builds/'],
  ['MULTI-STAGE', 'multi-stage-builds/'],
  ['copy on write', 'containers/the-writable-container-layer'],
  ['copy-on-write', 'containers/the-writable-container-layer'],
  ['macvlan', 'networking/macvlan'],
  ['Macvlan networks', 'networking/macvlan'],
  ['ip vlan', 'networking/ipvlan'],
  ['overlay networks', 'networking/overlay'],
  ['bind mount', 'volumes/bind-mounts'],
  ['bindmounts', 'volumes/bind-mounts'],
  ['tmpfs', 'volumes/tmpfs-mounts'],
  ['anonymous volumes', 'volumes/named-and-anonymous-volumes'],
  ['user defined networks', 'networking/user-defined-bridges'],
  ['layers', 'images/layers'],
  ['image layer', 'images/layers'],
  ['build cache', 'images/the-build-cache'],
  ['build caches', 'images/the-build-cache'],
  ['image sizes', 'images/image-size'],
  ['the routing mesh', 'swarm/the-routing-mesh'],
  ['routing mesh', 'swarm/the-routing-mesh'],
  ['build kit', 'dockerfile/buildkit'],
  ['ENV vs ARG', 'dockerfile/env-vs-arg'],
  ['env-vs-arg', 'dockerfile/env-vs-arg'],
  ['COPY --from', 'multi-stage-builds/copy-from'],
  ['--target', 'multi-stage-builds/target-stop-at-a-stage'],
  ['pid 1', 'dockerfile/shell-form-vs-exec-form'],
  ['docker0', 'networking/bridge'],
  ['SIGKILL', 'containers/stop-vs-kill'],
  ['cgroups', 'containers/isolation-namespaces-and-cgroups-not-a-vm'],
  ['rolling updates', 'swarm/rolling-updates-and-rollback'],
  ['docker stack deploy', 'stacks/managing-a-stack'],
  ['quorum', 'swarm/raft-quorum-and-fault-tolerance'],
  ['secrets', 'swarm/secrets-and-configs'],
  ['dockerignore', 'dockerfile/build-context-and-dockerignore'],
  ['latest', 'images/latest-is-just-a-tag'],
  ['official image', 'registries/official-images'],
  ['distroless', 'multi-stage-builds/worked-example-go-on-distroless'],
  ['ingress', 'networking/the-ingress-network'],
  // whole words inside a longer name
  ['cmd', 'dockerfile/cmd-and-entrypoint'],
  ['cache', 'images/the-build-cache'],
  ['docker macvlan network', 'networking/macvlan'],
  // typos
  ['overlya', 'networking/overlay'],
  ['healthchek', 'dockerfile/healthcheck'],
  ['restart polcy', 'containers/restart-policies'],
  ['privat registry', 'registries/private-registries'],
  ['multi stge build', 'multi-stage-builds/'],
  ['dangling imgaes', 'images/dangling-images-and-pruning'],
  ['netwrking', 'networking/'],
];

describe('findConcept on the real notes', () => {
  it.each(cases)('%s → %s', (query, expected) => {
    expect(where(query)).toBe(expected);
  });

  it('has a table of at least 40 names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it('finds nothing for gibberish and offers no wild guesses', () => {
    const result = findConcept(library, 'xyzzy plugh');
    expect(result.match).toBeUndefined();
    expect(result.suggestions).toEqual([]);
  });

  it('suggests the near miss when a short word is too mangled to match', () => {
    const result = findConcept(library, 'hsot');
    expect(result.match).toBeUndefined();
    expect(result.suggestions.map((s) => s.concept?.id)).toContain('host');
    expect(result.suggestions.length).toBeLessThanOrEqual(3);
  });

  it('names the concept of the same name as an alternative when a topic wins', () => {
    const result = findConcept(library, 'volumes');
    expect(result.match?.concept).toBeUndefined();
    expect(result.alternatives.map((m) => m.concept?.id)).toContain('volumes');
  });

  it('scores an exact name 1 and a typo lower', () => {
    expect(findConcept(library, 'macvlan').match?.score).toBe(1);
    const typo = findConcept(library, 'overlya').match?.score ?? 1;
    expect(typo).toBeLessThan(1);
  });

  it('offers a swapped-letter typo below the confidence threshold as a suggestion, not as the answer', () => {
    const result = findConcept(library, 'macvaln');
    expect(result.match).toBeUndefined();
    expect(result.suggestions[0]?.concept?.id).toBe('macvlan');
  });
});
