import { describe, expect, it } from '@jest/globals';
import { parseForm } from '~/forms/forms';
import { memberActionSchema } from './schemas';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe('memberActionSchema', () => {
  it.each([
    [{ intent: 'invite', email: ' coach@example.com ', role: 'COACH' }, { email: 'coach@example.com' }],
    [{ intent: 'resend', invitationId: 'i1' }, { invitationId: 'i1' }],
    [{ intent: 'revoke', invitationId: 'i1' }, { invitationId: 'i1' }],
    [{ intent: 'changeRole', memberId: 'm1', role: 'ADMIN' }, { role: 'ADMIN' }],
    [{ intent: 'setStatus', memberId: 'm1', status: 'DISABLED' }, { status: 'DISABLED' }],
  ])('parses %j', (fields, expected) => {
    const result = parseForm(memberActionSchema, form(fields));
    expect(result).toMatchObject({ ok: true, data: expected });
  });

  it('explains a bad invitation next to its fields', () => {
    expect(
      parseForm(memberActionSchema, form({ intent: 'invite', email: 'nope', role: 'KING' })),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        email: 'Enter an email address, like name@example.com.',
        role: 'Choose one of the roles offered.',
      },
    });
  });

  it('refuses an unknown intent or status', () => {
    expect(parseForm(memberActionSchema, form({ intent: 'delete', memberId: 'm1' })).ok).toBe(false);
    expect(
      parseForm(memberActionSchema, form({ intent: 'setStatus', memberId: 'm1', status: 'GONE' })).ok,
    ).toBe(false);
  });
});
