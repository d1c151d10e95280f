import { Module } from '@nestjs/common';
import { ClientsModule } from '../clients/clients.module.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

@Module({
  imports: [ClientsModule],
  providers: [PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
