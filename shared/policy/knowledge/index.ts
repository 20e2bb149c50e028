// The default policy pack's knowledge base: every entry, grouped by theme.
import { ACCOUNT_ENTRIES } from './accounts';
import { BREACH_ENTRIES } from './breach';
import { CONDUCT_ENTRIES } from './conduct';
import { DEVICE_ENTRIES } from './devices';
import { EMAIL_ENTRIES } from './email';
import { ESIS_ENTRIES } from './esis';
import { MONITORING_ENTRIES } from './monitoring';
import { ORGANISATION_ENTRIES } from './organisation';
import { PASSWORD_ENTRIES } from './passwords';
import { PHOTO_ENTRIES } from './photos';
import { PRINCIPLE_ENTRIES } from './principles';
import { PROCESSOR_ENTRIES } from './processors';
import { RETENTION_ENTRIES } from './retention';
import { RIGHTS_ENTRIES } from './rights';
import { SHARING_ENTRIES } from './sharing';
import { SOCIAL_MEDIA_ENTRIES } from './social-media';
import type { KnowledgeEntry } from './types';
import { WORKPLACE_ENTRIES } from './workplace';

export const KNOWLEDGE_BASE: readonly KnowledgeEntry[] = [
  ...BREACH_ENTRIES,
  ...EMAIL_ENTRIES,
  ...SHARING_ENTRIES,
  ...PHOTO_ENTRIES,
  ...RIGHTS_ENTRIES,
  ...RETENTION_ENTRIES,
  ...PASSWORD_ENTRIES,
  ...WORKPLACE_ENTRIES,
  ...DEVICE_ENTRIES,
  ...ACCOUNT_ENTRIES,
  ...ESIS_ENTRIES,
  ...PROCESSOR_ENTRIES,
  ...PRINCIPLE_ENTRIES,
  ...ORGANISATION_ENTRIES,
  ...CONDUCT_ENTRIES,
  ...SOCIAL_MEDIA_ENTRIES,
  ...MONITORING_ENTRIES,
];
