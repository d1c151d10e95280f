import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import {
  readAuthenticatorCode,
  recoveryCodeFromBytes,
  TWO_FACTOR,
  TWO_FACTOR_ROLES,
  type SecondFactorCode,
} from '@rebound/domain';
import { BadUserInputError, ConflictError, ForbiddenError, type FieldProblem } from '../../common/errors.js';
import type { RequestTransaction } from '../../database/request-transaction.js';
import type { RecoveryCodes, TwoFactorEnrolment, TwoFactorStatus } from './dto/two-factor.types.js';
import { verifyPassword } from './password.js';
import { RateLimitService, signInAttemptKey } from './rate-limit.service.js';
import { TwoFactorCrypto } from './two-factor-crypto.js';

export const TWO_FACTOR_ISSUER = 'Rebound';

/** How a second factor fared. */
export type SecondFactorCheck = 'accepted' | 'wrong' | 'replayed';

const CODE_PROBLEMS = {
  WRONG_CODE: 'That code is not right. Enter the newest code your app shows.',
  CODE_ALREADY_USED: 'That code was already used. Wait for the next one.',
  AUTHENTICATOR_CODE_EXPECTED: 'Enter the 6-digit code from your authenticator app.',
  TWO_FACTOR_SETUP_MISSING: 'Start the set-up again: no secret is waiting for a code.',
} as const;

/** A signed-in person managing their own two-factor sign-in, from the web server's address. */
export interface TwoFactorOwner {
  db: RequestTransaction;
  userId: string;
  clientIp: string;
}

interface TwoFactorRow {
  secret_ciphertext: string;
  enabled_at: Date | null;
  last_used_step: string | null;
}

/**
 * Authenticator-app codes (TOTP) and recovery codes for a user. A secret is kept encrypted; it is shown
 * while the set-up waits for its first code, never once two-factor sign-in is on. Every accepted app code
 * moves `last_used_step` forward, so the same code (or an older one) is refused afterwards.
 */
@Injectable()
export class TwoFactorService {
  constructor(
    private readonly crypto: TwoFactorCrypto,
    private readonly rateLimits: RateLimitService,
  ) {}

  async status(db: RequestTransaction, userId: string): Promise<TwoFactorStatus> {
    const manager = await db.manager();
    const [row]: (TwoFactorRow & { codes_left: number; available: boolean })[] = await manager.query(
      `SELECT t.secret_ciphertext, t.enabled_at, t.last_used_step,
              (SELECT count(*)::int FROM user_recovery_codes c WHERE c.user_id = $1 AND c.used_at IS NULL)
                AS codes_left,
              EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = $1 AND m.status = 'active'
                         AND m.role = ANY ($2)) AS available
         FROM (SELECT $1::uuid AS user_id) u LEFT JOIN user_two_factor t ON t.user_id = u.user_id`,
      [userId, TWO_FACTOR_ROLES],
    );
    const pending = row.secret_ciphertext !== null && row.enabled_at === null;
    return {
      enabled: row.enabled_at !== null,
      enabledAt: row.enabled_at,
      recoveryCodesLeft: row.enabled_at ? row.codes_left : 0,
      available: row.available || row.enabled_at !== null,
      pendingEnrolment: pending
        ? await this.enrolmentOf(db, userId, this.crypto.decryptSecret(row.secret_ciphertext))
        : null,
    };
  }

  async isEnabled(db: RequestTransaction, userId: string): Promise<boolean> {
    const manager = await db.manager();
    const rows: unknown[] = await manager.query(
      'SELECT 1 FROM user_two_factor WHERE user_id = $1 AND enabled_at IS NOT NULL',
      [userId],
    );
    return rows.length > 0;
  }

  /**
   * A new secret for the app to scan; two-factor sign-in stays off until `confirmEnrolment` gets a code
   * from it. Starting again replaces a set-up that was never confirmed.
   */
  async startEnrolment(owner: TwoFactorOwner): Promise<TwoFactorEnrolment> {
    const status = await this.status(owner.db, owner.userId);
    if (!status.available) {
      throw new ForbiddenError('Two-factor sign-in is for owners, admins and coaches.');
    }
    if (status.enabled) throw new ConflictError('TWO_FACTOR_ALREADY_ON', 'Two-factor sign-in is already on.');
    const secret = generateSecret();
    const manager = await owner.db.manager();
    await manager.query(
      `INSERT INTO user_two_factor (user_id, secret_ciphertext) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET secret_ciphertext = EXCLUDED.secret_ciphertext,
              last_used_step = NULL, updated_at = now()
        WHERE user_two_factor.enabled_at IS NULL`,
      [owner.userId, this.crypto.encryptSecret(secret)],
    );
    return this.enrolmentOf(owner.db, owner.userId, secret);
  }

