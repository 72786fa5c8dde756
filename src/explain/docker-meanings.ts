// What docker commands and flags do, in our own words, each linked to a concept of the notes (a heading or alias
// `dockerlearn lookup` lands on). Facts about names and value types live in docker-commands.json; this file holds
// only meanings. A flag with no entry here gets a plain meaning made from its value type (see docker-command.ts).
import {
  describeEnv,
  describeMount,
  describeNetwork,
  describePublish,
  describeRestart,
  describeServicePublish,
  describeVolume,
  type Described,
} from './describe-values.js';

/** A flag's meaning: a sentence, or a function of its value; `concept` unless the function gives one. */
export interface FlagMeaning {
  meaning: string | ((value: string) => string | Described);
  concept?: string;
}

export interface CommandMeaning {
  meaning: string;
  concept: string;
  /** what each positional argument is, by the usage's placeholder, e.g. IMAGE → the image to run */
  args?: Record<string, string>;
}

type FlagTable = Record<string, FlagMeaning>;

const RUN_ESSENTIALS = 'docker run essentials';
const LIMITS = 'Resource limits';
const HEALTH = 'HEALTHCHECK';
const SECURITY = 'security';
const COMPOSE = 'compose';

/** Flags shared by `docker run` and `docker create` (the container's configuration). */
const CONTAINER_CONFIG: FlagTable = {
  detach: {
    meaning:
      "starts the container in the background and hands your terminal back, printing the container's ID",
    concept: RUN_ESSENTIALS,
  },
  interactive: {
    meaning: 'keeps standard input open, so you can type into the process',
    concept: RUN_ESSENTIALS,
  },
  tty: {
    meaning: 'gives the process a terminal (a pseudo-TTY), for shells and interactive programs',
    concept: RUN_ESSENTIALS,
  },
  rm: {
    meaning: 'deletes the container, with its anonymous volumes, once its process ends',
    concept: RUN_ESSENTIALS,
  },
  name: {
    meaning: (v) => `names the container ${v}, so other commands and containers can use that name`,
    concept: RUN_ESSENTIALS,
  },
  publish: { meaning: describePublish },
  'publish-all': {
    meaning: 'publishes every port the image EXPOSEs on random free ports of the host',
    concept: 'Port publishing',
  },
  expose: {
    meaning: (v) => `records port ${v} as exposed; it is published only with -P or -p`,
    concept: 'EXPOSE',
  },
  volume: { meaning: describeVolume },
  mount: { meaning: describeMount },
  tmpfs: {
    meaning: (v) =>
      `mounts an in-memory tmpfs at ${v.split(':')[0]}; its files vanish when the container stops`,
    concept: 'tmpfs mounts',
  },
  'volumes-from': {
    meaning: (v) => `mounts every volume of the container ${v} at the same paths`,
    concept: 'Sharing data and backups',
  },
  'volume-driver': {
    meaning: (v) => `creates this container's volumes with the driver ${v}`,
    concept: 'Volume drivers',
  },
  env: { meaning: describeEnv },
  'env-file': {
    meaning: (v) => `reads environment variables, one NAME=value a line, from the file ${v}`,
    concept: 'Environment variables',
  },
  network: { meaning: describeNetwork },
  'network-alias': {
    meaning: (v) => `adds ${v} as another name other containers on the network can reach this one by`,
    concept: 'User-defined bridges',
  },
  link: {
    meaning: (v) => `links to the container ${v} (legacy: use a user-defined network instead)`,
    concept: 'The default bridge network',
  },
  restart: { meaning: describeRestart },
  memory: {
    meaning: (v) => `caps the container's memory at ${v}; past that the kernel kills it (out of memory)`,
    concept: LIMITS,
  },
  'memory-swap': { meaning: (v) => `caps memory plus swap at ${v}`, concept: LIMITS },
  'memory-reservation': {
    meaning: (v) => `sets a soft memory limit of ${v}, enforced when the host runs short`,
    concept: LIMITS,
  },
  cpus: { meaning: (v) => `limits the container to ${v} CPUs' worth of processor time`, concept: LIMITS },
  'cpu-shares': {
    meaning: (v) => `gives the container a relative CPU weight of ${v} (1024 is normal) when CPUs are busy`,
    concept: LIMITS,
  },
  'cpuset-cpus': { meaning: (v) => `lets the container run only on the CPUs ${v}`, concept: LIMITS },
  'pids-limit': { meaning: (v) => `allows at most ${v} processes in the container`, concept: LIMITS },
  ulimit: { meaning: (v) => `sets the process limit ${v} inside the container`, concept: LIMITS },
  entrypoint: {
    meaning: (v) => `replaces the image's ENTRYPOINT with ${v}`,
    concept: 'How CMD and ENTRYPOINT combine',
  },
  workdir: {
    meaning: (v) => `starts the process in ${v} inside the container, instead of the image's WORKDIR`,
    concept: 'WORKDIR',
  },
  user: { meaning: (v) => `runs the process as ${v} instead of the image's USER`, concept: 'USER' },
  'read-only': {
    meaning: "makes the container's root filesystem read-only (mounts stay writable)",
    concept: 'The writable container layer',
  },
  hostname: {
    meaning: (v) => `sets the container's host name to ${v}`,
    concept: 'Isolation: namespaces and cgroups, not a VM',
  },
  init: {
    meaning: 'runs a small init process as PID 1, which forwards signals and reaps child processes',
    concept: 'Shell form vs exec form',
  },
  platform: { meaning: (v) => `uses the ${v} variant of the image`, concept: 'Multi-platform images' },
  pull: {
    meaning: (v) =>
      `pulls the image ${v === 'always' ? 'every time' : v === 'never' ? 'never (it must be local)' : 'only when it is missing'} before creating the container`,
    concept: 'Pulling images',
  },
  label: { meaning: (v) => `adds the label ${v} to the container`, concept: 'LABEL' },
  'log-driver': {
    meaning: (v) => `sends the container's output to the ${v} logging driver`,
    concept: 'Logs',
  },
  'log-opt': { meaning: (v) => `sets the logging driver option ${v}`, concept: 'Logs' },
  'health-cmd': { meaning: (v) => `checks the container's health by running ${v}`, concept: HEALTH },
  'health-interval': { meaning: (v) => `runs the health check every ${v}`, concept: HEALTH },
  'health-retries': {
    meaning: (v) => `counts the container unhealthy after ${v} failed checks in a row`,
    concept: HEALTH,
  },
  'health-timeout': { meaning: (v) => `fails a health check that takes longer than ${v}`, concept: HEALTH },
  'health-start-period': {
    meaning: (v) => `ignores failed health checks during the first ${v}`,
    concept: HEALTH,
  },
  'no-healthcheck': { meaning: "turns off the image's HEALTHCHECK", concept: HEALTH },
  'stop-signal': {
    meaning: (v) => `makes \`docker stop\` send ${v} instead of SIGTERM`,
    concept: 'Stop vs kill',
  },
  'stop-timeout': {
    meaning: (v) => `gives the process ${v} seconds to stop before it is killed`,
    concept: 'Stop vs kill',
  },
  privileged: {
    meaning: "gives the container nearly all the host's powers: every capability and device (avoid)",
    concept: SECURITY,
  },
  'cap-add': { meaning: (v) => `adds the Linux capability ${v}`, concept: SECURITY },
  'cap-drop': { meaning: (v) => `drops the Linux capability ${v}`, concept: SECURITY },
  'security-opt': { meaning: (v) => `sets the security option ${v}`, concept: SECURITY },
  userns: { meaning: (v) => `sets the user namespace mode to ${v}`, concept: SECURITY },
  pid: {
    meaning: (v) => `shares the ${v} process namespace instead of a private one`,
    concept: 'Isolation: namespaces and cgroups, not a VM',
  },
  ipc: {
    meaning: (v) => `uses the IPC namespace mode ${v}`,
    concept: 'Isolation: namespaces and cgroups, not a VM',
  },
  'add-host': {
    meaning: (v) => `adds the line ${v.replace(':', ' → ')} to the container's /etc/hosts`,
    concept: 'User-defined bridges',
  },
  dns: { meaning: (v) => `uses ${v} as the container's DNS server`, concept: 'User-defined bridges' },
  quiet: { meaning: 'does not print the pull progress', concept: 'Pulling images' },
  gpus: { meaning: (v) => `gives the container the GPUs ${v}`, concept: LIMITS },
};

