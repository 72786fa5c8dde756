import { describe, expect, it } from 'vitest';
import { shouldHyperlink } from '../../src/ui/color.js';
import { renderMarkdown } from '../../src/ui/render-markdown.js';

const md =
  '# Title\n\nSee [the docs](https://docs.docker.com/) or https://example.com/x.\n\n- **bold** item with `code`\n';

describe('renderMarkdown', () => {
  it('renders plain text with links as `text (url)` when colour is off', () => {
    const out = renderMarkdown(md, { color: false, width: 80 });
    expect(out).not.toContain('\x1b');
    expect(out).toContain('See the docs (https://docs.docker.com/) or https://example.com/x.');
    expect(out).toContain('  * bold item with code');
  });

  it('shows no HTML comment, such as the summary line under a concept heading, as a forge does', () => {
    const section =
      '### docker system df\n<!-- summary: docker system df shows disk usage. -->\n' +
      'ACTIVE counts objects in use.\n\nText <!-- an aside --> around.\n\n<div>kept</div>\n';
    const out = renderMarkdown(section, { color: false, width: 80 });
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('summary:');
    expect(out).toContain('ACTIVE counts objects in use.');
    expect(out).toMatch(/Text\s+around\./);
    expect(out).toContain('<div>kept</div>');
  });

  it('makes links clickable with OSC 8 only when asked', () => {
    const clickable = renderMarkdown(md, { color: true, width: 80, hyperlinks: true });
    expect(clickable).toContain('\x1b]8;;https://docs.docker.com/\x07the docs\x1b]8;;\x07');
    const styled = renderMarkdown(md, { color: true, width: 80, hyperlinks: false });
    expect(styled).not.toContain('\x1b]8;;');
    expect(styled).toContain('https://docs.docker.com/');
  });
});

describe('shouldHyperlink', () => {
  it.each([
    ['no colour', false, { FORCE_HYPERLINK: '1' }, false],
    ['forced', true, { FORCE_HYPERLINK: '1' }, true],
    ['forced off', true, { FORCE_HYPERLINK: '0', TERM_PROGRAM: 'iTerm.app' }, false],
    ['a known terminal', true, { TERM_PROGRAM: 'WezTerm' }, true],
    ['a recent VTE terminal', true, { VTE_VERSION: '7200' }, true],
    ['an unknown terminal', true, { TERM: 'xterm-256color' }, false],
  ])('%s', (_case, color, env, expected) => {
    expect(shouldHyperlink(color, env)).toBe(expected);
  });
});
