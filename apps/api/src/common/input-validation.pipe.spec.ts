import 'reflect-metadata';
import { InputType, registerEnumType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { FIELD_LIMITS } from '@rebound/domain';
import { BadUserInputError, type FieldProblem } from './errors.js';
import { inputValidationPipe } from './input-validation.pipe.js';
import {
  EmailField,
  EnumField,
  IdField,
  LabelListField,
  RequiredTextField,
  UrlField,
} from './dto/field.decorators.js';

enum Colour {
  RED = 'red',
}
registerEnumType(Colour, { name: 'PipeSpecColour' });

@InputType('PipeSpecInput')
class PipeSpecInput {
  @RequiredTextField({ max: 5 }) name!: string;
  @EmailField({ nullable: true }) email?: string;
  @UrlField({ nullable: true }) link?: string;
  @IdField({ nullable: true }) clientId?: string;
  @EnumField(Colour, { nullable: true }) colour?: Colour;
  @LabelListField() tags?: string[];
  @IsInt() @Min(1) @Max(10) rating!: number;
}

async function problems(value: Record<string, unknown>): Promise<FieldProblem[]> {
  try {
    await inputValidationPipe.transform(value, { type: 'body', metatype: PipeSpecInput, data: 'input' });
  } catch (error) {
    if (error instanceof BadUserInputError) return error.fields;
    throw error;
  }
  return [];
}

describe('inputValidationPipe', () => {
  it('answers each failed check as a problem code on the field, with the limit it was declared with', async () => {
    const found = await problems({
      name: 'far too long',
      email: 'not-an-email',
      link: 'ftp://example.com',
      clientId: '42',
      colour: 'blue',
      tags: Array.from({ length: 40 }, (_, i) => `t${i}`),
      rating: 11,
    });
    expect(found.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'input.name', code: 'TOO_LONG', params: { limit: 5 } },
      { path: 'input.email', code: 'INVALID_EMAIL', params: undefined },
      { path: 'input.link', code: 'INVALID_URL', params: undefined },
      { path: 'input.clientId', code: 'INVALID_ID', params: undefined },
      { path: 'input.colour', code: 'UNKNOWN_VALUE', params: undefined },
      { path: 'input.tags', code: 'TOO_MANY', params: { limit: FIELD_LIMITS.listEntries } },
      { path: 'input.rating', code: 'OUT_OF_RANGE', params: { max: 10 } },
    ]);
    // The API's own English, written once per code, for developers and logs.
    expect(found[0].message).toBe('Use at most 5 characters.');
  });

  it('says REQUIRED for empty text, and UNKNOWN_FIELD for a field the input does not take', async () => {
    const found = await problems({ name: '', rating: 0, extra: true });
    expect(found.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'input.extra', code: 'UNKNOWN_FIELD', params: undefined },
      { path: 'input.name', code: 'REQUIRED', params: undefined },
      { path: 'input.rating', code: 'OUT_OF_RANGE', params: { min: 1 } },
    ]);
  });

  it('lets valid input through', async () => {
    expect(await problems({ name: 'Ann', rating: 3, tags: ['a'] })).toEqual([]);
  });
});