const EXEC: FlagTable = {
  detach: { meaning: 'runs the command in the background', concept: 'Exec' },
  interactive: { meaning: 'keeps standard input open, so you can type into the command', concept: 'Exec' },
  tty: { meaning: 'gives the command a terminal (a pseudo-TTY), as a shell needs', concept: 'Exec' },
  env: { meaning: describeEnv },
  'env-file': CONTAINER_CONFIG['env-file']!,
  user: { meaning: (v) => `runs the command as ${v}`, concept: 'Exec' },
  workdir: { meaning: (v) => `runs the command in ${v} inside the container`, concept: 'Exec' },
  privileged: { meaning: 'gives the command extended privileges', concept: SECURITY },
};

const BUILD: FlagTable = {
  tag: { meaning: (v) => `names the built image ${v}`, concept: 'Building and tagging with docker build' },
  file: {
    meaning: (v) => `reads the build instructions from ${v} instead of ./Dockerfile in the context`,
    concept: 'Building and tagging with docker build',
  },
  target: {
    meaning: (v) => `builds only up to the stage ${v} and makes that stage the image`,
    concept: '--target: stop at a stage',
  },
  'build-arg': {
    meaning: (v) => `sets the build argument ${v} for the ARG instructions`,
    concept: 'ENV vs ARG',
  },
  'no-cache': {
    meaning: 'ignores the build cache: every instruction runs again',
    concept: 'Layer caching and instruction order',
  },
  'no-cache-filter': {
    meaning: (v) => `ignores the build cache for the stage ${v} only`,
    concept: 'Layer caching and instruction order',
  },
  pull: {
    meaning: 'checks the registry for newer base images instead of using local ones',
    concept: 'Pulling images',
  },
  platform: { meaning: (v) => `builds the image for the platform ${v}`, concept: 'Multi-platform images' },
  quiet: {
    meaning: 'prints only the image ID, not the build output',
    concept: 'Building and tagging with docker build',
  },
  label: { meaning: (v) => `adds the label ${v} to the image`, concept: 'LABEL' },
  network: { meaning: (v) => `runs the RUN instructions with the network mode ${v}`, concept: 'RUN' },
  'cache-from': {
    meaning: (v) => `uses ${v} as an extra source of cached layers`,
    concept: 'The build cache',
  },
  'cache-to': { meaning: (v) => `exports the build cache to ${v}`, concept: 'The build cache' },
  secret: {
    meaning: (v) => `makes the secret ${v} available to RUN --mount=type=secret, never writing it to a layer`,
    concept: 'BuildKit',
  },
  ssh: { meaning: (v) => `forwards the SSH agent or key ${v} to RUN --mount=type=ssh`, concept: 'BuildKit' },
  output: {
    meaning: (v) => `exports the result to ${v} instead of the local image store`,
    concept: 'BuildKit',
  },
  progress: { meaning: (v) => `shows the build progress as ${v}`, concept: 'BuildKit' },
  push: {
    meaning: 'pushes the image to its registry when the build ends',
    concept: 'Tagging and pushing images',
  },
  load: { meaning: 'loads the result into the local image store', concept: 'BuildKit' },
};

