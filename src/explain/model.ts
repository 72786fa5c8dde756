// The shape every explainer returns (Dockerfile, Compose/stack file, docker command line). Pure data: the view in
// ui/views turns it into text, `explain --json` prints it as it is (documented in the README).

export type ExplainKind = 'dockerfile' | 'compose' | 'stack' | 'command';

/** One part of the input explained: an instruction, a key, a flag, an argument. */
export interface ExplainItem {
  /** 1-based line in the input, when it came from a file */
  line?: number | undefined;
  /** the part as written (sanitised: no control characters) */
  text: string;
  /** what it does here, in plain words and in this input's terms */
  meaning: string;
  /** a name `dockerlearn lookup` lands on (a concept heading or alias), when one teaches this */
  concept?: string | undefined;
  /** Dockerfile: the build stage this instruction belongs to (its name, else its index) */
  stage?: string | undefined;
  /** Dockerfile: whether the instruction adds a filesystem layer or only sets metadata */
  layer?: 'filesystem' | 'metadata' | 'none' | undefined;
  /** Compose: the keys inside a service, etc. */
  children?: ExplainItem[] | undefined;
}

/** Something worth changing or knowing, found in the input. */
export interface Finding {
  line?: number | undefined;
  /** stable rule name, kebab-case, e.g. `latest-tag`, `likely-typo`, `unknown-flag` */
  rule: string;
  message: string;
  concept?: string | undefined;
  severity: 'error' | 'warning' | 'info';
}

export interface Explanation {
  kind: ExplainKind;
  /** the file path as the learner gave it, `-` for standard input, or the command line */
  source: string;
  items: ExplainItem[];
  findings: Finding[];
  /** kind-specific extras (Dockerfile stage graph, build args, cache notes; Compose top-level resources) */
  extra?: Record<string, unknown> | undefined;
}
