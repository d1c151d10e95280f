import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';

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

/**
 * An id the caller picks for a new record (a web form makes one when it renders). Sending the same
 * create twice, after a timeout or a double click, then returns the first record instead of a copy.
 */
export const ClientGeneratedIdField = () =>
  applyDecorators(
    Field(() => ID, {
      nullable: true,
      description: 'Optional id chosen by the caller: a retry with it creates nothing new.',
    }),
    IsOptional(),
    IsUUID('all', { message: 'Use a UUID.' }),
  );
