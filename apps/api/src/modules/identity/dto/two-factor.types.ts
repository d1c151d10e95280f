import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@rebound/domain';
import { RequiredTextField, TextField } from '../../../common/dto/field.decorators.js';
import { AuthSession } from './auth.types.js';

@ObjectType({ description: 'A secret waiting for its first code before two-factor sign-in is on.' })
export class TwoFactorEnrolment {
  @Field({ description: 'Base32, for typing into an authenticator app by hand.' })
  secret!: string;

  @Field({ description: 'otpauth://totp/… for a QR code.' })
  otpauthUri!: string;
}

@ObjectType({ description: "The viewer's two-factor sign-in. The secret is never shown once it is on." })
export class TwoFactorStatus {
  @Field()
  enabled!: boolean;

  @Field(() => Date, { nullable: true })
  enabledAt!: Date | null;

  @Field(() => Int, { description: 'Recovery codes not used yet.' })
  recoveryCodesLeft!: number;

  @Field({ description: 'Whether the viewer may use it: owners, admins and coaches (of any organization).' })
  available!: boolean;

  @Field(() => TwoFactorEnrolment, { nullable: true, description: 'A set-up started and not confirmed.' })
  pendingEnrolment!: TwoFactorEnrolment | null;
}

@ObjectType({ description: 'Ten single-use recovery codes, shown once: only their hashes are kept.' })
export class RecoveryCodes {
  @Field(() => [String])
  codes!: string[];
}

@ObjectType({
  description: 'The second step of a sign-in: its token goes with the code to completeTwoFactorSignIn.',
})
export class TwoFactorChallenge {
  @Field()
  token!: string;

  @Field()
  expiresAt!: Date;
}

@ObjectType({
  description:
    'The outcome of a first factor (password, email link, OAuth): a session, or, for a user with ' +
    'two-factor sign-in on, a challenge and no session yet. Exactly one is set.',
})
export class SignInResult {
  @Field(() => AuthSession, { nullable: true })
  session!: AuthSession | null;

  @Field(() => TwoFactorChallenge, { nullable: true })
  twoFactorChallenge!: TwoFactorChallenge | null;
}

@ObjectType()
export class OrganizationSecurity {
  @Field({ description: 'Owners, admins and coaches must sign in with two factors to work here.' })
  requireStaffTwoFactor!: boolean;
}

@InputType()
export class TwoFactorCodeInput {
  /** Six digits from the authenticator app; read (spaces, dashes) by the service. */
  @RequiredTextField({ max: 32 })
  code!: string;
}

@InputType()
export class DisableTwoFactorInput {
  @TextField({ max: 32 }, { nullable: true, description: 'A current code from the app…' })
  code?: string;

  @TextField({ max: PASSWORD_MAX_LENGTH }, { nullable: true, description: '…or the account password.' })
  password?: string;
}

@InputType()
export class CompleteTwoFactorSignInInput {
  @RequiredTextField(
    { max: 128 },
    { description: 'The token of the TwoFactorChallenge the first factor answered.' },
  )
  challenge!: string;

  @RequiredTextField({ max: 32 }, { description: 'Six digits from the app, or a recovery code.' })
  code!: string;
}

@InputType()
export class SetStaffTwoFactorRequirementInput {
  @Field()
  @IsBoolean()
  required!: boolean;
}
