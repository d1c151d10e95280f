import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../common/access.decorators.js';

/** Readiness gives up on a database that does not answer within this time. */
const READINESS_TIMEOUT_MS = 2_000;

type Readiness = { status: 'ok' | 'error'; database: 'ok' | 'unreachable' };

/**
 * Liveness (`/health/live`): the process runs and serves HTTP; it stays 200 while the database is away,
 * so an orchestrator does not restart a process that will recover by itself. Readiness
 * (`/health/ready`, and `/health`): the database answers too; while it does not, traffic goes elsewhere.
 */
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get('live')
  @HttpCode(HttpStatus.OK)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Public()
  @Get(['', 'ready'])
  async ready(@Res({ passthrough: true }) res: Response): Promise<Readiness> {
    if (await this.databaseAnswers()) return { status: 'ok', database: 'ok' };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'error', database: 'unreachable' };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