const SERVICE: FlagTable = {
  name: { meaning: (v) => `names the service ${v}`, concept: 'Services and tasks' },
  replicas: { meaning: (v) => `runs ${v} tasks (copies) of the service`, concept: 'Scaling' },
  mode: {
    meaning: (v) =>
      v.startsWith('global')
        ? 'runs one task on every node (a global service)'
        : `sets the service mode to ${v}`,
    concept: 'Replicated and global services',
  },
  publish: { meaning: describeServicePublish },
  network: {
    meaning: (v) => `attaches the service's tasks to the network ${v}`,
    concept: 'Service networking in a swarm',
  },
  mount: { meaning: describeMount },
  env: { meaning: describeEnv },
  constraint: {
    meaning: (v) => `places tasks only on nodes where ${v} holds`,
    concept: 'Placement constraints and preferences',
  },
  'placement-pref': {
    meaning: (v) => `spreads tasks by ${v}`,
    concept: 'Placement constraints and preferences',
  },
  secret: {
    meaning: (v) => `gives the tasks the secret ${v}, as a file under /run/secrets`,
    concept: 'Secrets and configs',
  },
  config: { meaning: (v) => `gives the tasks the config ${v}, as a file`, concept: 'Secrets and configs' },
  'update-parallelism': {
    meaning: (v) => `updates ${v} tasks at a time (0: all at once)`,
    concept: 'Rolling updates and rollback',
  },
  'update-delay': {
    meaning: (v) => `waits ${v} between updating batches of tasks`,
    concept: 'Rolling updates and rollback',
  },
  'update-failure-action': {
    meaning: (v) => `on a failed update, does ${v}`,
    concept: 'Rolling updates and rollback',
  },
  'update-order': {
    meaning: (v) =>
      `${v === 'start-first' ? 'starts the new task before stopping the old one' : 'stops the old task before starting the new one'}`,
    concept: 'Rolling updates and rollback',
  },
  image: {
    meaning: (v) => `rolls the service out to the image ${v}`,
    concept: 'Rolling updates and rollback',
  },
  rollback: {
    meaning: "goes back to the service's previous definition",
    concept: 'Rolling updates and rollback',
  },
  detach: {
    meaning: 'returns at once instead of waiting for the tasks to converge',
    concept: 'Services and tasks',
  },
  'endpoint-mode': {
    meaning: (v) =>
      `sets how clients find the tasks: ${v === 'dnsrr' ? 'DNS round robin' : 'one virtual IP'}`,
    concept: 'Service networking in a swarm',
  },
  'reserve-memory': {
    meaning: (v) => `places tasks only where ${v} of memory is free and reserves it`,
    concept: 'Placement constraints and preferences',
  },
  'limit-memory': { meaning: (v) => `caps each task's memory at ${v}`, concept: LIMITS },
  'limit-cpu': { meaning: (v) => `limits each task to ${v} CPUs`, concept: LIMITS },
  'restart-condition': { meaning: (v) => `restarts tasks when ${v}`, concept: 'Services and tasks' },
  force: {
    meaning: 'redeploys the tasks even when nothing changed',
    concept: 'Rolling updates and rollback',
  },
  'publish-add': { meaning: describeServicePublish },
  'env-add': { meaning: describeEnv },
  'secret-add': { meaning: (v) => `adds the secret ${v} to the tasks`, concept: 'Secrets and configs' },
  'network-add': {
    meaning: (v) => `attaches the service to the network ${v} as well`,
    concept: 'Service networking in a swarm',
  },
  'constraint-add': {
    meaning: (v) => `adds the placement constraint ${v}`,
    concept: 'Placement constraints and preferences',
  },
};

