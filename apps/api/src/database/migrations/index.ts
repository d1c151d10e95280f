import { Foundation1764050000000 } from './1764050000000-foundation.js';
import { Identity1764060000000 } from './1764060000000-identity.js';
import { Caseload1764070000000 } from './1764070000000-caseload.js';
import { Jobs1764080000000 } from './1764080000000-jobs.js';
import { Exercises1764090000000 } from './1764090000000-exercises.js';
import { Plans1764100000000 } from './1764100000000-plans.js';
import { Notifications1764110000000 } from './1764110000000-notifications.js';
import { Insights1764120000000 } from './1764120000000-insights.js';
import { Billing1764130000000 } from './1764130000000-billing.js';
import { DeletionRequests1764140000000 } from './1764140000000-deletion-requests.js';
import { Agency1764160000000 } from './1764160000000-agency.js';
import { CaseloadReads1764170000000 } from './1764170000000-caseload-reads.js';
import { OpenRequest1764180000000 } from './1764180000000-open-request.js';
import { RejectionFromEmail1765000000000 } from './1765000000000-rejection-from-email.js';
import { Employers1765100000000 } from './1765100000000-employers.js';
import { ImportOwners1765100000001 } from './1765100000001-import-owners.js';
import { CoachLoops1765200000000 } from './1765200000000-coach-loops.js';
import { SignUpRequests1765350000000 } from './1765350000000-sign-up-requests.js';
import { InboundEmail1765400000000 } from './1765400000000-inbound-email.js';
import { TriageNextDay1765500000000 } from './1765500000000-triage-next-day.js';
import { DistributableBilling1765500000001 } from './1765500000001-distributable-billing.js';
import { AuditLog1765600000000 } from './1765600000000-audit-log.js';
import { TwoFactor1765610000000 } from './1765610000000-two-factor.js';
import { ImportStaging1765640000000 } from './1765640000000-import-staging.js';

/** Every migration in order; listed explicitly so that no glob decides what runs. */
export const MIGRATIONS = [
  Foundation1764050000000,
  Identity1764060000000,
  Caseload1764070000000,
  Jobs1764080000000,
  Exercises1764090000000,
  Plans1764100000000,
  Notifications1764110000000,
  Insights1764120000000,
  Billing1764130000000,
  DeletionRequests1764140000000,
  Agency1764160000000,
  CaseloadReads1764170000000,
  OpenRequest1764180000000,
  RejectionFromEmail1765000000000,
  Employers1765100000000,
  ImportOwners1765100000001,
  CoachLoops1765200000000,
  SignUpRequests1765350000000,
  InboundEmail1765400000000,
  TriageNextDay1765500000000,
  DistributableBilling1765500000001,
  AuditLog1765600000000,
  TwoFactor1765610000000,
  ImportStaging1765640000000,
];
