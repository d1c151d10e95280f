import { describe, expect, it } from '@jest/globals';
import { linkify } from './linkify';

describe('linkify', () => {
  it('turns http(s) URLs into links and keeps the text around them', () => {
    expect(linkify('Join here: http://127.0.0.1:3000/invitations/abc123\nSee you!')).toEqual([
      { text: 'Join here: ' },
      { text: 'http://127.0.0.1:3000/invitations/abc123', href: 'http://127.0.0.1:3000/invitations/abc123' },
      { text: '\nSee you!' },
    ]);
  });

  it('leaves sentence punctuation out of the link', () => {
    expect(linkify('Open https://x.test/a?b=1&c=2.')).toEqual([
      { text: 'Open ' },
      { text: 'https://x.test/a?b=1&c=2', href: 'https://x.test/a?b=1&c=2' },
      { text: '.' },
    ]);
  });

  it('handles several links, and text without any', () => {
    expect(linkify('a https://x.test b https://y.test').filter((part) => part.href)).toHaveLength(2);
    expect(linkify('No links here.')).toEqual([{ text: 'No links here.' }]);
    expect(linkify('')).toEqual([]);
  });

  it('does not link other schemes', () => {
    expect(linkify('javascript:alert(1) mailto:a@b.test')).toEqual([
      { text: 'javascript:alert(1) mailto:a@b.test' },
    ]);
  });
});
