// File-system layer, beside load.ts: turns a cache entry back into a Topic. The entry holds what listing and finding
// need (ids, titles, aliases, order, concept headings, the number of questions); the note's text, its concepts'
// markdown and its questions are read and parsed from the file the first time anything asks for them.
import { readFileSync } from 'node:fs';
import { ContentError } from '../errors.js';
import type { Concept, Question, Topic } from './model.js';
import { parseCachedNoteBody, type NoteBody } from './parse-note-body.js';

/** A Topic without its text and questions: what the parsed-notes cache stores for each note. */
export interface TopicIndex extends Omit<Topic, 'markdown' | 'overview' | 'questions' | 'concepts' | 'file' | 'source'> {
  concepts: Omit<Concept, 'markdown'>[];
  questionCount: number;
}

/** The cache entry for a parsed Topic. */
export function indexTopic(topic: Topic): TopicIndex {
  const { markdown, overview, questions, concepts, file, source, ...rest } = topic;
  return {
    ...rest,
    concepts: concepts.map(({ markdown, ...concept }) => concept),
    questionCount: questions.length,
  };
}

/** A Topic for `file` built from its cache entry; the note's body is read and parsed from the file on first use. */
export function cachedTopic(index: TopicIndex, file: string, origin: { file: string; source: string }): Topic {
  let full: NoteBody | undefined;
  const load = (): NoteBody => (full ??= parseCachedNoteBody(readAgain(file, origin.file), index.id, origin.file));
  let questions: readonly Question[] | undefined;
  // Accessors written in object literals are own, enumerable properties, so spreading or serialising a topic still
  // gives every field. The fields are listed one by one: a literal of fixed shape is several times faster to build
  // than a spread or defineProperty, which counts with thousands of topics. A new field of Topic goes here too (the
  // compiler insists for required ones).
  return {
    id: index.id,
    title: index.title,
    summary: index.summary,
    aliases: index.aliases,
    order: index.order,
    related: index.related,
    relatedLine: index.relatedLine,
    concepts: index.concepts.map(
      (concept, i): Concept => ({
        id: concept.id,
        title: concept.title,
        aliases: concept.aliases,
        level: concept.level,
        parent: concept.parent,
        line: concept.line,
        get markdown() {
          return load().concepts[i]?.markdown ?? '';
        },
      }),
    ),
    get questions() {
      return (questions ??= lazyArray(index.questionCount, () => load().questions));
    },
    get markdown() {
      return load().markdown;
    },
    get overview() {
      return load().overview;
    },
    file: origin.file,
    source: origin.source,
  };
}

function readAgain(file: string, shown: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new ContentError([{ file: shown, message: 'the note could not be read again (was it moved or deleted?)' }]);
  }
}

// An array whose length is known up front and whose items are filled in on any other use, so that counting a
// topic's questions does not parse its note.
function lazyArray(length: number, items: () => readonly Question[]): readonly Question[] {
  const target: Question[] = [];
  let filled = false;
  const fill = () => {
    if (!filled) {
      filled = true;
      target.push(...items());
    }
    return target;
  };
  return new Proxy(target, {
    get: (t, key, receiver) => (key === 'length' && !filled ? length : Reflect.get(fill(), key, receiver) as unknown),
    has: (t, key) => Reflect.has(fill(), key),
    ownKeys: () => Reflect.ownKeys(fill()),
    getOwnPropertyDescriptor: (t, key) => Reflect.getOwnPropertyDescriptor(fill(), key),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  });
}
