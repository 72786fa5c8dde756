// Value-aware meanings for the flags whose value says the most: ports, mounts, environment, networks, restart.
// Each returns a sentence in this command's terms and the concept that teaches it.

export interface Described {
  meaning: string;
  concept?: string | undefined;
}

/** `-p [ip:][host:]container[/proto]` on `docker run`/`create`. */
export function describePublish(value: string): Described {
  const concept = 'Port publishing';
  const [spec, proto] = splitOnce(value, '/');
  const parts = splitPorts(spec);
  const protocol = proto ? ` (${proto.toUpperCase()})` : '';
  if (parts.length === 1)
    return {
      meaning: `publishes port ${parts[0]}${protocol} of the container on a random free port of the host`,
      concept,
    };
  if (parts.length === 2) {
    const [host, container] = parts as [string, string];
    if (host === '')
      return {
        meaning: `publishes port ${container}${protocol} of the container on a random free port of the host`,
        concept,
      };
    return {
      meaning: `publishes port ${container}${protocol} of the container on port ${host} of the host`,
      concept,
    };
  }
  const [ip, host, container] = [parts.slice(0, -2).join(':'), parts.at(-2)!, parts.at(-1)!];
  const where = ip === '127.0.0.1' || ip === '[::1]' || ip === '::1' ? `${ip} (this machine only)` : ip;
  const hostPort = host === '' ? 'a random free port' : `port ${host}`;
  return {
    meaning: `publishes port ${container}${protocol} of the container on ${hostPort} of the host address ${where}`,
    concept,
  };
}

// Splits `ip:host:container`, keeping a bracketed IPv6 address whole.
function splitPorts(spec: string): string[] {
  const v6 = /^(\[[^\]]*\]):(.*)$/.exec(spec);
  if (v6) return [v6[1]!, ...v6[2]!.split(':')];
  return spec.split(':');
}

/** Whether a mount source names a folder on the host (a bind mount) rather than a named volume. */
export function isHostPath(source: string): boolean {
  return /^(\/|\.|~|\$|[A-Za-z]:[\\/]|\\\\)/.test(source);
}

/** `-v [source:]target[:options]`: named volume, bind mount or anonymous volume, decided from the source. */
export function describeVolume(value: string): Described {
  const parts = value.split(':');
  // a Windows drive letter (C:\data:/data) is part of the source
  if (parts.length > 2 && /^[A-Za-z]$/.test(parts[0]!)) parts.splice(0, 2, `${parts[0]}:${parts[1]}`);
  if (parts.length === 1) {
    return {
      meaning: `mounts a new anonymous volume at ${parts.at(-1)} (Docker gives it a random name)`,
      concept: 'Named and anonymous volumes',
    };
  }
  const [source, target, options] = parts as [string, string, string | undefined];
  const readOnly = options?.split(',').includes('ro') ? ', read-only' : '';
  if (target === undefined || target === '')
    return {
      meaning: `mounts ${source} (no target path: \`-v\` takes source:target)`,
      concept: '-v vs --mount',
    };
  if (isHostPath(source))
    return {
      meaning: `bind-mounts the host folder ${source} at ${target} in the container${readOnly}`,
      concept: 'Bind mounts',
    };
  return {
    meaning: `mounts the named volume ${source} at ${target}${readOnly} (created if it does not exist)`,
    concept: 'Volumes',
  };
}

/** `--mount type=...,source=...,target=...[,readonly]`. */
export function describeMount(value: string): Described {
  const fields = new Map<string, string>();
  for (const pair of value.split(',')) {
    const [key, val = 'true'] = splitOnce(pair, '=');
    fields.set(key.trim().toLowerCase(), val);
  }
  const type = fields.get('type') ?? 'volume';
  const source = fields.get('source') ?? fields.get('src');
  const target = fields.get('target') ?? fields.get('destination') ?? fields.get('dst');
  const readOnly = ['readonly', 'ro'].some((k) => fields.has(k) && fields.get(k) !== 'false')
    ? ', read-only'
    : '';
  const at = target === undefined ? ' (no target= given: a mount needs one)' : ` at ${target}`;
  switch (type) {
    case 'bind':
      return {
        meaning: `bind-mounts the host path ${source ?? '(no source= given)'}${at}${readOnly}`,
        concept: 'Bind mounts',
      };
    case 'tmpfs':
      return {
        meaning: `mounts an in-memory tmpfs${at}; its files vanish when the container stops`,
        concept: 'tmpfs mounts',
      };
    case 'volume':
      return source === undefined
        ? { meaning: `mounts a new anonymous volume${at}${readOnly}`, concept: 'Named and anonymous volumes' }
        : { meaning: `mounts the named volume ${source}${at}${readOnly}`, concept: '-v vs --mount' };
    default:
      return { meaning: `adds a mount of type ${type}${at}${readOnly}`, concept: '-v vs --mount' };
  }
}

