// A labelled set of what a learner may type into `search` (and `lookup`'s full-text fallback): nonsense, which must
// find nothing rather than near spellings of it everywhere, and real typos, which must still find the section meant,
// with a header that says only near spellings matched. Run on the built binary and the real notes.
import { describe, expect, it } from 'vitest';
import { runBinary, tempHome } from '../helpers/run-cli.js';

// nonsense and words no note uses; with MiniSearch's old typo rule those marked * "found" sections
const NONSENSE = [
  'xyzzy plugh', // *
  'plugh', // * (plug, plugin, push)
  'xyzzy',
  'lorem ipsum dolor', // *
  'garply waldo', // *
  'blorf', // * (block)
  'florbix', // * (forbid)
  'zebra elephant', // * (zero)
  'foobar',
  'qwerty asdfgh',
  'kangaroo',
  'frobnicate',
];

// [query, a section among the first five listed]; every one is a typo, so the header must say near spellings
const TYPOS: [string, string][] = [
  ['overlya network', 'networking › Overlay'],
  ['volumme', 'volumes › Volumes'],
  ['healtchek', 'compose › Healthchecks'],
  ['netwrok drivers', 'networking › Network drivers'],
  ['contianer', 'containers (overview)'],
  ['enviroment variables', 'containers › Environment variables'],
  ['comopse', 'compose (overview)'],
  ['swram', 'swarm (overview)'],
  ['imgae', 'images (overview)'],
  ['registy', 'registries › Private registries'],
  ['entrypiont', 'dockerfile › CMD and ENTRYPOINT'],
  ['healthchek interval', 'dockerfile › HEALTHCHECK'],
  ['macvaln', 'networking › Macvlan'],
];

// one home for the file, so that the search index is built once; wide, so that a header is one line
const env = { DOCKERLEARN_HOME: tempHome(), COLUMNS: '200' };
const search = (query: string) => runBinary(['search', ...query.split(' ')], { env });

describe('search on nonsense finds nothing', () => {
  it.each(NONSENSE)('%s', (query) => {
    const { code, stdout, stderr } = search(query);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(`dockerlearn: nothing in the notes matches "${query}"`);
  });
});

describe('search on a typo finds the section meant, and says it matched near spellings', () => {
  it.each(TYPOS)('%s', (query, section) => {
    const { code, stdout } = search(query);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      new RegExp(`^No exact matches; showing \\d+ sections? with near spellings of "${query}"`),
    );
    const listed = lines.filter((line) => /^ {2}\S/.test(line)).slice(0, 5);
    expect(listed).toContain(`  ${section}`);
  });
});

describe('lookup of nonsense says nothing was found, in names or text', () => {
  it.each(['xyzzy plugh', 'garply waldo'])('%s', (query) => {
    const { code, stdout, stderr } = runBinary(['lookup', ...query.split(' ')], {
      env,
    });
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `dockerlearn: nothing called "${query}"\nno note mentions "${query}" either; see what they cover: dockerlearn topics\n`,
    );
  });
});

describe('search with one word that occurs and one that does not', () => {
  it('lists sections with the word as typed, and not near spellings of the other', () => {
    // no section holds both "raft" and "volume"; "volumme" must not bring in the volume sections
    const { code, stdout } = search('raft volumme');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(
      /^No section has all of "raft volumme"; showing \d+ sections? with some of the words/,
    );
    expect(lines.filter((line) => /^ {2}\S/.test(line))).toContain(
      '  swarm › Raft, quorum and fault tolerance',
    );
    expect(stdout).not.toMatch(/^ {2}volumes/m);
  });

  it('says when only near spellings of some of the words matched', () => {
    const { code, stdout } = search('healtchek xyzzy');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(
      /^No section has all of "healtchek xyzzy"; showing \d+ sections? with near spellings of some of the words/,
    );
  });
});
