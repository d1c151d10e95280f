import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import type { INPUT_PROBLEMS, ProblemParams } from '@rebound/domain';
import { malformedValueProblems } from './malformed-values.js';
import { BadUserInputError, FieldProblem } from './errors.js';
import { inputProblemMessage } from './input-problem-messages.js';

type InputProblem = (typeof INPUT_PROBLEMS)[number];

/** class-validator's check names, as the problem codes clients know, with the limit they carry. */
const CHECKS: Record<string, { code: InputProblem; param?: string }> = {
  isNotEmpty: { code: 'REQUIRED' },
  isDefined: { code: 'REQUIRED' },
  arrayNotEmpty: { code: 'REQUIRED' },
  maxLength: { code: 'TOO_LONG', param: 'limit' },
  arrayMaxSize: { code: 'TOO_MANY', param: 'limit' },
  arrayMinSize: { code: 'TOO_FEW', param: 'limit' },
  min: { code: 'OUT_OF_RANGE', param: 'min' },
  max: { code: 'OUT_OF_RANGE', param: 'max' },
  isEmail: { code: 'INVALID_EMAIL' },
  isUrl: { code: 'INVALID_URL' },
  isUuid: { code: 'INVALID_ID' },
  isIn: { code: 'UNKNOWN_VALUE' },
  isEnum: { code: 'UNKNOWN_VALUE' },
  isDateString: { code: 'INVALID_DATE' },
  isISO8601: { code: 'INVALID_DATE' },
  isDate: { code: 'INVALID_DATE' },
  isDateOnly: { code: 'INVALID_DATE' },
  isInt: { code: 'WRONG_TYPE' },
  whitelistValidation: { code: 'UNKNOWN_FIELD' },
};

/** The number a check was declared with (`@MaxLength(160)` → 160), read from class-validator's metadata. */
function declaredLimit(error: ValidationError, check: string): number | undefined {
  const target = error.target?.constructor;
  if (!target) return undefined;
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((entry) => entry.propertyName === error.property && entry.name === check);
  const limit = metadata?.constraints?.[0];
  return typeof limit === 'number' ? limit : undefined;
}

function problemOf(error: ValidationError, path: string, check: string): FieldProblem {
  const known = CHECKS[check] ?? { code: 'WRONG_TYPE' as const };
  const limit = known.param ? declaredLimit(error, check) : undefined;
  const params: ProblemParams | undefined = limit === undefined ? undefined : { [known.param!]: limit };
  return {
    path,
    code: known.code,
    message: inputProblemMessage(known.code, params),
    ...(params ? { params } : {}),
  };
}

function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.keys(error.constraints ?? {}).map((check) => problemOf(error, path, check));
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
 * Validates every input class (class-validator) and answers BAD_USER_INPUT naming each field with a
 * problem code. Unknown properties are refused rather than silently dropped.
 */
export const inputValidationPipe = new InputValidationPipe({
  transform: true,
  whitelist: true,
  forbidNonWhitelisted: true,
  stopAtFirstError: true,
  // The target (the input object a check failed on) tells `declaredLimit` which class's checks to read;
  // the errors themselves never leave the API, only the problems made from them.
  validationError: { target: true, value: false },
  exceptionFactory: (errors) => new BadUserInputError(fieldProblems(errors, 'input')),
});
