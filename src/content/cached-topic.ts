// File-system layer, beside load.ts: turns a cache entry back into a Topic. The entry holds what listing and finding
// need (ids, titles, aliases, order, concept headings, the number of questions); the note's text, its concepts'
// markdown and its questions are read and parsed from the file the first time anything asks for them.
import { readFileSync } from 'node:fs';
import { ContentError } from '../errors.js';
import type { Concept, Question, Topic } from './model.js';
import { parseCachedNoteBody, type NoteBody } from './parse-note-body.js';

/**
 * A Topic without its text and questions: what the parsed-notes cache stores for each note. Kept small because a
 * large folder's cache is read on every run: empty lists and an empty summary are left out, and the concepts are
 * JSON text, parsed only when something asks for them (listing topics never does).
 */
export interface TopicIndex {
  id: string;
  title: string;
  summary?: string;
  aliases?: readonly string[];
  order: number;
  related?: readonly string[];
  relatedLine: number;
  /** JSON of `[id, title, aliases, level, line]` per concept, with the parent's id last for a `###` one */
  concepts: string;
  questionCount: number;
}

type StoredConcept = [
  id: string,
  title: string,
  aliases: readonly string[],
  level: 2 | 3,
  line: number,
  parent?: string,
];

/** The cache entry for a parsed Topic. */
export function indexTopic(topic: Topic): TopicIndex {
  const concepts = topic.concepts.map(({ id, title, aliases, level, line, parent }): StoredConcept =>
    parent === undefined ? [id, title, aliases, level, line] : [id, title, aliases, level, line, parent],
  );
  return {
    id: topic.id,
    title: topic.title,
    ...(topic.summary === '' ? {} : { summary: topic.summary }),
    ...(topic.aliases.length === 0 ? {} : { aliases: topic.aliases }),
    order: topic.order,
    ...(topic.related.length === 0 ? {} : { related: topic.related }),
    relatedLine: topic.relatedLine,
    concepts: JSON.stringify(concepts),
    questionCount: topic.questions.length,
  };
}

/** Whether `value` has the shape of a TopicIndex (the concepts' JSON is checked when it is parsed). */
export function isTopicIndex(value: unknown): value is TopicIndex {
  const index = value as Partial<TopicIndex> | null;
  return (
    typeof index?.id === 'string' &&
    typeof index.title === 'string' &&
    (index.summary === undefined || typeof index.summary === 'string') &&
    (index.aliases === undefined || Array.isArray(index.aliases)) &&
    typeof index.order === 'number' &&
    (index.related === undefined || Array.isArray(index.related)) &&
    typeof index.relatedLine === 'number' &&
    typeof index.concepts === 'string' &&
    typeof index.questionCount === 'number'
  );
}

/** A Topic for `file` built from its cache entry; the note's body is read and parsed from the file on first use. */
export function cachedTopic(
  index: TopicIndex,
  file: string,
  origin: { file: string; source: string },
): Topic {
  return new CachedTopic(index, file, origin);
}

// The fields read from the note are accessors, defined on each topic as own enumerable properties so that spreading
// or serialising a topic still gives every field, in the same order as a parsed topic's. The accessors are shared by
// all cached topics: an object literal with getters would make four new functions per topic, which makes it several
// times slower to build for thousands of topics.
class CachedTopic implements Topic {
  declare readonly id: string;
  declare readonly title: string;
  declare readonly summary: string;
  declare readonly aliases: readonly string[];
  declare readonly order: number;
  declare readonly related: readonly string[];
  declare readonly relatedLine: number;
  declare readonly concepts: readonly Concept[];
  declare readonly questions: readonly Question[];
  declare readonly markdown: string;
  declare readonly overview: string;
  declare readonly file: string;
  declare readonly source: string;
  readonly #index: TopicIndex;
  readonly #path: string;
  #body: NoteBody | undefined;
  #concepts: readonly Concept[] | undefined;
  #questions: readonly Question[] | undefined;