  /** The first code from the app turns two-factor sign-in on; answers the recovery codes, once. */
  async confirmEnrolment(owner: TwoFactorOwner, typedCode: string): Promise<RecoveryCodes> {
    const code = readAuthenticatorCode(typedCode);
    if (!code) throw codeError('AUTHENTICATOR_CODE_EXPECTED');
    const row = await this.lockedRow(owner.db, owner.userId);
    if (row?.enabled_at) {
      throw new ConflictError('TWO_FACTOR_ALREADY_ON', 'Two-factor sign-in is already on.', 'input.code');
    }
    if (!row) throw codeError('TWO_FACTOR_SETUP_MISSING');
    await this.withAttemptLimit(owner, async () =>
      this.acceptAuthenticatorCode(owner.db, owner.userId, row, code),
    );
    const manager = await owner.db.manager();
    await manager.query(
      'UPDATE user_two_factor SET enabled_at = now(), updated_at = now() WHERE user_id = $1',
      [owner.userId],
    );
    return this.replaceRecoveryCodes(owner.db, owner.userId);
  }

  /** New recovery codes (the old ones stop working), for a current code from the app. */
  async regenerateRecoveryCodes(owner: TwoFactorOwner, typedCode: string): Promise<RecoveryCodes> {
    const code = readAuthenticatorCode(typedCode);
    if (!code) throw codeError('AUTHENTICATOR_CODE_EXPECTED');
    const row = await this.enabledRow(owner);
    await this.withAttemptLimit(owner, () => this.acceptAuthenticatorCode(owner.db, owner.userId, row, code));
    return this.replaceRecoveryCodes(owner.db, owner.userId);
  }

