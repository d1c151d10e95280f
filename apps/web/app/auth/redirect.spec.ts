import { describe, expect, it } from '@jest/globals';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
  it.each([
    ['/app/northwind', '/app/northwind'],
    ['/invitations/abc?x=1#y', '/invitations/abc?x=1#y'],
    ['/', '/'],
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
});