const COMPOSE_FLAGS: FlagTable = {
  file: { meaning: (v) => `reads the Compose file ${v}`, concept: COMPOSE },
  'project-name': {
    meaning: (v) => `names the project ${v} (its containers, networks and volumes are prefixed with it)`,
    concept: COMPOSE,
  },
  profile: { meaning: (v) => `turns on the services of the profile ${v}`, concept: COMPOSE },
  detach: { meaning: 'starts the services in the background', concept: COMPOSE },
  build: { meaning: 'builds the images before starting', concept: COMPOSE },
  'force-recreate': { meaning: 'recreates every container, even unchanged ones', concept: COMPOSE },
  'remove-orphans': { meaning: 'removes containers of services no longer in the file', concept: COMPOSE },
  volumes: {
    meaning: "also removes the project's named and anonymous volumes (their data is lost)",
    concept: COMPOSE,
  },
  wait: { meaning: 'waits until the services are running or healthy', concept: COMPOSE },
  follow: { meaning: 'keeps printing new output as it comes', concept: COMPOSE },
  'no-deps': { meaning: 'leaves the services this one depends on alone', concept: COMPOSE },
  rm: { meaning: 'removes the one-off container when it exits', concept: COMPOSE },
};

/** Flags that mean the same wherever they appear. */
const COMMON: FlagTable = {
  all: {
    meaning: 'includes stopped or otherwise hidden items, not only the default set',
    concept: 'Container lifecycle',
  },
  force: {
    meaning: 'goes ahead without asking, and forces the removal where it applies',
    concept: 'Dangling images and pruning',
  },
  quiet: { meaning: 'prints only IDs or names', concept: 'Looking inside a container' },
  format: {
    meaning: (v) => `prints the output with the template ${v}`,
    concept: 'Looking inside a container',
  },
  filter: { meaning: (v) => `shows only items matching ${v}`, concept: 'Looking inside a container' },
  'no-trunc': { meaning: 'prints IDs and text in full', concept: 'Looking inside a container' },
  driver: { meaning: (v) => `uses the ${v} driver`, concept: 'Network drivers' },
};

