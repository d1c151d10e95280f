import { z } from 'zod';
import { readAuthenticatorCode } from '@rebound/domain';
import { t } from '~/i18n/i18n';

const appCode = z
  .string()
  .trim()
  .refine((value) => readAuthenticatorCode(value) !== null, { message: t('twoFactor.setup.codeHint') });

export const twoFactorCodeSchema = z.object({ code: appCode });

export const disableTwoFactorSchema = z
  .object({ code: z.string().trim().optional(), password: z.string().optional() })
  .refine((value) => Boolean(value.code) || Boolean(value.password), {
    message: t('twoFactor.setup.disableBody'),
    path: ['code'],
  });
