import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import {
  candidatesActionSchema,
  importActionSchema,
  onboardingSchema,
  splitList,
  submitCandidateSchema,
} from './schemas';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('splitList', () => {
  it.each([
    ['Data Analyst\nQA Engineer', ['Data Analyst', 'QA Engineer']],
    ['Lisbon, Remote ,, Porto', ['Lisbon', 'Remote', 'Porto']],
    ['  ', []],
    [undefined, []],
  ])('%j → %j', (value, list) => {
    expect(splitList(value)).toEqual(list);
  });
});

describe('candidatesActionSchema', () => {
  it('accepts a resend after 1 to 365 days', () => {
    expect(parseForm(candidatesActionSchema, form({ intent: 'resend', days: '7' }))).toEqual({
      ok: true,
      data: { intent: 'resend', days: 7 },
    });
  });

  it.each(['0', '366', '2.5', 'soon'])('refuses %s days beside the field', (days) => {
    const parsed = parseForm(candidatesActionSchema, form({ intent: 'resend', days }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors.days).toBe('Enter a number of days from 1 to 365.');
  });

  it('reads "select all" with the filter the list shows', () => {
    expect(
      parseForm(candidatesActionSchema, form({ intent: 'invite', allMatching: 'on', stage: '', q: ' msy ' })),
    ).toEqual({ ok: true, data: { intent: 'invite', allMatching: true, stage: undefined, q: 'msy' } });
    expect(parseForm(candidatesActionSchema, form({ intent: 'invite', stage: 'INVITED' }))).toEqual({
      ok: true,
      data: { intent: 'invite', allMatching: false, stage: 'INVITED', q: undefined },
    });
  });
});

describe('submitCandidateSchema', () => {
  const valid = { clientId: 'c1', requestId: 'r1', company: ' Juniper ', roleTitle: 'QA Engineer' };

  it('trims and leaves optional fields out when empty', () => {
    expect(
      parseForm(submitCandidateSchema, form({ ...valid, submittedOn: '', postingUrl: '', note: '' })),
    ).toEqual({
      ok: true,
      data: {
        clientId: 'c1',
        requestId: 'r1',
        company: 'Juniper',
        roleTitle: 'QA Engineer',
        submittedOn: undefined,
        postingUrl: undefined,
        note: undefined,
      },
    });
  });

  it('names each field that needs fixing', () => {
    const parsed = parseForm(
      submitCandidateSchema,
      form({
        ...valid,
        company: ' ',
        roleTitle: '',
        submittedOn: '2026-02-30',
        postingUrl: 'juniper.example',
      }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.fieldErrors).toEqual({
        company: 'Enter the employer.',
        roleTitle: 'Enter the role.',
        submittedOn: 'Enter a date like 2026-01-31.',
        postingUrl: 'Enter a full link, starting with https://.',
      });
    }
  });
});

describe('importActionSchema', () => {
  it('turns the chosen columns into indexes and "not in the file" into null', () => {
    const parsed = parseForm(
      importActionSchema,
      form({
        intent: 'mapping',
        version: '3',
        name: '0',
        email: '2',
        phone: '',
        targetRoles: '1',
        locations: '',
        recruiterEmail: '',
        tags: '4',
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      data: {
        intent: 'mapping',
        version: 3,
        name: 0,
        email: 2,
        phone: null,
        targetRoles: 1,
        locations: null,
        recruiterEmail: null,
        tags: 4,
        updateExisting: false,
      },
    });
  });

  it('reads the "update existing candidates" box', () => {
    const parsed = parseForm(
      importActionSchema,
      form({
        intent: 'mapping',
        version: '1',
        name: '0',
        email: '1',
        phone: '',
        targetRoles: '',
        locations: '',
        recruiterEmail: '',
        tags: '',
        updateExisting: 'on',
      }),
    );
    expect(parsed).toMatchObject({ ok: true, data: { updateExisting: true } });
  });

  it('refuses a column that is not a number', () => {
    const parsed = parseForm(
      importActionSchema,
      form({
        intent: 'mapping',
        version: '1',
        name: 'x',
        email: '1',
        phone: '',
        targetRoles: '',
        locations: '',
        recruiterEmail: '',
        tags: '',
      }),
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors).toEqual({ name: 'Choose a column.' });
  });

  it('starts the import with the version read', () => {
    expect(parseForm(importActionSchema, form({ intent: 'start', version: '4' }))).toEqual({
      ok: true,
      data: { intent: 'start', version: 4 },
    });
  });
});

describe('onboardingSchema', () => {
  it('reads the consent checkbox as a boolean', () => {
    const checked = parseForm(onboardingSchema, form({ version: '2', consent: 'on', availability: ' now ' }));
    const unchecked = parseForm(onboardingSchema, form({ version: '2' }));
    expect(checked.ok && checked.data.consent).toBe(true);
    expect(checked.ok && checked.data.availability).toBe('now');
    expect(unchecked.ok && unchecked.data.consent).toBe(false);
  });

  it('wants a full link for the résumé', () => {
    const parsed = parseForm(onboardingSchema, form({ version: '2', resumeUrl: 'cv.pdf' }));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.fieldErrors.resumeUrl).toBe('Enter a full link, starting with https://.');
  });
});