const BY_COMMAND: Record<string, FlagTable> = {
  'container run': CONTAINER_CONFIG,
  'container create': CONTAINER_CONFIG,
  'container exec': EXEC,
  'image build': BUILD,
  'compose build': BUILD,
  'service create': { ...CONTAINER_CONFIG, ...SERVICE },
  'service update': { ...CONTAINER_CONFIG, ...SERVICE },
  'service rollback': SERVICE,
  'container ls': {
    all: { meaning: 'lists stopped containers too, not only running ones', concept: 'Container lifecycle' },
    size: {
      meaning: "adds each container's size: its writable layer, and the image under it",
      concept: 'The writable container layer',
    },
    latest: { meaning: 'shows only the container created last', concept: 'Container lifecycle' },
    last: { meaning: (v) => `shows the ${v} containers created last`, concept: 'Container lifecycle' },
  },
  'image ls': {
    all: { meaning: 'lists intermediate images too', concept: 'Listing images' },
    digests: { meaning: "shows each image's digest", concept: 'Image IDs, digests and tags' },
    filter: { meaning: (v) => `lists only images matching ${v}`, concept: 'Listing images' },
  },
  'container logs': {
    follow: { meaning: 'keeps printing new output as the container writes it', concept: 'Logs' },
    tail: { meaning: (v) => `starts from the last ${v} lines`, concept: 'Logs' },
    since: { meaning: (v) => `shows only output since ${v}`, concept: 'Logs' },
    until: { meaning: (v) => `shows only output before ${v}`, concept: 'Logs' },
    timestamps: { meaning: 'prefixes each line with when it was written', concept: 'Logs' },
  },
  'service logs': {
    follow: { meaning: 'keeps printing new output from every task', concept: 'Services and tasks' },
    tail: { meaning: (v) => `starts from the last ${v} lines`, concept: 'Services and tasks' },
  },
  'image pull': {
    platform: {
      meaning: (v) => `pulls the ${v} variant of a multi-platform image`,
      concept: 'Multi-platform images',
    },
    'all-tags': { meaning: 'pulls every tag of the repository', concept: 'Pulling images' },
    quiet: { meaning: 'does not print the progress', concept: 'Pulling images' },
  },
  'image push': {
    'all-tags': {
      meaning: 'pushes every local tag of the repository',
      concept: 'Tagging and pushing images',
    },
    quiet: { meaning: 'does not print the progress', concept: 'Tagging and pushing images' },
  },
  'image rm': {
    force: {
      meaning: 'removes the image even when a container uses it or it has several tags',
      concept: 'Removing images',
    },
  },
  'container rm': {
    force: { meaning: 'stops a running container (SIGKILL) and removes it', concept: 'Container lifecycle' },
    volumes: {
      meaning: "also removes the container's anonymous volumes",
      concept: 'Volume lifecycle and clean-up',
    },
  },
  'container start': {
    attach: { meaning: "attaches to the container's output while it runs", concept: 'Container lifecycle' },
    interactive: { meaning: "attaches your input to the container's", concept: 'Container lifecycle' },
  },
  'container stop': {
    timeout: {
      meaning: (v) => `waits ${v} seconds after SIGTERM before sending SIGKILL`,
      concept: 'Stop vs kill',
    },
    signal: { meaning: (v) => `sends ${v} instead of SIGTERM`, concept: 'Stop vs kill' },
  },
  'container kill': { signal: { meaning: (v) => `sends ${v} instead of SIGKILL`, concept: 'Stop vs kill' } },
  'container stats': { 'no-stream': { meaning: 'prints one snapshot and exits', concept: LIMITS } },
  'container update': CONTAINER_CONFIG,
  'image prune': {
    all: {
      meaning: 'removes every image no container uses, not only dangling ones',
      concept: 'Dangling images and pruning',
    },
    force: {
      meaning: 'removes them without asking for confirmation',
      concept: 'Dangling images and pruning',
    },
  },
  'volume prune': {
    all: {
      meaning: 'removes unused named volumes too, not only anonymous ones',
      concept: 'Volume lifecycle and clean-up',
    },
    force: {
      meaning: 'removes them without asking for confirmation',
      concept: 'Volume lifecycle and clean-up',
    },
  },
  'system prune': {
    all: {
      meaning: 'removes every unused image too, not only dangling ones',
      concept: 'Dangling images and pruning',
    },
    volumes: { meaning: 'removes unused volumes too', concept: 'Volume lifecycle and clean-up' },
  },
  'network create': {
    driver: { meaning: (v) => `creates the network with the ${v} driver`, concept: 'Network drivers' },
    internal: { meaning: 'cuts the network off from the outside world', concept: 'Managing networks' },
    attachable: { meaning: 'lets standalone containers join this overlay network', concept: 'Overlay' },
    subnet: { meaning: (v) => `gives the network the address range ${v}`, concept: 'Managing networks' },
    gateway: { meaning: (v) => `uses ${v} as the network's gateway`, concept: 'Managing networks' },
    'ip-range': { meaning: (v) => `hands out container addresses from ${v}`, concept: 'Managing networks' },
    opt: { meaning: (v) => `sets the driver option ${v}`, concept: 'Network drivers' },
    ingress: { meaning: 'makes this the swarm routing-mesh network', concept: 'The ingress network' },
    'aux-address': { meaning: (v) => `reserves the address ${v}`, concept: 'Managing networks' },
  },
  'network connect': {
    alias: {
      meaning: (v) => `adds ${v} as a name the container answers to on this network`,
      concept: 'User-defined bridges',
    },
    ip: {
      meaning: (v) => `gives the container the address ${v} on this network`,
      concept: 'Managing networks',
    },
  },
  'network disconnect': {
    force: {
      meaning: 'disconnects it even if the container is not running well',
      concept: 'Managing networks',
    },
  },
  'volume create': {
    driver: { meaning: (v) => `creates the volume with the ${v} driver`, concept: 'Volume drivers' },
    opt: { meaning: (v) => `sets the driver option ${v}`, concept: 'Volume drivers' },
    label: { meaning: (v) => `adds the label ${v} to the volume`, concept: 'Managing volumes' },
  },
  'node update': {
    availability: {
      meaning: (v) =>
        v === 'drain'
          ? 'drains the node: its tasks move elsewhere and no new ones come'
          : `sets the node's availability to ${v}`,
      concept: 'Draining and maintaining nodes',
    },
    'label-add': {
      meaning: (v) => `adds the label ${v} to the node`,
      concept: 'Placement constraints and preferences',
    },
    role: { meaning: (v) => `makes the node a ${v}`, concept: 'Nodes: managers and workers' },
  },
  'swarm init': {
    'advertise-addr': {
      meaning: (v) => `tells other nodes to reach this manager at ${v}`,
      concept: 'Creating a swarm: init and join',
    },
    'listen-addr': {
      meaning: (v) => `listens for swarm traffic on ${v}`,
      concept: 'Creating a swarm: init and join',
    },
    'force-new-cluster': {
      meaning: "starts a new one-manager cluster from this node's state (disaster recovery)",
      concept: 'Raft, quorum and fault tolerance',
    },
    autolock: {
      meaning: "locks the managers' keys: a restarted manager needs the unlock key",
      concept: 'Creating a swarm: init and join',
    },
  },
  'swarm join': {
    token: {
      meaning: 'joins with the given token, which decides worker or manager',
      concept: 'Creating a swarm: init and join',
    },
    'advertise-addr': {
      meaning: (v) => `tells other nodes to reach this node at ${v}`,
      concept: 'Creating a swarm: init and join',
    },
  },
  'swarm join-token': {
    quiet: { meaning: 'prints only the token', concept: 'Creating a swarm: init and join' },
    rotate: {
      meaning: 'replaces the token; the old one stops working',
      concept: 'Creating a swarm: init and join',
    },
  },
  'swarm leave': {
    force: {
      meaning: 'leaves even as a manager, which can cost the swarm its quorum',
      concept: 'Raft, quorum and fault tolerance',
    },
  },
  'stack deploy': {
    'compose-file': {
      meaning: (v) => `reads the stack from the Compose file ${v}`,
      concept: 'Managing a stack',
    },
    prune: { meaning: 'removes services no longer in the file', concept: 'Managing a stack' },
    'with-registry-auth': {
      meaning: 'sends your registry login to the nodes so they can pull private images',
      concept: 'Managing a stack',
    },
    detach: { meaning: 'returns at once instead of waiting for the services', concept: 'Managing a stack' },
  },
  'stack ps': { 'no-trunc': { meaning: 'prints errors and IDs in full', concept: 'Managing a stack' } },
  'secret create': {
    label: { meaning: (v) => `adds the label ${v} to the secret`, concept: 'Secrets and configs' },
  },
  login: {
    username: { meaning: (v) => `logs in as ${v}`, concept: 'Logging in' },
    password: {
      meaning: 'gives the password on the command line (it lands in shell history: prefer --password-stdin)',
      concept: 'Logging in',
    },
    'password-stdin': { meaning: 'reads the password or token from standard input', concept: 'Logging in' },
  },
  search: {
    filter: { meaning: (v) => `shows only results matching ${v}`, concept: 'Docker Hub' },
    limit: { meaning: (v) => `shows at most ${v} results`, concept: 'Docker Hub' },
  },
  'container commit': {
    change: {
      meaning: (v) => `applies the Dockerfile instruction ${v} to the new image`,
      concept: 'Containers vs images',
    },
    message: { meaning: (v) => `records the message ${v}`, concept: 'Containers vs images' },
  },
  'scout cves': {
    'only-severity': { meaning: (v) => `shows only vulnerabilities of severity ${v}`, concept: SECURITY },
    'only-fixed': { meaning: 'shows only vulnerabilities that have a fixed version', concept: SECURITY },
    'exit-code': {
      meaning: 'exits with status 2 when it finds any vulnerability, so CI can fail the build',
      concept: SECURITY,
    },
    'ignore-base': { meaning: 'leaves out vulnerabilities that come from the base image', concept: SECURITY },
  },
  'image history': { 'no-trunc': { meaning: "prints each layer's full command", concept: 'Layers' } },
  'image save': {
    output: {
      meaning: (v) => `writes the archive to ${v} instead of standard output`,
      concept: 'Saving and loading images',
    },
  },
  'image load': {
    input: {
      meaning: (v) => `reads the archive from ${v} instead of standard input`,
      concept: 'Saving and loading images',
    },
  },
  'builder prune': {
    all: { meaning: 'removes all build cache, not only dangling entries', concept: 'The build cache' },
  },
  'system df': {
    verbose: {
      meaning: 'lists every image, container, volume and cache entry',
      concept: 'Dangling images and pruning',
    },
  },
  'compose up': COMPOSE_FLAGS,
  'compose down': COMPOSE_FLAGS,
  'compose logs': COMPOSE_FLAGS,
  'compose run': COMPOSE_FLAGS,
  'compose ps': COMPOSE_FLAGS,
  compose: COMPOSE_FLAGS,
};

