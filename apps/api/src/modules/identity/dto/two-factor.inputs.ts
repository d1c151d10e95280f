import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@rebound/domain';
import { RequiredTextField, TextField } from '../../../common/dto/field.decorators.js';

const ENTER_CODE = 'Enter the 6-digit code from your authenticator app.';

@InputType()
export class TwoFactorCodeInput {
  /** Six digits from the authenticator app; read (spaces, dashes) by the service. */
  @RequiredTextField(ENTER_CODE, { max: 32, message: ENTER_CODE })
  code!: string;
}

@InputType()
export class DisableTwoFactorInput {
  @TextField(
    { max: 32, message: ENTER_CODE },
    { nullable: true, description: 'A current code from the app…' },
  )
  code?: string;

  @TextField({ max: PASSWORD_MAX_LENGTH }, { nullable: true, description: '…or the account password.' })
  password?: string;
}

@InputType()
export class CompleteTwoFactorSignInInput {
  @RequiredTextField(
    'Sign in again.',
    { max: 128, message: 'Sign in again.' },
    { description: 'The token of the TwoFactorChallenge the first factor answered.' },
  )
  challenge!: string;

  @RequiredTextField(
    'Enter a code from your authenticator app or a recovery code.',
    { max: 32, message: 'Enter a code from your authenticator app or a recovery code.' },
    { description: 'Six digits from the app, or a recovery code.' },
  )
  code!: string;
}

@InputType()
export class SetStaffTwoFactorRequirementInput {
  @Field()
  @IsBoolean()
  required!: boolean;
}
