import {
  candidateChanges,
  isUnreadableCsvText,
  mappingProblems,
  readCandidateRow,
  splitList,
  suggestMapping,
} from './candidate-import.js';

describe('suggestMapping', () => {
  it.each([
    [['Name', 'E-mail', 'Phone'], { name: 0, email: 1, phone: 2 }],
    [
      ['Full Name', 'Email Address', 'Target roles', 'City', 'Recruiter email', 'Tags'],
      { name: 0, email: 1, targetRoles: 2, locations: 3, recruiterEmail: 4, tags: 5 },
    ],
    [['email', 'candidate'], { name: 1, email: 0 }],
    [['foo', 'bar'], {}],
    [[], {}],
  ])('maps %j to %j', (headers, mapping) => {
    expect(suggestMapping(headers)).toEqual(mapping);
  });
});

describe('mappingProblems', () => {
  it.each([
    ['a complete mapping', { name: 0, email: 1 }, 2, []],
    [
      'no email column',
      { name: 0 },
      2,
      [
        {
          field: 'email',
          code: 'IMPORT_COLUMN_REQUIRED',
          params: { field: 'email' },
          message: 'Choose the column that holds this.',
        },
      ],
    ],
    [
      'a column past the end',
      { name: 0, email: 2 },
      2,
      [
        {
          field: 'email',
          code: 'IMPORT_COLUMN_NOT_IN_FILE',
          params: { field: 'email' },
          message: 'This column is not in the file.',
        },
      ],
    ],
    [
      'one column twice',
      { name: 0, email: 0 },
      2,
      [
        {
          field: 'email',
          code: 'IMPORT_COLUMN_TAKEN',
          params: { field: 'email', otherField: 'name' },
          message: 'This column already fills name.',
        },
      ],
    ],
  ] as const)('%s', (_, mapping, columns, problems) => {
    expect(mappingProblems(mapping, columns)).toEqual(problems);
  });
});

describe('splitList', () => {
  it.each([
    ['', []],
    ['Analyst; Data Analyst ;Analyst', ['Analyst', 'Data Analyst']],
    ['Lisbon, PT|Porto', ['Lisbon, PT', 'Porto']],
  ])('splits %j into %j', (cell, entries) => {
    expect(splitList(cell)).toEqual(entries);
  });
});

describe('readCandidateRow', () => {
  const mapping = { name: 0, email: 1, phone: 2, targetRoles: 3, locations: 4, recruiterEmail: 5, tags: 6 };

  it('reads a good row, tidying emails and lists', () => {
    expect(
      readCandidateRow(
        ['  Ana  Lima ', 'Ana@Example.com', '+351 900', 'Analyst;PM', 'Lisbon', 'Rec@Agency.com', ''],
        mapping,
      ),
    ).toEqual({
      row: {
        name: 'Ana Lima',
        email: 'ana@example.com',
        phone: '+351 900',
        targetRoles: ['Analyst', 'PM'],
        locations: ['Lisbon'],
        recruiterEmail: 'rec@agency.com',
        tags: [],
      },
      issues: [],
    });
  });

  it.each([
    ['an empty name', ['', 'a@b.co'], [{ field: 'name', code: 'missing_value' }]],
    ['an empty email', ['Ana', ''], [{ field: 'email', code: 'missing_value' }]],
    ['a bad email', ['Ana', 'ana(at)b.co'], [{ field: 'email', code: 'bad_email' }]],
    [
      'a bad recruiter email',
      ['Ana', 'a@b.co', '', '', '', 'nobody'],
      [{ field: 'recruiterEmail', code: 'bad_email' }],
    ],
    ['a name too long', ['x'.repeat(121), 'a@b.co'], [{ field: 'name', code: 'too_long' }]],
    [
      'too many roles',
      ['Ana', 'a@b.co', '', Array.from({ length: 21 }, (_, i) => `r${i}`).join(';')],
      [{ field: 'targetRoles', code: 'too_long' }],
    ],
    ['a short record (missing cells)', ['Ana'], [{ field: 'email', code: 'missing_value' }]],
  ])('reports %s', (_, record, issues) => {
    const result = readCandidateRow(record, mapping);
    expect(result.row).toBeNull();
    expect(result.issues.map(({ field, code }) => ({ field, code }))).toEqual(issues);
  });
});

describe('isUnreadableCsvText', () => {
  const png = new TextDecoder().decode(
    new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...Array.from({ length: 300 }, (_, i) => (i * 37) % 256),
    ]),
  );
  it.each([
    ['a PNG read as text', png, true],
    ['a NUL anywhere', 'Name,Email\nAna\u0000,a@b.co\n', true],
    ['many undecodable bytes', `Name\n${'\uFFFD'.repeat(20)}\n`, true],
    ['a plain CSV', 'Name,Email\nAna,a@b.co\n', false],
    ['a CSV with a byte-order mark, tabs and CRLF', '\uFEFFName\tEmail\r\nZoë\tz@b.co\r\n', false],
    ['one stray undecodable byte in a big file', `Name\n${'Ana Silva\n'.repeat(2000)}\uFFFD\n`, false],
    ['names in any script', 'Name\n山田 太郎\nАнна\nسلام\n', false],
  ])('%s', (_label, text, unreadable) => {
    expect(isUnreadableCsvText(text)).toBe(unreadable);
  });
});

describe('candidateChanges', () => {
  const existing = {
    name: 'Ana Silva',
    phone: null,
    targetRoles: ['Analyst'],
    locations: ['Lisbon'],
    tags: [],
  };
  const row = {
    name: 'Ana Silva',
    email: 'ana@example.com',
    phone: null,
    targetRoles: ['Analyst'],
    locations: ['Lisbon'],
    recruiterEmail: 'someone@agency.test',
    tags: [],
  };
  const all = { name: 0, email: 1, phone: 2, targetRoles: 3, locations: 4, recruiterEmail: 5, tags: 6 };
  it.each([
    ['nothing differs', row, all, []],
    ['a new phone', { ...row, phone: '+351 1' }, all, ['phone']],
    [
      'a renamed candidate and another city',
      { ...row, name: 'Ana S. Silva', locations: ['Porto'] },
      all,
      ['name', 'locations'],
    ],
    ['a role added', { ...row, targetRoles: ['Analyst', 'BI'] }, all, ['targetRoles']],
    [
      'a column the file lacks never counts',
      { ...row, phone: '+351 1', tags: ['x'] },
      { name: 0, email: 1 },
      [],
    ],
    ['another recruiter is not an update', { ...row, recruiterEmail: 'other@agency.test' }, all, []],
  ] as const)('%s', (_label, next, mapping, changed) => {
    expect(
      candidateChanges(
        existing,
        { ...next, targetRoles: [...next.targetRoles], locations: [...next.locations], tags: [...next.tags] },
        mapping,
      ),
    ).toEqual(changed);
  });
});
