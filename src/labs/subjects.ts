import type { Subject } from './model.js';

/** The value shape a property takes, checked when a lab loads. */
export type PropShape =
  'string' | 'number' | 'boolean' | 'map' | 'list' | 'size' | 'restart' | 'count' | 'object';

/** Every property each subject accepts, with its shape; anything else in a lab is an error. */
export const SUBJECT_PROPS: Record<Subject, Record<string, PropShape>> = {
  container: {
    state: 'string',
    exitCode: 'number',
    image: 'string',
    env: 'map',
    labels: 'map',
    ports: 'list',
    mounts: 'list',
    networks: 'list',
    onlyNetworks: 'list',
    ips: 'map',
    restart: 'restart',
    user: 'string',
    memory: 'size',
    cpus: 'number',
    pidsLimit: 'number',
    readOnlyRootfs: 'boolean',
    absent: 'boolean',
  },
  image: {
    cmd: 'list',
    entrypoint: 'list',
    user: 'string',
    workdir: 'string',
    env: 'map',
    labels: 'map',
    exposedPorts: 'list',
    healthcheck: 'object',
    layers: 'count',
    smallerThan: 'string',
    largerThan: 'string',
    files: 'object',
    repoDigest: 'boolean',
  },
  network: {
    driver: 'string',
    subnet: 'string',
    gateway: 'string',
    options: 'map',
    internal: 'boolean',
    attachable: 'boolean',
    scope: 'string',
  },
  volume: { driver: 'string', labels: 'map', contains: 'object', helperImage: 'string' },
  resolves: {},
  swarm: { role: 'string', nodes: 'number', availability: 'string', node: 'string' },
  service: {
    mode: 'string',
    replicas: 'number',
    running: 'number',
    image: 'string',
    previousImage: 'string',
    ports: 'list',
    updateConfig: 'object',
    updateStatus: 'string',
    secrets: 'list',
    networks: 'list',
    env: 'map',
  },
  stack: { services: 'list' },
  secret: {},
};

/** The resource kind under `resources` that a subject's name must be listed in (none: it may be used freely). */
export const SUBJECT_RESOURCE: Partial<
  Record<Subject, 'containers' | 'networks' | 'volumes' | 'services' | 'secrets' | 'stacks'>
> = {
  container: 'containers',
  network: 'networks',
  volume: 'volumes',
  service: 'services',
  secret: 'secrets',
  stack: 'stacks',
};
