// The fixed words of notifications, per language. Titles and bodies come from whoever wrote the
// event (an operator's incident title) and are not translated; dates and times are formatted for
// the reader's locale and time zone by luxon. A missing language falls back to English.

export interface Labels {
  plannedMaintenance: string;
  maintenanceUpdated: string;
  maintenanceCancelled: string;
  unplannedMaintenance: string;
  serviceIncident: string;
  serviceAdvisory: string;
  incidentUpdate: string;
  serviceRestored: string;
  postIncidentReport: string;
  actionNeeded: string;
  messageCenter: string;
  messageUpdated: string;
  actionRequiredBy: string;
  digest: string;
  sharedWithYou: string;
  yourAdmins: string;
  webhookPaused: string;
  slaClaim: string;
  ticketUpdated: string;
  ticketReply: string;
  hello: (name: string) => string;
  yourOrganization: string;
  affectedEnvironments: string;
  fields: Record<FieldKey, string>;
  open: string;
  why: (rule: string) => string;
  unsubscribe: string;
  preferences: string;
}

export type FieldKey =
  | 'status'
  | 'severity'
  | 'services'
  | 'regions'
  | 'impact'
  | 'durationMinutes'
  | 'userExperience'
  | 'startsAt'
  | 'endsAt'
  | 'workaround'
  | 'rootCause'
  | 'nextSteps'
  | 'actionRequiredBy'
  | 'releaseNotesUrl'
  | 'note';

const en: Labels = {
  plannedMaintenance: 'Planned maintenance',
  maintenanceUpdated: 'Planned maintenance updated',
  maintenanceCancelled: 'Maintenance cancelled',
  unplannedMaintenance: 'Unplanned Maintenance',
  serviceIncident: 'Service incident',
  serviceAdvisory: 'Service advisory',
  incidentUpdate: 'Incident update',
  serviceRestored: 'Service restored',
  postIncidentReport: 'Post-incident report',
  actionNeeded: 'Action needed',
  messageCenter: 'Message center',
  messageUpdated: 'Message updated',
  actionRequiredBy: 'Act by',
  digest: 'Your Message center digest',
  sharedWithYou: 'Shared with you',
  yourAdmins: 'Your administrators',
  webhookPaused: 'Webhook endpoint paused',
  slaClaim: 'Service credit claim',
  ticketUpdated: 'Support ticket updated',
  ticketReply: 'New reply on a support ticket',
  hello: (name) => `Hello ${name},`,
  yourOrganization: 'Your organization',
  affectedEnvironments: 'Affected environments',
  fields: {
    status: 'Status',
    severity: 'Severity',
    services: 'Services',
    regions: 'Regions',
    impact: 'Expected impact',
    durationMinutes: 'Estimated impact duration',
    userExperience: 'User experience',
    startsAt: 'Start',
    endsAt: 'End',
    workaround: 'Workaround',
    rootCause: 'Root cause',
    nextSteps: 'Next steps',
    actionRequiredBy: 'Act by',
    releaseNotesUrl: 'Release notes',
    note: 'Note',
  },
  open: 'Open in Herald',
  why: (rule) => `You receive this because of the notification rule “${rule}”.`,
  unsubscribe: 'Unsubscribe',
  preferences: 'Notification preferences',
};

const fr: Labels = {
  plannedMaintenance: 'Maintenance planifiée',
  maintenanceUpdated: 'Maintenance planifiée modifiée',
  maintenanceCancelled: 'Maintenance annulée',
  unplannedMaintenance: 'Maintenance non planifiée',
  serviceIncident: 'Incident de service',
  serviceAdvisory: 'Avis de service',
  incidentUpdate: 'Mise à jour de l’incident',
  serviceRestored: 'Service rétabli',
  postIncidentReport: 'Rapport post-incident',
  actionNeeded: 'Action requise',
  messageCenter: 'Centre de messages',
  messageUpdated: 'Message modifié',
  actionRequiredBy: 'À faire avant le',
  digest: 'Votre résumé du centre de messages',
  sharedWithYou: 'Partagé avec vous',
  yourAdmins: 'Vos administrateurs',
  webhookPaused: 'Point de terminaison webhook suspendu',
  slaClaim: 'Demande de crédit de service',
  ticketUpdated: 'Ticket de support mis à jour',
  ticketReply: 'Nouvelle réponse sur un ticket de support',
  hello: (name) => `Bonjour ${name},`,
  yourOrganization: 'Votre organisation',
  affectedEnvironments: 'Environnements concernés',
  fields: {
    status: 'État',
    severity: 'Gravité',
    services: 'Services',
    regions: 'Régions',
    impact: 'Impact attendu',
    durationMinutes: 'Durée estimée de l’impact',
    userExperience: 'Expérience utilisateur',
    startsAt: 'Début',
    endsAt: 'Fin',
    workaround: 'Solution de contournement',
    rootCause: 'Cause première',
    nextSteps: 'Prochaines étapes',
    actionRequiredBy: 'À faire avant le',
    releaseNotesUrl: 'Notes de version',
    note: 'Note',
  },
  open: 'Ouvrir dans Herald',
  why: (rule) => `Vous recevez ce message en raison de la règle de notification « ${rule} ».`,
  unsubscribe: 'Se désabonner',
  preferences: 'Préférences de notification',
};

const byLanguage: Record<string, Labels> = { en, fr };

export function labelsFor(locale: string): Labels {
  return byLanguage[locale.split('-')[0]!.toLowerCase()] ?? en;
}
