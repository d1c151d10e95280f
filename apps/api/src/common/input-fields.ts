import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

/** The version the client last read, sent back with an edit; a stale one answers CONFLICT. */
export const VersionField = () =>
  applyDecorators(
    Field(() => Int, { description: 'The version you last read; a stale one answers CONFLICT.' }),
    IsInt(),
    Min(1),
  );

/** An optional list of short labels (target roles, industries, locations). */
export const LabelListField = () =>
  applyDecorators(
    Field(() => [String], { nullable: true }),
    IsOptional(),
    IsString({ each: true }),
    MaxLength(80, { each: true, message: 'Keep each entry under 80 characters.' }),
    ArrayMaxSize(20, { message: 'Up to 20 entries.' }),
  );
