import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int, type FieldOptions } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { FIELD_LIMITS } from '@rebound/domain';

/*
 * The input fields every module writes, each as one decorator: the GraphQL field and its checks. A
 * failed check is answered as a problem code (REQUIRED, TOO_LONG…) by the validation pipe, which also
 * writes the API's English for it: no decorator carries words of its own.
 *
 * The checks are listed in the order class-validator runs them, which is the reverse of a stack of
 * decorators written one per line: with `stopAtFirstError` the first one to fail is the one answered.
 */

/** What the decorators below pass on to `@Field`. `nullable` also makes the field optional. */
export interface InputFieldOptions {
  nullable?: boolean;
  description?: string;
  defaultValue?: unknown;
}

/** The longest a text may be, in characters. */
export interface TextLimit {
  max: number;
}

const graphqlField = ({ nullable, ...rest }: InputFieldOptions): FieldOptions =>
  nullable ? { ...rest, nullable: true } : rest;

const optionalWhenNullable = (options: InputFieldOptions) => (options.nullable ? [IsOptional()] : []);

const maxLength = (limit: TextLimit | undefined) => (limit ? [MaxLength(limit.max)] : []);

/** Text that may be empty, up to a limit. With `nullable` it may also be left out. */
export const TextField = (limit: TextLimit, options: InputFieldOptions = {}) =>
  applyDecorators(
    Field(() => String, graphqlField(options)),
    ...optionalWhenNullable(options),
    ...maxLength(limit),
    IsString(),
  );

/**
 * Text that must not be empty (REQUIRED). With `nullable` it may be left out (an edit that keeps the
 * value), but not sent empty.
 */
export const RequiredTextField = (limit?: TextLimit, options: InputFieldOptions = {}) =>
  applyDecorators(
    Field(() => String, graphqlField(options)),
    ...optionalWhenNullable(options),
    ...maxLength(limit),
    IsNotEmpty(),
    IsString(),
  );

/** An email address (INVALID_EMAIL otherwise); `max` characters at the most when given. */
export const EmailField = (options: InputFieldOptions & { max?: number } = {}) => {
  const { max, ...field } = options;
  return applyDecorators(
    Field(() => String, graphqlField(field)),
    ...optionalWhenNullable(field),
    ...(max === undefined ? [] : [MaxLength(max)]),
    IsEmail(),
  );
};

/** A web link (http or https, the scheme written out; INVALID_URL otherwise). */
export const UrlField = (options: InputFieldOptions = {}) =>
  applyDecorators(
    Field(() => String, graphqlField(options)),
    ...optionalWhenNullable(options),
    MaxLength(FIELD_LIMITS.url),
    IsUrl({ protocols: ['http', 'https'], require_protocol: true }),
  );

/** The id of an existing record (INVALID_ID when it is not a UUID). */
export const IdField = (options: InputFieldOptions = {}) =>
  applyDecorators(
    Field(() => ID, graphqlField(options)),
    ...optionalWhenNullable(options),
    IsUUID('all'),
  );

/** Ids of existing records; how many is up to the field (`@ArrayMinSize`, `@ArrayMaxSize` beside it). */
export const IdListField = (options: InputFieldOptions = {}) =>
  applyDecorators(
    Field(() => [ID], graphqlField(options)),
    ...optionalWhenNullable(options),
    IsUUID('all', { each: true }),
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
    IsUUID('all'),
  );

interface EnumFieldOptions extends InputFieldOptions {
  /** The values accepted, when only some of the enum's are (by default all of them). */
  values?: readonly string[];
}

const enumField =
  (list: boolean) =>
  (enumType: Record<string, string>, options: EnumFieldOptions = {}) => {
    const { values = Object.values(enumType), ...field } = options;
    return applyDecorators(
      Field(() => (list ? [enumType] : enumType), graphqlField(field)),
      ...optionalWhenNullable(field),
      IsIn([...values], { each: list }),
    );
  };

/** A value of a registered GraphQL enum (UNKNOWN_VALUE otherwise). */
export const EnumField = enumField(false);

/** Several values of a registered GraphQL enum (a filter's), UNKNOWN_VALUE for one that is not. */
export const EnumListField = enumField(true);

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
    MaxLength(FIELD_LIMITS.listEntry, { each: true }),
    ArrayMaxSize(FIELD_LIMITS.listEntries),
  );
