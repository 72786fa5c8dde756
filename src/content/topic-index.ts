// What the parsed-notes cache (cache/note-cache.ts) keeps of a note: its head (ids, titles, aliases, order, concept
// headings, the number of questions), and the head again from that entry. Pure: the note's body is read by
// content/load.ts when the Library is asked for it.
import type { Concept, Topic } from './model.js';

/**
 * A Topic's head as the parsed-notes cache stores it for each note. Kept small because a
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

/** The cache entry for a topic's head. */
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
    questionCount: topic.questionCount,
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

/**
 * The head of the note at `origin.file`, from its cache entry; frozen. Its concepts are parsed from the entry's JSON
 * the first time they are asked for (listing topics never does, and for 10,000 notes that parse is a tenth of what
 * listing them costs): in memory, no file is read and nothing can fail. JSON that is not what indexTopic wrote (the
 * cache file was edited by hand) gives no concepts, until the note's next edit replaces the entry.
 */
export function topicFromIndex(index: TopicIndex, origin: { file: string; source: string }): Topic {
  return Object.freeze(new IndexedTopic(index, origin));
}

// `concepts` is an own enumerable accessor, so that spreading or serialising a topic gives every field, in the same
// order as a parsed topic's; the accessor is shared by all such topics (a getter in an object literal would make a
// new function per topic, which is several times slower to build for thousands of them).
class IndexedTopic implements Topic {
  declare readonly id: string;
  declare readonly title: string;
  declare readonly summary: string;
  declare readonly aliases: readonly string[];
  declare readonly order: number;
  declare readonly related: readonly string[];
  declare readonly relatedLine: number;
  declare readonly concepts: readonly Concept[];
  declare readonly questionCount: number;
  declare readonly file: string;
  declare readonly source: string;
  #json: string | undefined;
  #concepts: readonly Concept[] | undefined;

  // enumerable and configurable, as in an object literal; defined one by one, which is several times faster than
  // Object.defineProperties
  static readonly #conceptsAccessor: PropertyDescriptor = {
    enumerable: true,
    configurable: true,
    get(this: IndexedTopic) {
      if (this.#concepts === undefined) {
        this.#concepts = readConcepts(this.#json ?? '');
        this.#json = undefined;
      }
      return this.#concepts;
    },
  };

  constructor(index: TopicIndex, origin: { file: string; source: string }) {
    this.#json = index.concepts;
    this.id = index.id;
    this.title = index.title;
    this.summary = index.summary ?? '';
    this.aliases = index.aliases ?? [];
    this.order = index.order;
    this.related = index.related ?? [];
    this.relatedLine = index.relatedLine;
    Object.defineProperty(this, 'concepts', IndexedTopic.#conceptsAccessor);
    this.questionCount = index.questionCount;
    this.file = origin.file;
    this.source = origin.source;
  }
}

function readConcepts(json: string): readonly Concept[] {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return Object.freeze([]);
  }
  if (!Array.isArray(stored) || !stored.every(isStoredConcept)) return Object.freeze([]);
  return Object.freeze(
    stored.map(([id, title, aliases, level, line, parent]) =>
      Object.freeze({ id, title, aliases: Object.freeze(aliases), level, parent, line }),
    ),
  );
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