  // enumerable and configurable, as in an object literal; defined one by one, which is several times faster than
  // Object.defineProperties
  static readonly #conceptsAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CachedTopic) {
      return (this.#concepts ??= readConcepts(this.#index.concepts, () => this.#load()));
    },
  };
  static readonly #questionsAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CachedTopic) {
      return (this.#questions ??= lazyArray(this.#index.questionCount, () => this.#load().questions));
    },
  };
  static readonly #markdownAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CachedTopic) {
      return this.#load().markdown;
    },
  };
  static readonly #overviewAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CachedTopic) {
      return this.#load().overview;
    },
  };

  constructor(index: TopicIndex, path: string, origin: { file: string; source: string }) {
    this.#index = index;
    this.#path = path;
    this.id = index.id;
    this.title = index.title;
    this.summary = index.summary ?? '';
    this.aliases = index.aliases ?? [];
    this.order = index.order;
    this.related = index.related ?? [];
    this.relatedLine = index.relatedLine;
    Object.defineProperty(this, 'concepts', CachedTopic.#conceptsAccessor);
    Object.defineProperty(this, 'questions', CachedTopic.#questionsAccessor);
    Object.defineProperty(this, 'markdown', CachedTopic.#markdownAccessor);
    Object.defineProperty(this, 'overview', CachedTopic.#overviewAccessor);
    this.file = origin.file;
    this.source = origin.source;
  }

  #load(): NoteBody {
    return (this.#body ??= this.#parse());
  }

  #parse(): NoteBody {
    return parseCachedNoteBody(readAgain(this.#path, this.file), this.id, this.file);
  }

  /** The note's body, parsed now if it was not yet, without keeping it (see readTextOnce). */
  bodyOnce(): NoteBody {
    return this.#body ?? this.#parse();
  }
}

/**
 * A topic's overview and its concepts' markdown (in the order of `topic.concepts`), for reading every note once in
 * one pass (building the search index): a cached topic's note is parsed without the topic keeping the result, so
 * that reading thousands of notes never holds all of them in memory at once.
 */
export function readTextOnce(topic: Topic): { overview: string; concepts: readonly string[] } {
  const body = topic instanceof CachedTopic ? topic.bodyOnce() : topic;
  return { overview: body.overview, concepts: body.concepts.map((c) => c.markdown) };
}

// The concepts from their cached JSON, each one's markdown read from the note on first use. JSON that is not what
// indexTopic wrote (the file was edited by hand) is not trusted: the concepts then come from the note itself.
function readConcepts(json: string, load: () => NoteBody): readonly Concept[] {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return load().concepts;
  }
  if (!Array.isArray(stored) || !stored.every(isStoredConcept)) return load().concepts;
  return stored.map((concept, i) => new CachedConcept(concept, i, load));
}

// Its markdown is an own enumerable accessor shared by all cached concepts, as with CachedTopic.
class CachedConcept implements Concept {
  declare readonly id: string;
  declare readonly title: string;
  declare readonly aliases: readonly string[];
  declare readonly level: 2 | 3;
  declare readonly parent: string | undefined;
  declare readonly line: number;
  declare readonly markdown: string;
  readonly #position: number;
  readonly #load: () => NoteBody;

  static readonly #markdownAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: CachedConcept) {
      return this.#load().concepts[this.#position]?.markdown ?? '';
    },
  };

  constructor(
    [id, title, aliases, level, line, parent]: StoredConcept,
    position: number,
    load: () => NoteBody,
  ) {
    this.#position = position;
    this.#load = load;
    this.id = id;
    this.title = title;
    this.aliases = aliases;
    this.level = level;
    this.parent = parent;
    this.line = line;
    Object.defineProperty(this, 'markdown', CachedConcept.#markdownAccessor);
  }
}

function isStoredConcept(value: unknown): value is StoredConcept {
  if (!Array.isArray(value) || value.length < 5 || value.length > 6) return false;
  const [id, title, aliases, level, line, parent] = value as unknown[];
  return (
    typeof id === 'string' &&
    typeof title === 'string' &&
    Array.isArray(aliases) &&
    aliases.every((alias) => typeof alias === 'string') &&
    (level === 2 || level === 3) &&
    typeof line === 'number' &&
    (parent === undefined || typeof parent === 'string')
  );
}

function readAgain(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([
      { file: shown, message: 'the note could not be read again (was it moved or deleted?)' },
    ]);
  }
}

// An array whose length is known up front and whose items are filled in on any other use, so that counting a
// topic's questions does not parse its note.
function lazyArray(length: number, items: () => readonly Question[]): readonly Question[] {
  return new Proxy<Question[]>([], new FillOnUse(length, items));
}

// The traps live on the prototype: one handler object per array, not a set of closures.
class FillOnUse implements ProxyHandler<Question[]> {
  readonly #length: number;
  readonly #items: () => readonly Question[];
  #filled = false;

  constructor(length: number, items: () => readonly Question[]) {
    this.#length = length;
    this.#items = items;
  }

  #fill(target: Question[]): Question[] {
    if (!this.#filled) {
      this.#filled = true;
      target.push(...this.#items());
    }
    return target;
  }

  get(target: Question[], key: string | symbol, receiver: unknown): unknown {
    return key === 'length' && !this.#filled ? this.#length : Reflect.get(this.#fill(target), key, receiver);
  }

  has(target: Question[], key: string | symbol): boolean {
    return Reflect.has(this.#fill(target), key);
  }

  ownKeys(target: Question[]): ArrayLike<string | symbol> {
    return Reflect.ownKeys(this.#fill(target));
  }

  getOwnPropertyDescriptor(target: Question[], key: string | symbol): PropertyDescriptor | undefined {
    return Reflect.getOwnPropertyDescriptor(this.#fill(target), key);
  }

  set(): boolean {
    return false;
  }

  defineProperty(): boolean {
    return false;
  }

  deleteProperty(): boolean {
    return false;
  }
}
