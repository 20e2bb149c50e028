// The incident's card in the ICT channel: what happened, to whose data, the time left until the
// AP deadline, status and assignee, and the actions the status allows (Action.Execute verbs).
import {
  INCIDENT_AP_DRAFT_VERB,
  INCIDENT_AP_FOLLOW_UP_VERB,
  INCIDENT_DELETION_REQUEST_VERB,
  INCIDENT_REFRESH_VERB,
} from '../incidents/action-verbs';
import type { IncidentCardView } from '../incidents/incident-view';
import { assessmentElements, breachDecisionAction } from './breach-assessment-elements';
import type { AuthorityView } from '../incidents/authorities';
import type { StatusVerb } from '../incidents/incident-actions';
import { DECISION_INPUTS, INCIDENT_VERB_PREFIX } from '../incidents/parse-action';
import {
  execute,
  facts,
  heading,
  incidentAdaptiveCard,
  textRuns,
  type ExecuteAction,
  type IncidentAdaptiveCard,
  type IncidentCardAction,
  type IncidentElement,
  type Language,
} from './incident-card-elements';

const INCIDENT_INFORM_AUTHORITY_VERB = `${INCIDENT_VERB_PREFIX}informAuthority`;

const TEXT = {
  nl: {
    kind: 'Soort',
    data: 'Gegevens',
    whose: 'Van wie',
    people: 'Aantal personen (schatting)',
    encrypted: 'Versleuteld',
    occurred: 'Voorval',
    discovered: 'Ontdekt',
    deadline: 'Deadline AP',
    timeLeft: 'Tijd over',
    status: 'Status',
    reporter: 'Melder',
    assignee: 'Behandelaar',
    nobody: 'nog niemand',
    apReference: 'AP-kenmerk',
    measuresTaken: 'Al gedaan door melder',
    decision: 'Toelichting',
    take: 'Oppakken',
    notifiable: 'Gemeld bij AP',
    notNotifiable: 'Niet meldplichtig',
    subjects: 'Besluit betrokkenen',
    close: 'Afsluiten',
    apDraft: 'Concept AP-melding',
    save: 'Vastleggen',
    apNotifiedDate: 'Datum melding AP',
    apNotifiedTime: 'Tijdstip melding AP',
    reason: 'Waarom hoeft de AP het niet te weten?',
    informed: 'Worden de betrokkenen geïnformeerd?',
    yes: 'Ja',
    no: 'Nee',
    explanation: 'Hoe en wanneer, of waarom niet?',
    measures: 'Welke maatregelen zijn genomen?',
    required: 'Verplicht',
    lateReason: 'Na de deadline gemeld? Reden van de vertraging',
    lateReasonFact: 'Reden late melding',
    apFollowUp: 'Concept vervolgmelding',
    deletionRequest: 'Verzoek aan ontvanger',
    authorities: 'Ook informeren',
    because: 'vanwege',
    informedBy: (at: string, name: string) => `geïnformeerd op ${at} door ${name}`,
    notYet: 'nog niet vastgelegd',
    markInformed: (name: string) => `Geïnformeerd: ${name}`,
  },
  en: {
    kind: 'Kind',
    data: 'Data',
    whose: 'Whose',
    people: 'People (estimate)',
    encrypted: 'Encrypted',
    occurred: 'Happened',
    discovered: 'Discovered',
    deadline: 'AP deadline',
    timeLeft: 'Time left',
    status: 'Status',
    reporter: 'Reporter',
    assignee: 'Assignee',
    nobody: 'nobody yet',
    apReference: 'AP reference',
    measuresTaken: 'Already done by reporter',
    decision: 'Explanation',
    take: 'Take on',
    notifiable: 'Notified to AP',
    notNotifiable: 'Not notifiable',
    subjects: 'Decide on people concerned',
    close: 'Close',
    apDraft: 'Draft AP notification',
    save: 'Record',
    apNotifiedDate: 'Date of AP notification',
    apNotifiedTime: 'Time of AP notification',
    reason: 'Why need the AP not be told?',
    informed: 'Are the people concerned informed?',
    yes: 'Yes',
    no: 'No',
    explanation: 'How and when, or why not?',
    measures: 'Which measures were taken?',
    required: 'Required',
    lateReason: 'Notified after the deadline? Reason for the delay',
    lateReasonFact: 'Reason for late notice',
    apFollowUp: 'Draft follow-up notice',
    deletionRequest: 'Request to recipient',
    authorities: 'Also inform',
    because: 'because of',
    informedBy: (at: string, name: string) => `informed on ${at} by ${name}`,
    notYet: 'not recorded yet',
    markInformed: (name: string) => `Informed: ${name}`,
  },
};

