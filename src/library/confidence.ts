import type { Library } from '../content/model.js';
import { MISNAMING_MARK } from '../content/parse-concepts.js';
import { findCommandSections, readCommandName, type SectionMentions } from './command-names.js';
import { findConcept, type FindResult } from './find-concept.js';

/** A lookup's answer: the match (if any) and, when the query was a known misnaming, the right name. */
export interface LookupResult extends FindResult {
  /** the right name when the query matched an `also-written` misnaming */
  rightName: string | undefined;
  /** how the match was found: a name, a docker command or flag the notes teach, or a declared misnaming */
  via: 'name' | 'command' | 'misnaming' | undefined;
}

/**
 * Looks a name up without ever being confidently wrong: a docker command or flag lands on the section that uses it
 * most (or on nothing when no note teaches it, never on a look-alike name); a declared misnaming lands on its concept
 * with the right name; anything else goes through `findConcept`'s threshold. `mentions` gives commandMentions
 * of the library when the caller keeps it (it reads every note).
 */
export function lookUp(
  library: Library,
  query: string,
  mentions?: () => readonly SectionMentions[],
): LookupResult {
  const byName = findConcept(library, query);
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
  const command = readCommandName(query);
  if (command) {
    const [best, ...others] = findCommandSections(library, command, mentions?.());
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
  return { ...byName, rightName: undefined, via: byName.match ? 'name' : undefined };
}
