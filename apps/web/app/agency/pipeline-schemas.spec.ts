import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import { bulkOutcomeSchema, recordOutcomeSchema } from './pipeline-schemas';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe('recordOutcomeSchema', () => {
  const base = {
    version: '2',
    requestId: 'r1',
    interviewRound: '',
    contactId: '',
    newContact: '',
    decidedOn: '',
  };

  it('takes a next stage and leaves empty fields out', () => {
    expect(parseForm(recordOutcomeSchema, form({ ...base, stage: 'INTERVIEW', reason: '' }))).toEqual({
      ok: true,
      data: { version: 2, requestId: 'r1', stage: 'INTERVIEW' },
    });
  });

  it.each(['REJECTED', 'WITHDRAWN'])('asks why a submission %s', (stage) => {
    const parsed = parseForm(recordOutcomeSchema, form({ ...base, stage, reason: '' }));
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { reason: 'Choose why it ended.' } });
  });

  it('refuses a stage nobody records, a silly round and a bad date beside their fields', () => {
    const parsed = parseForm(
      recordOutcomeSchema,
      form({ ...base, stage: 'NO_RESPONSE', reason: '', interviewRound: '0', decidedOn: '2026-02-30' }),
    );
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: {
        stage: 'Choose a stage.',
        interviewRound: 'Enter a round from 1 to 20.',
        decidedOn: 'Enter a date like 2026-01-31.',
      },
    });
  });

  it('keeps a new contact’s name, trimmed', () => {
    expect(
      parseForm(
        recordOutcomeSchema,
        form({ ...base, stage: 'REJECTED', reason: 'MISSING_SKILL', newContact: '  Hana Ito ' }),
      ),
    ).toMatchObject({
      ok: true,
      data: { stage: 'REJECTED', reason: 'MISSING_SKILL', newContact: 'Hana Ito' },
    });
  });
});

describe('bulkOutcomeSchema', () => {
  it('moves many to one stage, with the reason an ending needs', () => {
    expect(parseForm(bulkOutcomeSchema, form({ stage: 'EMPLOYER_SCREENING', reason: '' }))).toEqual({
      ok: true,
      data: { stage: 'EMPLOYER_SCREENING' },
    });
    expect(parseForm(bulkOutcomeSchema, form({ stage: 'REJECTED', reason: '' }))).toMatchObject({
      ok: false,
      fieldErrors: { reason: 'Choose why it ended.' },
    });
  });
});
