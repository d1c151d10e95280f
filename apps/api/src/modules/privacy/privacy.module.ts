import { Module } from '@nestjs/common';
import { CaseloadModule } from '../caseload/caseload.module.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [CaseloadModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
