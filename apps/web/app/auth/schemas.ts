import { FIELD_LIMITS, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblem } from '@rebound/domain';
import { z } from 'zod';
import { t } from '~/i18n/i18n';
import { ORGANIZATION_KINDS } from '~/graphql/enums';

/**
 * The identity forms, validated on the server before anything reaches the API. The password rules are
 * the domain's (the API applies the same ones); the words are the catalogue's.
 */

const requiredText = (required: string, max: number) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { error: required })
    .max(max, { error: t('forms.errors.tooLong', { max }) });

export const emailField = z
  .string({ error: t('forms.errors.email') })
  .trim()
  .pipe(z.email({ error: t('forms.errors.email') }));

const personName = requiredText(t('forms.errors.nameRequired'), FIELD_LIMITS.personName);

/** A password being chosen: length here, "not your email" once the email is known (see below). */
const newPassword = z
  .string({ error: t('forms.errors.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) })
  .min(PASSWORD_MIN_LENGTH, { error: t('forms.errors.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) })
  .max(PASSWORD_MAX_LENGTH, { error: t('forms.errors.passwordTooLong', { max: PASSWORD_MAX_LENGTH }) });

function passwordMustNotContainEmail(password: unknown, email: unknown, ctx: z.RefinementCtx) {
  if (typeof password !== 'string' || typeof email !== 'string') return;
  if (passwordProblem(password, email) === 'contains_email') {
    ctx.addIssue({ code: 'custom', path: ['password'], message: t('forms.errors.passwordContainsEmail') });
  }
}

export const signUpSchema = z
  .object({
    name: personName,
    email: emailField,
    password: newPassword,
    organizationName: requiredText(t('forms.errors.organizationNameRequired'), FIELD_LIMITS.organizationName),
    organizationKind: z.enum(ORGANIZATION_KINDS, { error: t('forms.errors.organizationKind') }),
  })
  .superRefine((form, ctx) => passwordMustNotContainEmail(form.password, form.email, ctx));

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: t('forms.errors.passwordRequired') })
    .min(1, { error: t('forms.errors.passwordRequired') }),
});

export const emailOnlySchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({
  token: z
    .string({ error: t('resetPassword.incompleteLink') })
    .min(1, { error: t('resetPassword.incompleteLink') }),
  password: newPassword,
});

/** Creating an account from an invitation: the email is the invitation's, so it is not a form field. */
export function invitationSignUpSchema(invitedEmail: string) {
  return z
    .object({ name: personName, password: newPassword })
    .superRefine((form, ctx) => passwordMustNotContainEmail(form.password, invitedEmail, ctx));
}