/** The meaning of `flag` on `commandPath` (a table path), or undefined to fall back to the generic one. */
export function flagMeaning(commandPath: string, flag: string): FlagMeaning | undefined {
  const own = BY_COMMAND[commandPath]?.[flag];
  if (own) return own;
  if (commandPath.startsWith('compose '))
    return COMPOSE_FLAGS[flag] ?? { meaning: genericCompose(flag), concept: COMPOSE };
  return COMMON[flag];
}

function genericCompose(flag: string): string {
  return `sets Compose's --${flag} option`;
}

const C = (meaning: string, concept: string, args?: Record<string, string>): CommandMeaning => ({
  meaning,
  concept,
  ...(args ? { args } : {}),
});

/** What each command does, by table path. */
export const COMMAND_MEANINGS: Record<string, CommandMeaning> = {
  'container run': C('creates a new container from an image and starts it', 'docker run essentials', {
    IMAGE: 'image',
    COMMAND: 'command',
  }),
  'container create': C(
    'creates a container from an image without starting it (it waits in the created state)',
    'Container lifecycle',
    { IMAGE: 'image', COMMAND: 'command' },
  ),
  'container start': C('starts stopped or created containers again', 'Container lifecycle', {
    CONTAINER: 'container',
  }),
  'container stop': C(
    'stops running containers: SIGTERM first, SIGKILL after the grace period',
    'Stop vs kill',
    { CONTAINER: 'container' },
  ),
  'container restart': C('stops and starts containers again', 'Container lifecycle', {
    CONTAINER: 'container',
  }),
  'container kill': C('kills running containers at once (SIGKILL unless told otherwise)', 'Stop vs kill', {
    CONTAINER: 'container',
  }),
  'container rm': C('removes containers (stopped ones, unless forced)', 'Container lifecycle', {
    CONTAINER: 'container',
  }),
  'container exec': C('runs a new command inside a running container', 'Exec', {
    CONTAINER: 'container',
    COMMAND: 'command',
  }),
  'container logs': C('prints what a container wrote to its standard output and error', 'Logs', {
    CONTAINER: 'container',
  }),
  'container inspect': C(
    "prints a container's full configuration and state as JSON",
    'Looking inside a container',
    { CONTAINER: 'container' },
  ),
  'container pause': C('freezes every process of the containers (the freezer cgroup)', 'Pause and unpause', {
    CONTAINER: 'container',
  }),
  'container unpause': C('lets paused containers run again', 'Pause and unpause', { CONTAINER: 'container' }),
  'container port': C("lists a container's published ports", 'Port publishing', { CONTAINER: 'container' }),
  'container stats': C('shows live CPU, memory, network and disk use of containers', 'Resource limits', {
    CONTAINER: 'container',
  }),
  'container update': C(
    "changes a running container's resource limits or restart policy",
    'Resource limits',
    { CONTAINER: 'container' },
  ),
  'container commit': C("makes a new image from a container's changes", 'Containers vs images', {
    CONTAINER: 'container',
  }),
  'container top': C('lists the processes running in a container', 'Looking inside a container', {
    CONTAINER: 'container',
  }),
  'container cp': C('copies files between a container and the host', 'Looking inside a container'),
  'container prune': C('removes every stopped container', 'Container lifecycle'),
  'container diff': C(
    "lists the files changed in a container's writable layer",
    'The writable container layer',
    { CONTAINER: 'container' },
  ),
  'container rename': C('renames a container', 'Container lifecycle', { CONTAINER: 'container' }),
  'container wait': C('waits for containers to stop and prints their exit codes', 'Container lifecycle', {
    CONTAINER: 'container',
  }),
  'container attach': C(
    "connects your terminal to a running container's main process",
    'Container lifecycle',
    { CONTAINER: 'container' },
  ),
  'container export': C("writes a container's filesystem to a tar archive", 'Saving and loading images', {
    CONTAINER: 'container',
  }),
  'container ls': C('lists containers (running ones unless -a)', 'Container lifecycle'),
  'image build': C(
    'builds an image from a Dockerfile and a build context',
    'Building and tagging with docker build',
    { PATH: 'context' },
  ),
  'image pull': C('downloads an image from a registry', 'Pulling images', { NAME: 'image' }),
  'image push': C('uploads an image to the registry its name points to', 'Tagging and pushing images', {
    NAME: 'image',
  }),
  'image ls': C('lists the images stored locally', 'Listing images'),
  'image tag': C('gives an image another name (a tag); no data is copied', 'Tagging and pushing images', {
    SOURCE_IMAGE: 'image',
    TARGET_IMAGE: 'image',
  }),
  'image rm': C('removes image tags, and the image once no tag or container needs it', 'Removing images', {
    IMAGE: 'image',
  }),
  'image prune': C('removes dangling images (untagged and unused)', 'Dangling images and pruning'),
  'image inspect': C("prints an image's configuration and layers as JSON", 'Manifest, config and layers', {
    IMAGE: 'image',
  }),
  'image history': C("lists an image's layers and the instructions that made them", 'Layers', {
    IMAGE: 'image',
  }),
  'image save': C('writes images to a tar archive', 'Saving and loading images', { IMAGE: 'image' }),
  'image load': C('loads images from a tar archive', 'Saving and loading images'),
  'image import': C('makes an image from a tar archive of a filesystem', 'Saving and loading images'),
  login: C('logs in to a registry (Docker Hub when none is named)', 'Logging in'),
  logout: C('forgets your login for a registry (Docker Hub when none is named)', 'Logging in'),
  search: C('searches Docker Hub for images', 'Docker Hub'),
  inspect: C('prints the full JSON of Docker objects by name or ID', 'Looking inside a container'),
  'system info': C('shows how the Docker engine is set up', 'engine'),
  version: C('shows the client and engine versions', 'engine'),
  'network create': C('creates a network', 'Managing networks', { NETWORK: 'network' }),
  'network ls': C('lists networks', 'Managing networks'),
  'network inspect': C("prints a network's configuration and connected containers", 'Managing networks', {
    NETWORK: 'network',
  }),
  'network rm': C('removes networks', 'Managing networks', { NETWORK: 'network' }),
  'network connect': C('connects a running container to a network', 'Managing networks', {
    NETWORK: 'network',
    CONTAINER: 'container',
  }),
  'network disconnect': C('disconnects a container from a network', 'Managing networks', {
    NETWORK: 'network',
    CONTAINER: 'container',
  }),
  'network prune': C('removes every network no container uses', 'Managing networks'),
  'volume create': C('creates a named volume', 'Managing volumes', { VOLUME: 'volume' }),
  'volume ls': C('lists volumes', 'Managing volumes'),
  'volume inspect': C("prints a volume's driver, mount point and labels", 'Managing volumes', {
    VOLUME: 'volume',
  }),
  'volume rm': C('removes volumes and the data in them', 'Managing volumes', { VOLUME: 'volume' }),
  'volume prune': C('removes unused volumes', 'Volume lifecycle and clean-up'),
  'swarm init': C(
    'turns this engine into a swarm manager, starting a new swarm',
    'Creating a swarm: init and join',
  ),
  'swarm join': C('joins this engine to a swarm as a worker or manager', 'Creating a swarm: init and join'),
  'swarm join-token': C(
    'prints the command (and token) other nodes use to join',
    'Creating a swarm: init and join',
  ),
  'swarm leave': C('takes this node out of the swarm', 'Creating a swarm: init and join'),
  'swarm update': C("changes the swarm's settings", 'Swarm command cheat sheet'),
  'swarm unlock': C('unlocks a restarted manager of an autolocked swarm', 'Creating a swarm: init and join'),
  'swarm unlock-key': C('prints or rotates the key that unlocks managers', 'Creating a swarm: init and join'),
  'swarm ca': C("shows or rotates the swarm's root certificate", 'Swarm command cheat sheet'),
  'node ls': C('lists the nodes of the swarm', 'Nodes: managers and workers'),
  'node inspect': C("prints a node's details", 'Nodes: managers and workers'),
  'node update': C("changes a node's availability, role or labels", 'Draining and maintaining nodes'),
  'node promote': C('makes workers managers', 'Nodes: managers and workers'),
  'node demote': C('makes managers workers', 'Nodes: managers and workers'),
  'node rm': C('removes nodes from the swarm', 'Nodes: managers and workers'),
  'node ps': C('lists the tasks running on nodes', 'Services and tasks'),
  'service create': C(
    'creates a swarm service: a desired state the managers keep true with tasks',
    'Services and tasks',
    { IMAGE: 'image', COMMAND: 'command' },
  ),
  'service ls': C('lists services', 'Services and tasks'),
  'service ps': C("lists a service's tasks and the nodes they run on", 'Services and tasks', {
    SERVICE: 'service',
  }),
  'service inspect': C("prints a service's definition", 'Services and tasks', { SERVICE: 'service' }),
  'service logs': C("prints the output of a service's tasks", 'Services and tasks'),
  'service update': C(
    'changes a service; its tasks are replaced as a rolling update',
    'Rolling updates and rollback',
    { SERVICE: 'service' },
  ),
  'service rollback': C("goes back to a service's previous definition", 'Rolling updates and rollback', {
    SERVICE: 'service',
  }),
  'service scale': C('sets how many tasks services run', 'Scaling'),
  'service rm': C('removes services and their tasks', 'Services and tasks', { SERVICE: 'service' }),
  'stack deploy': C('creates or updates a stack of services from a Compose file', 'Managing a stack', {
    STACK: 'stack',
  }),
  'stack ls': C('lists stacks', 'Managing a stack'),
  'stack ps': C("lists every task of a stack's services", 'Managing a stack', { STACK: 'stack' }),
  'stack services': C("lists a stack's services", 'Managing a stack', { STACK: 'stack' }),
  'stack rm': C("removes a stack's services, networks, secrets and configs", 'Managing a stack', {
    STACK: 'stack',
  }),
  'stack config': C('prints the final stack file after merging and interpolation', 'Managing a stack'),
  'secret create': C('stores a secret in the swarm (encrypted in the Raft log)', 'Secrets and configs', {
    SECRET: 'secret',
  }),
  'secret ls': C('lists secrets (never their content)', 'Secrets and configs'),
  'secret inspect': C("prints a secret's metadata (never its content)", 'Secrets and configs', {
    SECRET: 'secret',
  }),
  'secret rm': C('removes secrets', 'Secrets and configs', { SECRET: 'secret' }),
  'config create': C('stores a config in the swarm', 'Secrets and configs'),
  'config ls': C('lists configs', 'Secrets and configs'),
  'config inspect': C("prints a config's details", 'Secrets and configs'),
  'config rm': C('removes configs', 'Secrets and configs'),
  'system df': C(
    'shows the disk space images, containers, volumes and build cache use',
    'Dangling images and pruning',
  ),
  'system prune': C(
    'removes stopped containers, unused networks, dangling images and build cache',
    'Dangling images and pruning',
  ),
  'system events': C('prints events from the engine as they happen', 'Looking inside a container'),
  'builder prune': C('removes build cache', 'The build cache'),
  'context ls': C('lists contexts (the engines this client can talk to)', 'engine'),
  'context use': C('makes another context the default', 'engine'),
  'context create': C('adds a context: a named engine endpoint', 'engine'),
  'context inspect': C("prints a context's endpoint", 'engine'),
  'context rm': C('removes contexts', 'engine'),
  'context show': C('prints the current context', 'engine'),
  'buildx imagetools inspect': C(
    "shows an image's index and per-platform manifests as the registry holds them",
    'Multi-platform images',
  ),
  'buildx imagetools create': C(
    'makes a new image index in a registry from existing images',
    'Multi-platform images',
  ),
  'scout quickview': C('summarises the known vulnerabilities of an image and of its base image', SECURITY, {
    IMAGE: 'image',
  }),
  'scout cves': C('lists the known vulnerabilities (CVEs) in an image, package by package', SECURITY, {
    IMAGE: 'image',
  }),
  'scout recommendations': C(
    'suggests base image updates that would remove known vulnerabilities',
    SECURITY,
    { IMAGE: 'image' },
  ),
  'compose up': C("creates and starts the project's services, networks and volumes", COMPOSE),
  'compose down': C(
    "stops and removes the project's containers and networks (volumes only with -v)",
    COMPOSE,
  ),
  'compose ps': C("lists the project's containers", COMPOSE),
  'compose logs': C("prints the output of the project's services", COMPOSE),
  'compose exec': C("runs a command in a running service's container", COMPOSE),
  'compose run': C('runs a one-off command in a new container of a service', COMPOSE),
  'compose build': C("builds the services' images", COMPOSE),
  'compose pull': C("pulls the services' images", COMPOSE),
  'compose push': C("pushes the services' images", COMPOSE),
  'compose config': C('prints the final Compose model after merging and interpolation', COMPOSE),
};

/** The fallback meaning of a command group (`docker network`) or a command with no entry above. */
export function commandMeaning(path: string): CommandMeaning | undefined {
  return COMMAND_MEANINGS[path];
}
