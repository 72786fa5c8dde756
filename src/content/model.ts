/** A `##` or `###` section of a note that `lookup` can find by its heading or an alias: what a listing needs of it. */
export interface Concept {
  id: string;
  title: string;
  aliases: readonly string[];
  level: 2 | 3;
  /** id of the enclosing `##` concept, for a `###` one */
  parent: string | undefined;
  line: number;
}

/** A concept with its text, as a note's body holds it. */
export interface ConceptSection extends Concept {
  /** the section's markdown, heading included, up to the next heading of the same or a higher level */
  markdown: string;
}

export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'typed';

export interface Choice {
  text: string;
  correct: boolean;
}

export interface Question {
  /** `<topic>/<local id>`: stable across wording edits when the note gives `{#id}` */
  id: string;
  topic: string;
  kind: QuestionKind;
  prompt: string;
  /** markdown between the question's heading and its answers, e.g. a code block to reason about */
  body: string;
  choices: readonly Choice[];
  /** accepted typed answers, first is the canonical one */
  answers: readonly string[];
  explanation: string;
  line: number;
  /** id of the concept of the same note that the question tests, from its `Concept:` line; absent without one */
  concept?: string;
}

/**
 * What listing and finding need of a note (its head): a Library holds these, as plain frozen values. The note's text
 * and questions are its body (NoteBody), which the Library gives on request (`library.body(id)`).
 */
export interface Topic {
  id: string;
  title: string;
  summary: string;
  aliases: readonly string[];
  order: number;
  related: readonly string[];
  /** file line of the `related:` front matter key */
  relatedLine: number;
  concepts: readonly Concept[];
  /** how many questions the note's quiz has */
  questionCount: number;
  file: string;
  /** 'built-in' or the folder the note was loaded from */
  source: string;
}

/** A note's text and questions: what reading, quizzing and indexing a note need beyond its head. */
export interface NoteBody {
  /** the note as a learner reads it: no front matter, no quiz */
  markdown: string;
  /** the note's text before its first concept heading (title and overview) */
  overview: string;
  /** the same concepts as the head's, in the same order, with their text */
  concepts: readonly ConceptSection[];
  questions: readonly Question[];
}

/** A note as parsed from its text: head and body at once. */
export interface ParsedTopic extends Topic, NoteBody {
  concepts: readonly ConceptSection[];
}

/**
 * The notes, loaded once: an immutable value. Its topics are heads; a note's body comes from `body`, which for a
 * note served from the parsed-notes cache reads and parses the note file the first time it is asked for.
 */
export interface Library {
  readonly topics: readonly Topic[];
  /**
   * Identifies these notes as loaded from disk, for caches of what is derived from all of them (the search index):
   * `folders` lists the folders, `notes` also every note's path, size and modification time, so it changes whenever
   * any of them does (a cache keyed by them stores and compares them whole).
   * Absent when the notes were not loaded from disk, or when a note changed too recently for its time to be trusted
   * (see cache/note-cache.ts).
   */
  readonly fingerprint?: { folders: string; notes: string } | undefined;
  /**
   * The body of the topic with this id, kept after the first call. Throws a ContentError naming the file (and line)
   * when the note, read again, can no longer be read or parsed (it was moved, or edited since it was cached).
   */
  body(topicId: string): NoteBody;
  /** Like `body`, without keeping a body read now: for one pass over every note (building the search index). */
  bodyOnce(topicId: string): NoteBody;
}