export interface IncidentCardOptions {
  language: Language;
  /** False for someone outside the ICT domain (their refreshed view): no buttons. */
  canAct: boolean;
  /** MRIs (29:…) of ICT members whose view Teams refreshes automatically; at most 60. */
  refreshUserIds?: string[];
}

export function buildIncidentCard(
  view: IncidentCardView,
  options: IncidentCardOptions,
): IncidentAdaptiveCard {
  const text = TEXT[options.language];
  const lang = options.language;
  const body: IncidentElement[] = [
    heading(`${view.number} · ${view.statusLabel[lang]}`),
    textRuns(view.summary),
    ...facts([
      [text.kind, view.kind[lang]],
      [text.data, view.dataKinds.map((item) => item[lang]).join(', ')],
      [text.whose, view.subjectGroups.map((item) => item[lang]).join(', ')],
      [text.people, String(view.affectedCount)],
      [text.encrypted, view.encrypted[lang]],
      [text.occurred, view.occurredAt[lang]],
      [text.discovered, view.discoveredAt[lang]],
      [text.reporter, view.reporterName],
      [text.assignee, view.assigneeName ?? text.nobody],
    ]),
  ];
  if (view.measuresTaken !== '') body.push(...facts([[text.measuresTaken, view.measuresTaken]]));
  if (view.apReference) body.push(...facts([[text.apReference, view.apReference]]));
  if (view.lateReason) body.push(...facts([[text.lateReasonFact, view.lateReason]]));
  if (view.decisionText) body.push(...facts([[text.decision, view.decisionText]]));
  // The privacy officer's reasoning is for those who handle breaches, not for every viewer.
  if (options.canAct && view.assessment) body.push(...assessmentElements(view.assessment, lang));
  if (options.canAct && view.authorities)
    body.push(authoritiesContainer(view.authorities, view.incidentId, view.status, lang));
  if (!view.hasApDecision)
    body.push({
      type: 'Container',
      style: view.isOverdue ? 'attention' : 'warning',
      items: facts([
        [text.deadline, view.deadline[lang]],
        [text.timeLeft, view.timeLeft[lang]],
      ]),
    });

  const data = { incidentId: view.incidentId };
  const actions: IncidentCardAction[] = options.canAct
    ? view.verbs.map((verb) => actionFor(verb, data, options.language))
    : [];
  if (options.canAct && view.assessment && view.status !== 'closed')
    actions.push(breachDecisionAction(view.assessment, view.incidentId, lang));
  if (options.canAct && view.status !== 'new')
    actions.push(execute(text.apDraft, INCIDENT_AP_DRAFT_VERB, data));
  if (options.canAct && view.apReference)
    actions.push(execute(text.apFollowUp, INCIDENT_AP_FOLLOW_UP_VERB, data));
  if (options.canAct && view.isWrongRecipient)
    actions.push(execute(text.deletionRequest, INCIDENT_DELETION_REQUEST_VERB, data));
  const card = incidentAdaptiveCard(lang, body, actions);
  const refresh: ExecuteAction = {
    type: 'Action.Execute',
    title: 'refresh',
    verb: INCIDENT_REFRESH_VERB,
    data,
  };
  return {
    ...card,
    refresh: options.refreshUserIds
      ? { action: refresh, userIds: options.refreshUserIds.slice(0, 60) }
      : { action: refresh },
  };
}

