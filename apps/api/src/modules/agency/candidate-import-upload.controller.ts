import {
  Catch,
  Controller,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { COACHING_ROLES, MAX_IMPORT_BYTES } from '@rebound/domain';
import { Roles } from '../../common/access.decorators.js';
import { HTTP_REQUEST_CONTEXT } from '../../common/access.guard.js';
import { AppError } from '../../common/errors.js';
import { serviceContext, type GraphQLContext } from '../../common/request-context.js';
import { CandidateImportService } from './candidate-import.service.js';
import { FileTooLargeError } from './candidate-import.staging.js';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  PAYMENT_REQUIRED: 402,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Answers a refused or failed upload (the access guard's refusals included) as GraphQL errors are
 * shaped, after rolling back whatever the request wrote.
 */
@Catch()
export class CandidateImportUploadErrors implements ExceptionFilter {
  async catch(error: unknown, host: ArgumentsHost): Promise<void> {
    const req = host.switchToHttp().getRequest<Request & { [HTTP_REQUEST_CONTEXT]?: GraphQLContext }>();
    const res = host.switchToHttp().getResponse<Response>();
    await req[HTTP_REQUEST_CONTEXT]?.db.finish(false).catch(() => undefined);
    const known = error instanceof AppError ? error : null;
    if (!known) req.log?.error({ err: error }, 'candidate import upload failed');
    const code = String(known?.extensions.code ?? 'INTERNAL_SERVER_ERROR');
    const status = error instanceof FileTooLargeError ? 413 : (HTTP_STATUS[code] ?? 500);
    const { http: _http, ...extensions } = known?.extensions ?? { code };
    // What is left of the body is not read: the connection closes once the answer is out.
    if (!req.complete) res.setHeader('connection', 'close');
    res.status(status).json({ errors: [{ message: known?.message ?? 'Something went wrong.', extensions }] });
  }
}

/**
 * `POST /candidate-imports?fileName=…&invite=true`: a candidate CSV as the raw request body
 * (`content-type: text/csv`), stored row by row as it streams in, so a 100,000-row file never sits in
 * memory. Answers `{ data: { id } }` (201), or `{ errors: [...] }` shaped as GraphQL errors are (code,
 * field problems under `file`); a body over the limit is refused from its Content-Length, or the moment
 * the limit has streamed in (413), without reading the rest.
 */
@Controller('candidate-imports')
@UseFilters(CandidateImportUploadErrors)
export class CandidateImportUploadController {
  constructor(private readonly imports: CandidateImportService) {}

  @Roles(...COACHING_ROLES)
  @Post()
  async upload(
    @Req() req: Request & { [HTTP_REQUEST_CONTEXT]?: GraphQLContext },
    @Res() res: Response,
    @Query('fileName') fileName: string | undefined,
    @Query('invite') invite: string | undefined,
  ): Promise<void> {
    const ctx = req[HTTP_REQUEST_CONTEXT]!;
    if (Number(req.header('content-length')) > MAX_IMPORT_BYTES) throw new FileTooLargeError('file');
    const created = await this.imports.upload(
      serviceContext(ctx),
      { fileName: fileName ?? '', invite: invite === 'true' },
      req,
      'file',
    );
    await ctx.db.finish(true);
    res.status(201).json({ data: { id: created.id } });
  }
}
