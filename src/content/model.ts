/** A `##` or `###` section of a note that `lookup` can find by its heading or an alias. */
export interface Concept {
  id: string;
  title: string;
  aliases: readonly string[];
  level: 2 | 3;
  /** id of the enclosing `##` concept, for a `###` one */
  parent: string | undefined;
  line: number;
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
  questions: readonly Question[];
  /** the note as a learner reads it: no front matter, no quiz */
  markdown: string;
  /** the note's text before its first concept heading (title and overview) */
  overview: string;
  file: string;
  /** 'built-in' or the folder the note was loaded from */
  source: string;
}

export interface Library {
  topics: readonly Topic[];
  /**
   * Identifies these notes as loaded from disk, for caches of what is derived from all of them (the search index):
   * `folders` lists the folders, `notes` also every note's path, size and modification time, so it changes whenever
   * any of them does (a cache keyed by them stores and compares them whole).
   * Absent when the notes were not loaded from disk, or when a note changed too recently for its time to be trusted
   * (see cache/note-cache.ts).
   */
  fingerprint?: { folders: string; notes: string } | undefined;
}
