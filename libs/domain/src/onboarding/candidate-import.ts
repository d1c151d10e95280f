import { z } from 'zod';
import { normalizeEmail } from '../identity/password-rules.js';
import { FIELD_LIMITS } from '../field-limits.js';
import type { ProblemCode } from '../problems/problem-codes.js';

/** The candidate fields a CSV column can fill; `name` and `email` are required. */
export const CANDIDATE_FIELDS = [
  'name',
  'email',
  'phone',
  'targetRoles',
  'locations',
  'recruiterEmail',
  'tags',
] as const;
export type CandidateField = (typeof CANDIDATE_FIELDS)[number];
export const REQUIRED_CANDIDATE_FIELDS: readonly CandidateField[] = ['name', 'email'];

/** Where a CSV import stands: uploaded → validating → validated (the dry run) → importing → completed. */
export const CANDIDATE_IMPORT_STATUSES = [
  'uploaded',
  'validating',
  'validated',
  'importing',
  'completed',
  'failed',
] as const;
export type CandidateImportStatus = (typeof CANDIDATE_IMPORT_STATUSES)[number];

/** Which CSV column (0-based) fills each field; a field left out stays empty. */
export type ColumnMapping = Partial<Record<CandidateField, number>>;

/** Header words that suggest a field, lowercased with everything but letters removed. */
const HEADER_HINTS: Record<CandidateField, readonly string[]> = {
  name: ['name', 'fullname', 'candidate', 'candidatename'],
  email: ['email', 'emailaddress', 'mail', 'candidateemail'],
  phone: ['phone', 'phonenumber', 'mobile', 'telephone', 'tel'],
  targetRoles: ['targetroles', 'targetrole', 'roles', 'role', 'jobtitles', 'desiredroles'],
  locations: ['locations', 'location', 'city', 'cities'],
  recruiterEmail: ['recruiteremail', 'recruiter', 'owneremail', 'consultantemail'],
  tags: ['tags', 'tag', 'labels', 'skills'],
};

const headerKey = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');

/** The mapping a file's header row suggests: each field takes the first column whose header hints at it. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of CANDIDATE_FIELDS) {
    const index = headers.findIndex((h, i) => !taken.has(i) && HEADER_HINTS[field].includes(headerKey(h)));
    if (index >= 0) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

export interface MappingProblem {
  field: CandidateField;
  code: Extract<ProblemCode, `IMPORT_COLUMN_${string}`>;
  /** The field this one clashes with, for IMPORT_COLUMN_TAKEN. */
  params: { field: CandidateField; otherField?: CandidateField };
  /** English for developers and logs; the web words the code. */
  message: string;
}