  /** Turns two-factor sign-in off, for a current code from the app or the account's password. */
  async disable(
    owner: TwoFactorOwner,
    proof: { code?: string; password?: string },
  ): Promise<TwoFactorStatus> {
    const typedCode = proof.code?.trim() ? proof.code : undefined;
    if (!typedCode && !proof.password) {
      throw new BadUserInputError([
        {
          path: 'input.code',
          code: 'CODE_OR_PASSWORD_REQUIRED',
          message: 'Enter a code from your authenticator app, or your password.',
        },
      ]);
    }
    const row = await this.enabledRow(owner);
    await this.withAttemptLimit(
      owner,
      async () => {
        if (typedCode) {
          const code = readAuthenticatorCode(typedCode);
          return code ? this.acceptAuthenticatorCode(owner.db, owner.userId, row, code) : 'wrong';
        }
        return (await this.passwordMatches(owner.db, owner.userId, proof.password!)) ? 'accepted' : 'wrong';
      },
      typedCode ? 'input.code' : 'input.password',
    );
    const manager = await owner.db.manager();
    await manager.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [owner.userId]);
    await manager.query('DELETE FROM user_two_factor WHERE user_id = $1', [owner.userId]);
    return this.status(owner.db, owner.userId);
  }

  /**
   * The second step of a sign-in: an app code (not used before) or an unused recovery code, which is
   * then spent. The caller counts failures.
   */
  async checkSecondFactor(
    db: RequestTransaction,
    userId: string,
    code: SecondFactorCode,
  ): Promise<SecondFactorCheck> {
    if (code.kind === 'recovery') {
      const manager = await db.manager();
      const spent: [unknown[], number] = await manager.query(
        `UPDATE user_recovery_codes SET used_at = now()
          WHERE user_id = $1 AND code_hash = $2 AND used_at IS NULL
            AND EXISTS (SELECT 1 FROM user_two_factor t WHERE t.user_id = $1 AND t.enabled_at IS NOT NULL)`,
        [userId, this.crypto.hashRecoveryCode(code.code)],
      );
      return spent[1] > 0 ? 'accepted' : 'wrong';
    }
    const row = await this.lockedRow(db, userId);
    if (!row?.enabled_at) return 'wrong';
    return this.acceptAuthenticatorCode(db, userId, row, code.code);
  }

  private async enrolmentOf(
    db: RequestTransaction,
    userId: string,
    secret: string,
  ): Promise<TwoFactorEnrolment> {
    const manager = await db.manager();
    const [user]: { email: string }[] = await manager.query('SELECT email FROM users WHERE id = $1', [
      userId,
    ]);
    return { secret, otpauthUri: generateURI({ issuer: TWO_FACTOR_ISSUER, label: user.email, secret }) };
  }

  /** Checks an app code against the secret and spends its time step, so it cannot be used twice. */
  private async acceptAuthenticatorCode(
    db: RequestTransaction,
    userId: string,
    row: TwoFactorRow,
    code: string,
  ): Promise<SecondFactorCheck> {
    const secret = this.crypto.decryptSecret(row.secret_ciphertext);
    const lastStep = row.last_used_step === null ? undefined : Number(row.last_used_step);
    const result = await verify({ secret, token: code, epochTolerance: TWO_FACTOR.toleranceSeconds });
    if (!result.valid || !('timeStep' in result)) return 'wrong';
    if (lastStep !== undefined && result.timeStep <= lastStep) return 'replayed';
    const manager = await db.manager();
    const [, moved]: [unknown[], number] = await manager.query(
      `UPDATE user_two_factor SET last_used_step = $2, updated_at = now()
        WHERE user_id = $1 AND (last_used_step IS NULL OR last_used_step < $2)`,
      [userId, result.timeStep],
    );
    return moved > 0 ? 'accepted' : 'replayed';
  }

  private async lockedRow(db: RequestTransaction, userId: string): Promise<TwoFactorRow | null> {
    const manager = await db.manager();
    const rows: TwoFactorRow[] = await manager.query(
      'SELECT secret_ciphertext, enabled_at, last_used_step FROM user_two_factor WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    return rows[0] ?? null;
  }

  private async enabledRow(owner: TwoFactorOwner): Promise<TwoFactorRow> {
    const row = await this.lockedRow(owner.db, owner.userId);
    if (!row?.enabled_at)
      throw new ConflictError('TWO_FACTOR_OFF', 'Two-factor sign-in is off.', 'input.code');
    return row;
  }

  /**
   * Wrong codes and passwords here count towards the same growing delay per account and address as
   * sign-in's, so a borrowed session cannot guess its way to switching two-factor sign-in off.
   */
  private async withAttemptLimit(
    owner: TwoFactorOwner,
    check: () => Promise<SecondFactorCheck>,
    field = 'input.code',
  ): Promise<void> {
    const manager = await owner.db.manager();
    const [user]: { email: string }[] = await manager.query('SELECT email FROM users WHERE id = $1', [
      owner.userId,
    ]);
    const attempt = signInAttemptKey(user.email, owner.clientIp);
    await this.rateLimits.assertNotDelayed(attempt);
    const outcome = await check();
    if (outcome === 'accepted') return;
    await this.rateLimits.recordFailure(attempt);
    if (field === 'input.password') {
      throw new BadUserInputError([
        { path: field, code: 'WRONG_PASSWORD', message: 'That password is not right.' },
      ]);
    }
    throw new BadUserInputError([secondFactorCodeProblem(outcome)]);
  }

  private async passwordMatches(db: RequestTransaction, userId: string, password: string): Promise<boolean> {
    const manager = await db.manager();
    const [user]: { password_hash: string | null }[] = await manager.query(
      'SELECT password_hash FROM users WHERE id = $1',
      [userId],
    );
    return user?.password_hash ? verifyPassword(user.password_hash, password) : false;
  }

  private async replaceRecoveryCodes(db: RequestTransaction, userId: string): Promise<RecoveryCodes> {
    const codes = Array.from({ length: TWO_FACTOR.recoveryCodeCount }, () =>
      recoveryCodeFromBytes(randomBytes(TWO_FACTOR.recoveryCodeLength)),
    );
    const manager = await db.manager();
    await manager.query('DELETE FROM user_recovery_codes WHERE user_id = $1', [userId]);
    await manager.query(
      `INSERT INTO user_recovery_codes (user_id, code_hash)
       SELECT $1, hash FROM unnest($2::text[]) AS hash ON CONFLICT DO NOTHING`,
      [userId, codes.map((code) => this.crypto.hashRecoveryCode(code.replace('-', '')))],
    );
    return { codes };
  }
}

function codeProblem(code: keyof typeof CODE_PROBLEMS): FieldProblem {
  return { path: 'input.code', code, message: CODE_PROBLEMS[code] };
}

function codeError(code: keyof typeof CODE_PROBLEMS): BadUserInputError {
  return new BadUserInputError([codeProblem(code)]);
}

/** What a refused authenticator or recovery code was, on the `input.code` field. */
export function secondFactorCodeProblem(outcome: Exclude<SecondFactorCheck, 'accepted'>): FieldProblem {
  return codeProblem(outcome === 'replayed' ? 'CODE_ALREADY_USED' : 'WRONG_CODE');
}
