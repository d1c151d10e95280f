import {
  BINARY_FILE_MESSAGE,
  CONTROL_CHARACTER_MESSAGE,
  INVALID_DATE_MESSAGE,
  LONE_SURROGATE_MESSAGE,
  malformedValueProblems,
} from './malformed-values.js';

describe('malformedValueProblems', () => {
  it.each([
    ['plain text', 'Ana Lima'],
    ['tabs and line breaks', 'line one\r\n\tline two'],
    ['characters beyond Latin-1 and emoji', 'Zoë ☃ 漢字 😀'],
  ])('accepts %s', (_case, value) => {
    expect(malformedValueProblems({ name: value }, 'input')).toEqual([]);
  });

  it.each([
    ['a NUL byte', 'a\u0000b', CONTROL_CHARACTER_MESSAGE],
    ['a bell', 'a\u0007b', CONTROL_CHARACTER_MESSAGE],
    ['DEL', 'a\u007fb', CONTROL_CHARACTER_MESSAGE],
    ['a lone high surrogate', 'a\uD800b', LONE_SURROGATE_MESSAGE],
    ['a lone low surrogate', 'a\uDC00b', LONE_SURROGATE_MESSAGE],
    [
      "an image's bytes read as text",
      '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0001\u0002\u0003\u0004',
      BINARY_FILE_MESSAGE,
    ],
  ])('refuses %s, naming the field', (_case, value, message) => {
    expect(malformedValueProblems({ name: value }, 'input')).toEqual([
      { path: 'input.name', code: 'MALFORMED_TEXT', message },
    ]);
  });

  it('names fields deep in lists and objects, and an argument given on its own', () => {
    expect(
      malformedValueProblems({ tags: ['ok', 'bad\u0000'], at: new Date('nope'), when: new Date() }, 'input'),
    ).toEqual([
      { path: 'input.tags.1', code: 'MALFORMED_TEXT', message: CONTROL_CHARACTER_MESSAGE },
      { path: 'input.at', code: 'INVALID_DATE', message: INVALID_DATE_MESSAGE },
    ]);
    expect(malformedValueProblems('x\u0000', 'search')).toEqual([
      { path: 'search', code: 'MALFORMED_TEXT', message: CONTROL_CHARACTER_MESSAGE },
    ]);
  });
});
