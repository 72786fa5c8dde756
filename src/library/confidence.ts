import type { Library } from '../content/model.js';
import { MISNAMING_MARK } from '../content/parse-concepts.js';
import {
  commandMentions,
  findCommandSections,
  nearCommandName,
  readCommandName,
  type SectionMentions,
} from './command-names.js';
import { findConcept, type FindResult } from './find-concept.js';
import type { NameVisitor } from './name-index.js';
import { nameWordsWithoutArticle } from './normalize-name.js';

/** A lookup's answer: the match (if any) and, when the query was a known misnaming, the right name. */
export interface LookupResult extends FindResult {
  /** the right name when the query matched an `also-written` misnaming */
  rightName: string | undefined;
  /** how the match was found: a name, a docker command or flag the notes teach, or a declared misnaming */
  via: 'name' | 'command' | 'misnaming' | undefined;
  /** for a command or flag the notes do not teach, the one they teach that it looks like a typo of */
  nearCommand?: string | undefined;
}

/**
 * Looks a name up without ever being confidently wrong: a docker command or flag lands on the section that uses it
 * most (or on nothing when no note teaches it, never on a look-alike name); a declared misnaming lands on its concept
 * with the right name; anything else goes through `findConcept`'s threshold. `mentions` gives commandMentions
 * of the library when the caller keeps it (it reads every note); `names` walks the library's names when the caller
 * keeps them in compared form.
 */
export function lookUp(
  library: Library,
  query: string,
  mentions?: () => readonly SectionMentions[],
  names?: NameVisitor,
): LookupResult {
  let taught: readonly SectionMentions[] | undefined;
  const mentioned = () => (taught ??= mentions?.() ?? commandMentions(library));
  const command = readCommandName(query);
  const hits = command ? findCommandSections(library, command, mentioned()) : [];
  // A command or flag the notes teach lands on its section. Ranking the names (the slow part of a lookup) can
  // change that only when the query is also a declared misnaming, which would win: so it is skipped unless a
  // misnaming has the query's very name.
  const [best, ...others] = hits;
  if (best && !namesMisnaming(library, query)) return commandAnswer(query, best, others);
  const byName = findConcept(library, query, names);
  const misnamed = byName.match?.matchedName.startsWith(MISNAMING_MARK) && byName.match.score === 1;
  if (misnamed && byName.match) {
    const right = byName.match.concept?.title ?? byName.match.topic.title;
    return {
      ...byName,
      match: { ...byName.match, matchedName: byName.match.matchedName.slice(1) },
      rightName: right,
      via: 'misnaming',
    };
  }
  if (hits.length === 0) {
    // `docker pss` or `--rmm`: a typo of a command or flag the notes teach is said to be one, unless the query is
    // the very name of something else (`docker hub`). Names are compared without dashes or spaces, so `docker pss`
    // equals the alias `docker ps -s`: a name that is itself a command line does not count as the very name.
    const exact =
      byName.match?.score === 1 && readCommandName(byName.match.matchedName.replace(/`/g, '')) === undefined;
    const near = exact ? undefined : nearCommandName(query, mentioned);
    if (near)
      return {
        match: undefined,
        alternatives: [],
        suggestions: [],
        rightName: undefined,
        via: undefined,
        nearCommand: near,
      };
  }
  if (command) {
    if (!best) {
      // a real docker command or flag that no note teaches: say so rather than open a look-alike section
      const suggestions = [byName.match, ...byName.alternatives, ...byName.suggestions].filter(
        (m) => m !== undefined,
      );
      return {
        match: undefined,
        alternatives: [],
        suggestions: suggestions.slice(0, 3),
        rightName: undefined,
        via: undefined,
      };
    }
    return commandAnswer(query, best, others);
  }
  return { ...byName, rightName: undefined, via: byName.match ? 'name' : undefined };
}

type CommandHit = ReturnType<typeof findCommandSections>[number];

/** The answer for a command or flag the notes teach: the section that uses it most, and close runners-up. */
function commandAnswer(query: string, best: CommandHit, others: readonly CommandHit[]): LookupResult {
  const asMatch = (hit: typeof best) => ({
    topic: hit.topic,
    concept: hit.concept,
    score: 1,
    matchedName: query,
  });
  return {
    match: asMatch(best),
    alternatives: others
      .filter((o) => o.weight >= best.weight / 2)
      .slice(0, 3)
      .map((o) => ({ ...asMatch(o), score: 0.9 })),
    suggestions: [],
    rightName: undefined,
    via: 'command',
  };
}

/**
 * Whether a declared misnaming (`also-written`) may have exactly the query's name, compared as names are. Only the
 * misnamings are normalised (a few), so a command's lookup reads no index of every name.
 */
function namesMisnaming(library: Library, query: string): boolean {
  const key = nameWordsWithoutArticle(query).join('');
  return library.topics.some((topic) =>
    topic.concepts.some((concept) =>
      concept.aliases.some(
        (alias) => alias.startsWith(MISNAMING_MARK) && nameWordsWithoutArticle(alias).join('') === key,
      ),
    ),
  );
}
