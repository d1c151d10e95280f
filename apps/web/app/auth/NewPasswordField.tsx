import { PASSWORD_MIN_LENGTH } from '@rebound/domain';
import { TextField } from '~/components/ui';
import { t } from '~/i18n/i18n';

/** The field where someone chooses a password (sign-up, a reset, joining by invitation), with its rules. */
export function NewPasswordField({ label, error }: { label: string; error?: string }) {
  return (
    <TextField
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      hint={t('signUp.passwordHint', { min: PASSWORD_MIN_LENGTH })}
      required
      error={error}
    />
  );
}
