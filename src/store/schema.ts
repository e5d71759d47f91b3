// The whole database as Kysely sees it: each feature declares its tables in ./tables/, and its
// migration in ./migrations/. See tables/foundation.ts for the conventions all of them follow.
import type { BrandingTables } from './tables/branding.js';
import type { FoundationTables } from './tables/foundation.js';
import type { HiddenServiceTables } from './tables/hiddenServices.js';
import type { IdentityTables } from './tables/identity.js';
import type { MemberTables } from './tables/members.js';
import type { MessageTables } from './tables/messages.js';
import type { NotificationTables } from './tables/notifications.js';
import type { PeriodicJobTables } from './tables/periodicJobs.js';
import type { SubscriberTables } from './tables/subscribers.js';
import type { ProductTeamTables } from './tables/productTeams.js';
import type { ServiceHealthTables } from './tables/serviceHealth.js';
import type { TicketConversationTables } from './tables/ticketConversations.js';
import type { TranslationTables } from './tables/translations.js';
import type { UpdatesTables } from './tables/updates.js';
import type { ReleaseTrainTables } from './tables/releaseTrain.js';

export type * from './tables/branding.js';
export type * from './tables/foundation.js';
export type * from './tables/identity.js';
export type * from './tables/members.js';
export type * from './tables/messages.js';
export type * from './tables/notifications.js';
export type * from './tables/periodicJobs.js';
export type * from './tables/productTeams.js';
export type * from './tables/serviceHealth.js';
export type * from './tables/subscribers.js';
export type * from './tables/ticketConversations.js';
export type * from './tables/translations.js';
export type * from './tables/updates.js';
export type * from './tables/releaseTrain.js';

export interface DB
  extends
    FoundationTables,
    NotificationTables,
    ServiceHealthTables,
    UpdatesTables,
    MessageTables,
    PeriodicJobTables,
    IdentityTables,
    TicketConversationTables,
    SubscriberTables,
    BrandingTables,
    ReleaseTrainTables,
    HiddenServiceTables,
    MemberTables,
    ProductTeamTables,
    TranslationTables {}
