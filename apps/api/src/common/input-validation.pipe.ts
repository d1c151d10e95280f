import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { malformedValueProblems } from './malformed-values.js';
import { BadUserInputError, FieldProblem } from './errors.js';

function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...fieldProblems(error.children ?? [], path)];
  });
}

/**
 * Every argument of every operation first: a string with a control character (NUL above all, which
 * PostgreSQL cannot store) or a broken character, or a date that is no date, is BAD_USER_INPUT naming
 * its field, never a database error.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments reach pipes as 'body' (the context and info as 'custom').
    if (metadata.type === 'body') {
      const problems = malformedValueProblems(value, metadata.data ?? '');
      if (problems.length) throw new BadUserInputError(problems);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Validates every input class (class-validator) and answers BAD_USER_INPUT naming each field.
 * Unknown properties are refused rather than silently dropped.
 */
export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  exceptionFactory: (errors) => new BadUserInputError(fieldProblems(errors, 'input')),
});