/** A mapping is usable when the required fields have a column, each column exists and none is used twice. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const used = new Map<number, CandidateField>();
  for (const field of CANDIDATE_FIELDS) {
    const column = mapping[field];
    if (column === undefined) {
      if (REQUIRED_CANDIDATE_FIELDS.includes(field))
        problems.push({
          field,
          code: 'IMPORT_COLUMN_REQUIRED',
          params: { field },
          message: 'Choose the column that holds this.',
        });
      continue;
    }
    const otherField = used.get(column);
    if (!Number.isInteger(column) || column < 0 || column >= columnCount) {
      problems.push({
        field,
        code: 'IMPORT_COLUMN_NOT_IN_FILE',
        params: { field },
        message: 'This column is not in the file.',
      });
    } else if (otherField) {
      problems.push({
        field,
        code: 'IMPORT_COLUMN_TAKEN',
        params: { field, otherField },
        message: `This column already fills ${otherField}.`,
      });
    } else {
      used.set(column, field);
    }
  }
  return problems;
}

export interface CandidateRow {
  name: string;
  email: string;
  phone: string | null;
  targetRoles: string[];
  locations: string[];
  recruiterEmail: string | null;
  tags: string[];
}

export const IMPORT_ISSUE_CODES = [
  'missing_value',
  'bad_email',
  'too_long',
  'duplicate_in_file',
  'already_candidate',
  'already_member',
  'unknown_recruiter',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
  field: CandidateField | 'row';
  code: ImportIssueCode;
  message: string;
}

const emailSchema = z.email();
export const MAX_NAME_LENGTH = FIELD_LIMITS.personName;
export const MAX_LIST_ENTRIES = FIELD_LIMITS.listEntries;
export const MAX_ENTRY_LENGTH = FIELD_LIMITS.listEntry;

/** A cell that holds a list: entries split on `;` or `|` (commas appear inside entries, e.g. "Lisbon, PT"). */
export function splitList(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[;|]/)
        .map((entry) => entry.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * Reads one CSV record through the mapping and checks what a single row can tell: required values, email
 * shapes, lengths. Whether the email repeats in the file, belongs to a member or names a known recruiter
 * needs the other rows and the database; the import checks those.
 */
export function readCandidateRow(
  record: readonly string[],
  mapping: ColumnMapping,
): { row: CandidateRow | null; issues: ImportIssue[] } {
  const cell = (field: CandidateField) => {
    const column = mapping[field];
    return column === undefined ? '' : (record[column] ?? '').trim();
  };
  const issues: ImportIssue[] = [];
  const name = cell('name').replace(/\s+/g, ' ');
  if (!name) issues.push({ field: 'name', code: 'missing_value', message: 'The name is empty.' });
  else if (name.length > MAX_NAME_LENGTH)
    issues.push({
      field: 'name',
      code: 'too_long',
      message: `Names are at most ${MAX_NAME_LENGTH} characters.`,
    });

  const email = cell('email');
  if (!email) issues.push({ field: 'email', code: 'missing_value', message: 'The email is empty.' });
  else if (!emailSchema.safeParse(email).success)
    issues.push({ field: 'email', code: 'bad_email', message: `"${email}" is not an email address.` });

  const recruiterEmail = cell('recruiterEmail');
  if (recruiterEmail && !emailSchema.safeParse(recruiterEmail).success) {
    issues.push({
      field: 'recruiterEmail',
      code: 'bad_email',
      message: `"${recruiterEmail}" is not an email address.`,
    });
  }
  const phone = cell('phone');
  if (phone.length > 40)
    issues.push({ field: 'phone', code: 'too_long', message: 'Phone numbers are at most 40 characters.' });

  const lists = {} as Record<'targetRoles' | 'locations' | 'tags', string[]>;
  for (const field of ['targetRoles', 'locations', 'tags'] as const) {
    const entries = splitList(cell(field));
    if (entries.length > MAX_LIST_ENTRIES || entries.some((e) => e.length > MAX_ENTRY_LENGTH)) {
      issues.push({
        field,
        code: 'too_long',
        message: `Up to ${MAX_LIST_ENTRIES} entries of at most ${MAX_ENTRY_LENGTH} characters.`,
      });
    }
    lists[field] = entries;
  }
  if (issues.length) return { row: null, issues };
  return {
    row: {
      name,
      email: normalizeEmail(email),
      phone: phone || null,
      recruiterEmail: recruiterEmail ? normalizeEmail(recruiterEmail) : null,
      ...lists,
    },
    issues,
  };
}

/**
 * True for text that cannot be a spreadsheet's CSV: a NUL character, or more than a few characters that
 * were not UTF-8 (decoded as U+FFFD) or are control characters. A PNG or a PDF renamed .csv is all of these.
 */
export function isUnreadableCsvText(content: string): boolean {
  return content.includes('\u0000') || looksLikeBinaryFile(content);
}

/**
 * Text that is really the bytes of an image or another binary file read as text: more than a few control
 * or replacement characters, and more than one in a thousand, in its first 64 KB.
 */
export function looksLikeBinaryFile(content: string): boolean {
  const sample = content.slice(0, 64 * 1024);
  let odd = 0;
  for (const char of sample) {
    const code = char.charCodeAt(0);
    if (char === '\uFFFD' || (code < 32 && char !== '\n' && char !== '\r' && char !== '\t')) odd += 1;
  }
  return odd > 8 && odd / sample.length > 0.001;
}

/** What an import may change on a candidate found by email (the recruiter is kept: reassigning is its own act). */
export const UPDATABLE_CANDIDATE_FIELDS = ['name', 'phone', 'targetRoles', 'locations', 'tags'] as const;
export type UpdatableCandidateField = (typeof UPDATABLE_CANDIDATE_FIELDS)[number];
export type ExistingCandidate = Pick<CandidateRow, UpdatableCandidateField>;

/**
 * The fields a row would change on the existing candidate: only fields the file has a column for (a
 * column left out keeps what the candidate has), lists compared entry by entry.
 */
export function candidateChanges(
  existing: ExistingCandidate,
  row: CandidateRow,
  mapping: ColumnMapping,
): UpdatableCandidateField[] {
  const same = (field: UpdatableCandidateField) => {
    const before = existing[field];
    const after = row[field];
    if (Array.isArray(before) || Array.isArray(after)) {
      const a = (before as string[] | null) ?? [];
      const b = (after as string[] | null) ?? [];
      return a.length === b.length && a.every((entry, i) => entry === b[i]);
    }
    return (before ?? '') === (after ?? '');
  };
  return UPDATABLE_CANDIDATE_FIELDS.filter((field) => mapping[field] !== undefined && !same(field));
}
