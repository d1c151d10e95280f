import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '@rebound/domain';

const ENTER_CODE = 'Enter the 6-digit code from your authenticator app.';

@InputType()
export class TwoFactorCodeInput {
  /** Six digits from the authenticator app; read (spaces, dashes) by the service. */
  @Field()
  @IsString()
  @IsNotEmpty({ message: ENTER_CODE })
  @MaxLength(32, { message: ENTER_CODE })
  code!: string;
}

@InputType()
export class DisableTwoFactorInput {
  @Field({ nullable: true, description: 'A current code from the app…' })
  @IsOptional()
  @IsString()
  @MaxLength(32, { message: ENTER_CODE })
  code?: string;

  @Field({ nullable: true, description: '…or the account password.' })
  @IsOptional()
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}

@InputType()
export class CompleteTwoFactorSignInInput {
  @Field({ description: 'The token of the TwoFactorChallenge the first factor answered.' })
  @IsString()
  @IsNotEmpty({ message: 'Sign in again.' })
  @MaxLength(128, { message: 'Sign in again.' })
  challenge!: string;

  @Field({ description: 'Six digits from the app, or a recovery code.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter a code from your authenticator app or a recovery code.' })
  @MaxLength(32, { message: 'Enter a code from your authenticator app or a recovery code.' })
  code!: string;
}

@InputType()
export class SetStaffTwoFactorRequirementInput {
  @Field()
  @IsBoolean()
  required!: boolean;
}