function actionFor(
  verb: StatusVerb,
  data: { incidentId: string },
  language: Language,
): IncidentCardAction {
  const text = TEXT[language];
  const submit = (title: string) => execute(title, INCIDENT_VERB_PREFIX + verb, data, 'positive');
  const required = { isRequired: true, errorMessage: text.required };
  switch (verb) {
    case 'take':
      return execute(text.take, INCIDENT_VERB_PREFIX + verb, data);
    case 'decideNotifiable':
      return {
        type: 'Action.ShowCard',
        title: text.notifiable,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: DECISION_INPUTS.apReference,
              label: text.apReference,
              maxLength: 100,
              ...required,
            },
            {
              type: 'Input.Date',
              id: DECISION_INPUTS.apNotifiedDate,
              label: text.apNotifiedDate,
              ...required,
            },
            {
              type: 'Input.Time',
              id: DECISION_INPUTS.apNotifiedTime,
              label: text.apNotifiedTime,
              ...required,
            },
            // GDPR art. 33(1): a late notice states why; the domain refuses one without it.
            {
              type: 'Input.Text',
              id: DECISION_INPUTS.lateReason,
              label: text.lateReason,
              isMultiline: true,
              maxLength: 1000,
            },
          ],
          actions: [submit(text.save)],
        },
      };
    case 'decideNotNotifiable':
      return {
        type: 'Action.ShowCard',
        title: text.notNotifiable,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: DECISION_INPUTS.reason,
              label: text.reason,
              isMultiline: true,
              maxLength: 1000,
              ...required,
            },
          ],
          actions: [submit(text.save)],
        },
      };
    case 'decideSubjects':
      return {
        type: 'Action.ShowCard',
        title: text.subjects,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.ChoiceSet',
              id: DECISION_INPUTS.informed,
              label: text.informed,
              style: 'expanded',
              choices: [
                { title: text.yes, value: 'yes' },
                { title: text.no, value: 'no' },
              ],
              ...required,
            },
            {
              type: 'Input.Text',
              id: DECISION_INPUTS.explanation,
              label: text.explanation,
              isMultiline: true,
              maxLength: 1000,
              ...required,
            },
          ],
          actions: [submit(text.save)],
        },
      };
    case 'close':
      return {
        type: 'Action.ShowCard',
        title: text.close,
        card: {
          type: 'AdaptiveCard',
          body: [
            {
              type: 'Input.Text',
              id: DECISION_INPUTS.measures,
              label: text.measures,
              isMultiline: true,
              maxLength: 1000,
              ...required,
            },
          ],
          actions: [submit(text.close)],
        },
      };
  }
}

/** The other authorities that apply, whether each was informed, and a button for those not yet. */
function authoritiesContainer(
  authorities: readonly AuthorityView[],
  incidentId: string,
  status: IncidentCardView['status'],
  language: Language,
): IncidentElement {
  const text = TEXT[language];
  const open = authorities.filter((authority) => !authority.informed);
  const items: IncidentElement[] = [
    textRuns(text.authorities, { weight: 'Bolder' }),
    ...facts(
      authorities.map((authority): [string, string] => [
        authority.name[language],
        [
          `${text.because} ${authority.because[language]}`,
          authority.informed
            ? text.informedBy(authority.informed.at[language], authority.informed.byName)
            : text.notYet,
          ...(authority.how ? [authority.how] : []),
        ].join('; '),
      ]),
    ),
  ];
  if (open.length > 0 && status !== 'closed')
    items.push({
      type: 'ActionSet',
      actions: open.map((authority) =>
        execute(text.markInformed(authority.name[language]), INCIDENT_INFORM_AUTHORITY_VERB, {
          incidentId,
          [DECISION_INPUTS.authorityId]: authority.id,
        }),
      ),
    });
  return { type: 'Container', style: 'emphasis', items };
}
