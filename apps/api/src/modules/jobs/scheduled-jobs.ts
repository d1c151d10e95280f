import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';
import { GhostingService } from '../applications/ghosting.service.js';
import { Clock } from './clock.js';
import { JobQueue } from './job-queue.js';

export const GHOSTING_CHECK = 'ghosting-check';
/** Hourly, a little after the hour: applications silent past the organization's limit become ghosted. */
export const GHOSTING_CHECK_CRON = '17 * * * *';

/** The worker's recurring jobs: scheduled in the queue (so one run happens however many workers there are). */
@Injectable()
export class ScheduledJobs implements OnApplicationBootstrap {
  constructor(
    private readonly queue: JobQueue,
    private readonly ghosting: GhostingService,
    private readonly clock: Clock,
    private readonly logger: PinoLogger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const boss = await this.queue.start();
    await boss.createQueue(GHOSTING_CHECK, { name: GHOSTING_CHECK, policy: 'singleton' });
    await boss.schedule(GHOSTING_CHECK, GHOSTING_CHECK_CRON);
    await boss.work(GHOSTING_CHECK, async () => {
      const ghosted = await this.ghosting.run(this.clock.now());
      this.logger.info({ ghosted }, 'ghosting check done');
    });
  }
}
