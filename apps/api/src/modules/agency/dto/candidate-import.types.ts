import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import {
  CANDIDATE_IMPORT_STATUSES,
  MAX_INLINE_IMPORT_BYTES,
  type CandidateImportStatus,
  FIELD_LIMITS,
} from '@rebound/domain';
import { registerDomainEnum } from '../../../common/domain-enum.js';
import { ConnectionType } from '../../../common/pagination.js';
import { IdField, RequiredTextField, VersionField } from '../../../common/dto/field.decorators.js';
import { Versioned } from '../../../common/dto/versioned.type.js';

export const CandidateImportStatusEnum = registerDomainEnum(
  'CandidateImportStatus',
  CANDIDATE_IMPORT_STATUSES,
);
export type { CandidateImportStatus };

@ObjectType({ description: 'Which column (0-based) fills each candidate field; null when none does.' })
export class CandidateColumnMapping {
  @Field(() => Int, { nullable: true }) name?: number;
  @Field(() => Int, { nullable: true }) email?: number;
  @Field(() => Int, { nullable: true }) phone?: number;
  @Field(() => Int, { nullable: true }) targetRoles?: number;
  @Field(() => Int, { nullable: true }) locations?: number;
  @Field(() => Int, { nullable: true }) recruiterEmail?: number;
  @Field(() => Int, { nullable: true }) tags?: number;
}

@InputType()
export class CandidateColumnMappingInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) name?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) email?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) phone?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) targetRoles?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) locations?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) recruiterEmail?: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(200) tags?: number;
}

@ObjectType({ description: 'A CSV of candidates: its mapping, dry-run report and import progress.' })
export class CandidateImport extends Versioned {
  @Field(() => ID) id!: string;
  @Field() fileName!: string;
  @Field(() => CandidateImportStatusEnum) status!: CandidateImportStatus;
  @Field(() => [String]) headers!: string[];
  @Field(() => CandidateColumnMapping) mapping!: CandidateColumnMapping;
  @Field({ description: 'Invite the imported candidates once the import completes.' }) invite!: boolean;
  @Field(() => Int, { description: 'Data rows in the file (the header not counted).' }) totalRows!: number;
  @Field(() => Int, { description: 'Rows the dry run has checked so far.' }) checkedRows!: number;
  @Field(() => Int) validRows!: number;
  @Field(() => Int, { description: 'Rows reported by the dry run (bad, duplicate or already there).' })
  issueCount!: number;
  @Field(() => Int, { description: 'Rows the import has worked through so far.' }) processedRows!: number;
  @Field(() => Int) createdCount!: number;
  @Field(() => Int) skippedCount!: number;
  @Field(() => String, { nullable: true }) failure!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) finishedAt!: Date | null;
  @Field(() => Int, { description: 'Valid rows that name no recruiter (counted by the dry run).' })
  unassignedRows!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Who gets the rows that name no recruiter: the person who ran the import.',
  })
  defaultRecruiterName!: string | null;
  @Field({
    description: 'Rows whose email is a candidate already update that candidate (else they are reported).',
  })
  updateExisting!: boolean;
  @Field(() => Int, { description: 'Existing candidates the import would change (counted by the dry run).' })
  updateRows!: number;
  @Field(() => Int, { description: 'Existing candidates the import changed.' }) updatedCount!: number;
}

export const CandidateImportConnection = ConnectionType(CandidateImport, 'CandidateImport');

@ObjectType({ description: 'The first rows of the file, as cells, to check a mapping against.' })
export class CandidateImportPreview {
  @Field(() => Int) line!: number;
  @Field(() => [String]) cells!: string[];
}

@ObjectType()
export class CandidateImportIssue {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: 'The line in the file (the header is line 1).' }) line!: number;
  @Field({ description: 'The candidate field at fault, or `row`.' }) field!: string;
  @Field({
    description:
      'missing_value, bad_email, too_long, duplicate_in_file, already_candidate, already_member, unknown_recruiter',
  })
  code!: string;
  @Field() message!: string;
}

export const CandidateImportIssueConnection = ConnectionType(CandidateImportIssue, 'CandidateImportIssue');

@InputType()
export class CreateCandidateImportInput {
  @RequiredTextField({ max: FIELD_LIMITS.candidateImportFileName })
  fileName!: string;

  @RequiredTextField(
    { max: MAX_INLINE_IMPORT_BYTES },
    { description: 'The CSV text, header row first (larger files: POST /candidate-imports).' },
  )
  csv!: string;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Invite the candidates once imported; off unless asked for.',
  })
  @IsOptional()
  @IsBoolean()
  invite?: boolean;
}

@InputType()
export class SetCandidateImportMappingInput {
  @IdField() id!: string;
  @VersionField() version!: number;
  @Field(() => CandidateColumnMappingInput)
  @ValidateNested()
  @Type(() => CandidateColumnMappingInput)
  mapping!: CandidateColumnMappingInput;

  @Field({
    nullable: true,
    defaultValue: false,
    description:
      'Update the candidates the file finds by email (the mapped fields only) instead of reporting them.',
  })
  @IsOptional()
  @IsBoolean()
  updateExisting?: boolean;
}

@InputType()
export class StartCandidateImportInput {
  @IdField() id!: string;
  @VersionField() version!: number;
}
