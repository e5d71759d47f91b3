// The shapes of Herald's API as the console reads them: the Static types of the TypeBox schemas the
// server validates and serialises with (src/shared/contracts, also /openapi.json). A field renamed
// or removed on the server fails the console's type check here or where a screen uses it.
import type { Static } from 'typebox';
import type * as Directory from '../../shared/contracts/directory';
import type * as Health from '../../shared/contracts/serviceHealth';
import type * as Templates from '../../shared/contracts/incidentTemplates';
import type * as Messages from '../../shared/contracts/messages';
import type * as Notifications from '../../shared/contracts/notifications';
import type * as Session from '../../shared/contracts/session';
import type * as Identity from '../../shared/contracts/identity';
import type * as ReleaseTrain from '../../shared/contracts/releaseTrain';
import type * as Rehearsal from '../../shared/contracts/rehearsal';
import type * as Teams from '../../shared/contracts/teams';
import type * as Updates from '../../shared/contracts/updates';
import type { IncidentStatus } from '../../shared/incidents';
import type { TicketStatus } from '../../shared/tickets';
import type { MaintenanceState, RolloutState, TargetState } from '../../shared/updates';
import type { WebhookFormat } from '../../shared/notifications';

export type { IncidentStatus, MaintenanceState, RolloutState, TargetState, TicketStatus, WebhookFormat };

/** `{ items, total }`: one page of a list (pageSchema on the server). */
export interface Page<T> {
  items: T[];
  total: number;
}

type ItemOf<T> = T extends readonly (infer I)[] ? I : never;

export type Category = Static<typeof Directory.CategorySchema>;
export type Tenant = Static<typeof Directory.TenantSchema>;
export type Environment = Static<typeof Directory.EnvironmentSchema>;
export type Role = Static<typeof Directory.RoleAssignmentSchema>;
export type Person = Static<typeof Directory.PersonSchema>;
export type Recipient = Static<typeof Directory.RecipientSchema>;
export type Region = Static<typeof Directory.RegionSchema>;
export type Station = Static<typeof Directory.StationSchema>;
export type Service = Static<typeof Directory.ServiceSchema>;
export type AuditEntry = Static<typeof Directory.AuditEntrySchema>;
export type EnvironmentAdmins = Static<typeof Directory.EnvironmentAdminsSchema>;
export type ApiToken = Static<typeof Directory.ApiTokenSchema>;

/** A place where the person is signed in (GET /api/me/sessions). */
export type SessionInfo = Static<typeof Session.SessionInfoSchema>;

export type IncidentPost = Static<typeof Health.PostSchema>;
export type IncidentTemplate = Static<typeof Templates.IncidentTemplateSchema>;
export type Incident = Static<typeof Health.IncidentSchema>;
export type HealthOverview = Static<typeof Health.HealthOverviewSchema>;
export type IncidentReport = Static<typeof Health.ReportSchema>;
export type ReportState = IncidentReport['state'];
export type Ticket = Static<typeof Health.TicketSchema>;
export type TicketAttachment = Static<typeof Health.TicketAttachmentSchema>;
/** GET /api/tickets/{id}: the ticket page. */
export type TicketDetail = Static<typeof Health.TicketDetailSchema>;
export type ServiceUptime = Static<typeof Health.UptimeSchema>;
export type SlaClaim = Static<typeof Health.ClaimSchema>;

export type MessageAudience = Static<typeof Messages.AudienceSchema>;
/** A post as its reader sees it, with their own marks. */
export type ReaderMessage = Static<typeof Messages.MessageSchema>;
/** A post as operators manage it. */
export type OperatorMessage = Static<typeof Messages.OperatorMessageSchema>;
export type MessageCategory = ReaderMessage['category'];

export type Maintenance = Static<typeof Updates.MaintenanceSchema>;
export type TimedWindow = Static<typeof Updates.WindowSchema>;
export type RegionWindowsList = Static<typeof Updates.RegionWindowsSchema>;
export type Release = Static<typeof Updates.ReleaseSchema>;
export type Rollout = Static<typeof Updates.RolloutSchema>;
export type EnvironmentUpdates = Static<typeof Updates.EnvironmentUpdatesSchema>;
export type EnvironmentFeature = Static<typeof Updates.EnvironmentFeatureSchema>;

export type Preference = ItemOf<Static<typeof Notifications.PreferencesSchema>['preferences']>;
export type InAppNotification = ItemOf<Static<typeof Notifications.InboxSchema>['items']>;
/** An endpoint; `secret` only in the answer that created it (or rotated its secret). */
export type Webhook = Static<typeof Notifications.WebhookSchema> & { secret?: string };
export type EventRecord = Static<typeof Notifications.EventSchema>;
export type DeliveryRecord = Static<typeof Notifications.DeliverySchema>;
/** GET /api/tenants/{tenantId}/sent-mail: one email sent to one of the tenant's people. */
export type TenantMail = Static<typeof Notifications.TenantMailSchema>;
export type SentMail = Static<typeof Notifications.SentMailSchema>;

export type Me = Session.Me;
export type SessionResponse = Static<typeof Session.SessionSchema>;
export type Inbox = Static<typeof Notifications.InboxSchema>;
export type PushSubscriptionView = Static<typeof Notifications.PushSubscriptionSchema>;
export type IdentityProvider = Static<typeof Identity.ProviderSchema>;
export type GroupRule = Static<typeof Identity.GroupRuleSchema>;
export type ScimToken = Static<typeof Identity.ScimTokenSchema>;
export type DirectoryMember = Static<typeof Identity.MemberSchema>;
export type PrivacyReader = Static<typeof Messages.PrivacyReaderSchema>;
export type MessageAudiencePreview = Static<typeof Messages.AudiencePreviewSchema>;
export type Branding = Static<typeof Health.BrandingSchema>;
export type ProductTeam = Static<typeof Teams.TeamSchema>;
export type TeamPage = Static<typeof Teams.PageSchema>;
export type Train = Static<typeof ReleaseTrain.TrainSchema>;
export type TrainWeek = Static<typeof ReleaseTrain.TrainWeekSchema>;
export type MaintenanceAudience = Static<typeof Updates.MaintenanceAudienceSchema>;

// Members (end users): GET /api/me/environments.
export type MemberEnvironment = Static<typeof Directory.MemberEnvironmentSchema>;

// Rehearsal: POST /api/rehearsals.
export type RehearsalTimeline = Static<typeof Rehearsal.RehearsalTimelineSchema>;
export type RehearsalEntry = RehearsalTimeline['entries'][number];
export type RehearsalShows = Static<typeof Rehearsal.RehearsalShowsSchema>;
export type ShownIssue = Static<typeof Rehearsal.ShownIssueSchema>;

// Translations of posts (operators): GET/PUT /api/messages/{id}/translations, /api/incidents/{id}/translations.
export type MessageTranslation = Static<typeof Messages.MessageTranslationSchema>;
export type MessageTranslations = Static<typeof Messages.MessageTranslationsSchema>;
export type IncidentTranslation = Static<typeof Health.IncidentTranslationSchema>;
export type IncidentTranslations = Static<typeof Health.IncidentTranslationsSchema>;