/** `-e NAME=value` or `-e NAME` (copied from the shell running docker). */
export function describeEnv(value: string): Described {
  const concept = 'Environment variables';
  const eq = value.indexOf('=');
  if (eq === -1)
    return {
      meaning: `passes the variable ${value} from your shell into the container, if it is set`,
      concept,
    };
  const name = value.slice(0, eq);
  const val = value.slice(eq + 1);
  return {
    meaning: `sets the environment variable ${name} to ${val === '' ? 'an empty value' : `"${val}"`}`,
    concept,
  };
}

/** `--network bridge|host|none|container:NAME|NAME`. */
export function describeNetwork(value: string): Described {
  const name = value.split(',')[0]!.replace(/^name=/, '');
  if (name === 'host')
    return {
      meaning: "shares the host's network stack: no isolation and no port publishing needed",
      concept: 'Host',
    };
  if (name === 'none')
    return { meaning: 'gives the container no network at all, only loopback', concept: 'None' };
  if (name === 'bridge' || name === 'default')
    return {
      meaning: 'joins the default bridge network (no name resolution between containers)',
      concept: 'The default bridge network',
    };
  if (name.startsWith('container:'))
    return {
      meaning: `shares the network stack of the container ${name.slice(10)}`,
      concept: 'Network drivers',
    };
  return {
    meaning: `connects the container to the network ${name}, where other containers reach it by its name`,
    concept: 'User-defined bridges',
  };
}

/** `--restart no|always|unless-stopped|on-failure[:N]`. */
export function describeRestart(value: string): Described {
  const concept = 'Restart policies';
  const [policy, count] = splitOnce(value, ':');
  switch (policy) {
    case 'no':
      return { meaning: 'never restarts the container (the default)', concept };
    case 'always':
      return {
        meaning:
          'restarts the container whenever it stops; one you stopped yourself comes back when the daemon restarts',
        concept,
      };
    case 'unless-stopped':
      return { meaning: 'restarts the container whenever it stops, unless you stopped it yourself', concept };
    case 'on-failure':
      return {
        meaning: `restarts the container only when it exits with a non-zero code${count ? `, at most ${count} times` : ''}`,
        concept,
      };
    default:
      return {
        meaning: `sets the restart policy to ${value}, which Docker does not know (no, always, unless-stopped, on-failure)`,
        concept,
      };
  }
}

/** `service create -p published:target` or `--publish published=8080,target=80[,mode=host]`. */
export function describeServicePublish(value: string): Described {
  if (!value.includes('=')) {
    const described = describePublish(value);
    return {
      meaning: `${described.meaning}, on every node through the routing mesh`,
      concept: 'The routing mesh',
    };
  }
  const fields = new Map(value.split(',').map((pair) => splitOnce(pair, '=')));
  const target = fields.get('target') ?? '?';
  const published = fields.get('published');
  const mode =
    fields.get('mode') === 'host'
      ? ' of the node running each task (mode=host, no routing mesh)'
      : ' of every node (routing mesh)';
  return {
    meaning: `publishes port ${target} of the service on ${published ? `port ${published}` : 'a random port'}${mode}`,
    concept: 'The routing mesh',
  };
}

/** An image reference: repository, tag or digest; no tag means `latest`. */
export function describeImage(reference: string): Described {
  const at = reference.indexOf('@');
  const name = at === -1 ? reference : reference.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const hasTag = colon > slash;
  const repository = hasTag ? name.slice(0, colon) : name;
  if (at !== -1)
    return {
      meaning: `the image ${repository} pinned by its digest ${reference.slice(at + 1)}`,
      concept: 'Pulling by digest for reproducibility',
    };
  if (!hasTag)
    return {
      meaning: `the image ${repository} with no tag, so Docker uses the tag latest`,
      concept: '`latest` is just a tag',
    };
  return {
    meaning: `the image ${repository}, tag ${name.slice(colon + 1)}`,
    concept: 'Anatomy of an image reference',
  };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}
