import { describe, expect, it } from '@jest/globals';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it.each([
    ['/app/northwind', '/app/northwind'],
    ['/invitations/abc?x=1#y', '/invitations/abc?x=1#y'],
    ['/', '/'],
    // A Location header holds Latin-1 only: other characters leave percent-encoded, not as a 500.
    ['/app/zoë/☃?q=漢字#ü', '/app/zo%C3%AB/%E2%98%83?q=%E6%BC%A2%E5%AD%97#%C3%BC'],
    ['/app/%E2%98%83', '/app/%E2%98%83'],
  ])('keeps the path %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });

  it.each([
    ['another host', '//evil.example/app'],
    ['a backslash host', '/\\evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a relative path', 'app'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['an empty value', ''],
    ['a missing value', null],
    ['a file upload', new File([], 'x')],
  ])('falls back for %s', (_case, target) => {
    expect(safeRedirect(target)).toBe('/app');
    expect(safeRedirect(target, '/')).toBe('/');
  });

  it('gives a target a redirect response can carry, whatever its characters', () => {
    for (const target of ['/app/☃', '/app?x=\u{1F600}', '/a\uD800b', '/é#ÿ']) {
      expect(() => new Headers({ location: safeRedirect(target) })).not.toThrow();
    }
  });
});
