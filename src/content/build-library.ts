import type { ContentProblem } from '../errors.js';
import type { Concept, Library, NoteBody, ParsedTopic, Topic } from './model.js';

export interface LibraryCheck {
  library: Library;
  problems: ContentProblem[];
}

/**
 * A loaded note: its head, and its body, either in memory (the note was just parsed) or as the function that reads
 * and parses it (a note served from the parsed-notes cache), which throws a ContentError when it cannot.
 */
export interface LoadedNote {
  topic: Topic;
  body: NoteBody | (() => NoteBody);
}

/**
 * Merges notes from several folders, in order, into a Library. A user folder's topic replaces a built-in one with the
 * same id; the same id twice within the built-in notes or across user folders is a problem, as is a `related` id that
 * names no topic.
 */
export function buildLibrary(
  notes: readonly LoadedNote[],
  fingerprint?: Library['fingerprint'],
): LibraryCheck {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, LoadedNote>();
  for (const note of notes) {
    const { topic } = note;
    const existing = byId.get(topic.id)?.topic;
    if (existing && !(existing.source === 'built-in' && topic.source !== 'built-in')) {
      problems.push({
        file: topic.file,
        line: 1,
        message: `duplicate topic id "${topic.id}" (also in ${existing.file})`,
      });
      continue;
    }
    byId.set(topic.id, note);
  }
  for (const { topic } of byId.values()) {
    for (const related of topic.related) {
      if (!byId.has(related)) {
        problems.push({
          file: topic.file,
          line: topic.relatedLine,
          message: `related topic "${related}" does not exist`,
        });
      }
    }
  }
  const sorted = [...byId.values()].sort(
    (a, b) => a.topic.order - b.topic.order || a.topic.id.localeCompare(b.topic.id),
  );
  return { library: makeLibrary(sorted, fingerprint), problems };
}

/** A parsed note as a LoadedNote: its head (concepts without their text) and its body, both frozen. */
export function loadedNote(parsed: ParsedTopic): LoadedNote {
  const topic: Topic = Object.freeze({
    id: parsed.id,
    title: parsed.title,
    summary: parsed.summary,
    aliases: Object.freeze(parsed.aliases),
    order: parsed.order,
    related: Object.freeze(parsed.related),
    relatedLine: parsed.relatedLine,
    concepts: Object.freeze(parsed.concepts.map(conceptHead)),
    questionCount: parsed.questions.length,
    file: parsed.file,
    source: parsed.source,
  });
  const body = {
    markdown: parsed.markdown,
    overview: parsed.overview,
    concepts: parsed.concepts,
    questions: parsed.questions,
  };
  return { topic, body: freezeBody(body) };
}

/**
 * A Library of notes parsed without files (tests, tools), in the order given and without the checks buildLibrary
 * makes; each body is in memory.
 */
export function libraryOf(topics: readonly ParsedTopic[]): Library {
  return makeLibrary(topics.map(loadedNote), undefined);
}

/** A body read by a note's function, frozen like the rest of the Library (bodies held in memory already are). */
export function freezeBody(body: NoteBody): NoteBody {
  for (const concept of body.concepts) Object.freeze(concept);
  for (const question of body.questions) {
    Object.freeze(question.choices);
    Object.freeze(question.answers);
    Object.freeze(question);
  }
  Object.freeze(body.concepts);
  Object.freeze(body.questions);
  return Object.freeze(body);
}

function conceptHead({ id, title, aliases, level, parent, line }: Concept): Concept {
  return Object.freeze({ id, title, aliases: Object.freeze(aliases), level, parent, line });
}

function makeLibrary(notes: readonly LoadedNote[], fingerprint: Library['fingerprint']): Library {
  const bodies = new Map<string, NoteBody | (() => NoteBody)>();
  for (const note of notes) bodies.set(note.topic.id, note.body);
  const source = (id: string): NoteBody | (() => NoteBody) => {
    const body = bodies.get(id);
    if (body === undefined) throw new Error(`no topic "${id}" in this library`);
    return body;
  };
  return Object.freeze({
    topics: Object.freeze(notes.map((note) => note.topic)),
    ...(fingerprint === undefined ? {} : { fingerprint }),
    body(id: string): NoteBody {
      const body = source(id);
      if (typeof body !== 'function') return body;
      // read and parsed at this call; a failure is thrown here, and the next call tries again
      const read = freezeBody(body());
      bodies.set(id, read);
      return read;
    },
    bodyOnce(id: string): NoteBody {
      const body = source(id);
      return typeof body === 'function' ? body() : body;
    },
  });
}
