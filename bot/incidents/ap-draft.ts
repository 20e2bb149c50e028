// A draft of the answers for the AP's "Meldformulier datalekken", from the register entry, for the
// privacy officer to check and paste. The sections follow the form's order (notes §5); what the
// register cannot know is marked to fill in, never guessed. Every answer says where it came from:
// recorded by a person, derived by Privacywacht (register or assessment), or missing. Also the
// follow-up notice (vervolgmelding): GDPR art. 33(4) lets information follow in phases.
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import type { BreachDecision } from './breach-decision';
import { isLateNotification } from '../../shared/incidents/deadline';
import type { Incident } from './incident';
import { neutraliseUserText } from './neutralise-text';
import { DATA_KIND_LABELS, ENCRYPTION_LABELS, SUBJECT_GROUP_LABELS } from './labels';
import type { DataKind, IncidentKind } from './report';
import type { ApDraft, ApDraftAnswer } from '../../shared/incidents/ap-draft-marks';
import { assessSeverity, SEVERITY_LEVEL_LABELS } from './severity';

export const TO_FILL_IN = '[in te vullen]';

interface ApDraftOptions {
  /** The register's latest breach decision: its assessment words the consequences. */
  decision?: BreachDecision;
  /** Now, to see that a notice not yet made is already late. */
  now?: Date;
}

const recorded = (question: string, answer: string): ApDraftAnswer => ({
  question,
  answer,
  mark: 'recorded',
});
const derived = (question: string, answer: string): ApDraftAnswer => ({
  question,
  answer,
  mark: 'derived',
});
const missing = (question: string, hint?: string): ApDraftAnswer => ({
  question,
  answer: hint ? `${TO_FILL_IN} (${hint})` : TO_FILL_IN,
  mark: 'missing',
});
/** A person's text when there is some, else missing. */
const recordedOrMissing = (question: string, text: string | undefined, hint?: string) =>
  text && text.trim() !== '' ? recorded(question, text) : missing(question, hint);

const NATURE: Record<IncidentKind, string> = {
  'lost-device':
    'Verlies van een apparaat; anderen kunnen de gegevens mogelijk inzien of kopiëren.',
  'stolen-device': 'Diefstal van een apparaat; de gegevens kunnen zijn ingezien of gekopieerd.',
  'paper-lost': 'Verlies van papieren stukken; anderen kunnen de gegevens mogelijk inzien.',
  'wrong-recipient': 'Gegevens zijn per e-mail naar een verkeerde ontvanger gestuurd (inzage).',
  'hacked-account':
    'Een account is door een onbevoegde gebruikt; gegevens kunnen zijn ingezien, gekopieerd of gewijzigd.',
  'unauthorised-access': 'Onbevoegden hadden toegang tot gegevens (inzage).',
  other: 'Anders, zie de omschrijving.',
};

const AP_DATA_KINDS: Record<DataKind, string> = {
  'names-addresses': 'NAW-gegevens',
  bsn: 'Burgerservicenummer (BSN)',
  'special-categories': 'Bijzondere persoonsgegevens (gezondheid)',
  'pupil-file': 'Leerlingdossier (leerlingvolg- en begeleidingsgegevens)',
  results: 'Studieresultaten',
  photos: "Foto's of video's",
  passwords: 'Toegangs- of identificatiegegevens (wachtwoorden)',
  other: 'Overige gegevens, zie de omschrijving',
};

/** Kinds that make harm likely (the AP's own examples: medical files, identifiers). */
const SENSITIVE_KINDS: readonly DataKind[] = ['bsn', 'special-categories', 'pupil-file'];

function sensitiveKinds(incident: Incident): string[] {
  return incident.dataKinds
    .filter((kind) => SENSITIVE_KINDS.includes(kind))
    .map((kind) => DATA_KIND_LABELS[kind].nl.toLowerCase());
}

/** The assessment's words for the consequences, when the privacy officer recorded one. */
function consequences(
  incident: Incident,
  decision: BreachDecision | undefined,
  sensitive: string[],
): ApDraftAnswer {
  const question = 'Welke gevolgen kan het lek hebben voor de betrokkenen?';
  if (!decision)
    return missing(
      question,
      sensitive.length > 0 ? `gevoelige gegevens: ${sensitive.join(', ')}` : undefined,
    );
  const assessment = assessSeverity(decision.answers, incident);
  const factors = assessment.factors.map((factor) => factor.nl).join('; ');
  return derived(
    question,
    `Ernst volgens de beoordeling (ENISA-methode): ${SEVERITY_LEVEL_LABELS[assessment.level].nl}. ${factors}.`,
  );
}

/** The AP's question about a late notice: only when the notice is, or will be, late. */
function lateNotice(incident: Incident, now: Date | undefined): ApDraftAnswer[] {
  const question = 'Waarom is de melding later dan 72 uur na de ontdekking gedaan?';
  const notified = incident.apNotification;
  if (notified)
    return isLateNotification(incident.deadline, notified.notifiedAt)
      ? [
          recordedOrMissing(
            question,
            notified.lateReason && neutraliseUserText(notified.lateReason, 1000),
          ),
        ]
      : [];
  return now && now.getTime() > Date.parse(incident.deadline) ? [missing(question)] : [];
}

export function buildApDraft(
  incident: Incident,
  organisationName: string,
  options: ApDraftOptions = {},
): ApDraft {
  const clean = (text: string) => neutraliseUserText(text, 2000);
  const when = (iso: string) => formatAmsterdam(iso, 'nl');
  const groups = incident.subjectGroups.map((group) => SUBJECT_GROUP_LABELS[group].nl);
  if (incident.subjectGroups.includes('pupils')) groups.push('minderjarigen (leerlingen)');
  const measures = [incident.measuresTaken, incident.closingMeasures]
    .filter((text): text is string => Boolean(text && text.trim()))
    .map(clean)
    .join(' ');
  const sensitive = sensitiveKinds(incident);
  const late = lateNotice(incident, options.now);
  return {
    kind: 'initial',
    incidentNumber: incident.number,
    sections: [
      {
        title: '1. Contactgegevens en organisatie',
        answers: [
          derived('Organisatie', organisationName),
          incident.assignee
            ? derived('Naam contactpersoon', incident.assignee.name)
            : missing('Naam contactpersoon'),
          missing('Functie en telefoonnummer'),
          derived('Intern kenmerk', incident.number),
        ],
      },
      {
        title: '2. Tijdlijn',
        answers: [
          recorded('Wanneer is het datalek ontstaan?', when(incident.occurredAt)),
          recorded('Wanneer is het ontdekt?', when(incident.discoveredAt)),
          incident.closedAt
            ? derived(
                'Duurt het datalek nog voort?',
                `Nee, afgesloten op ${when(incident.closedAt)}`,
              )
            : missing('Duurt het datalek nog voort?'),
        ],
      },
      {
        title: '3. Aard van het datalek',
        answers: [
          derived(
            'Wat is er gebeurd?',
            incident.kind === 'other' && incident.kindOther
              ? `${NATURE.other} (${clean(incident.kindOther)})`
              : NATURE[incident.kind],
          ),
          recorded('Samenvatting en oorzaak', clean(incident.description)),
        ],
      },
      {
        title: '4. Gegevens',
        answers: [
          recorded(
            'Om welke soorten persoonsgegevens gaat het?',
            incident.dataKinds.map((kind) => AP_DATA_KINDS[kind]).join('; '),
          ),
          missing('Aantal records'),
        ],
      },
      {
        title: '5. Betrokkenen',
        answers: [
          recorded(
            'Aantal betrokkenen (minimaal–maximaal)',
            `${incident.affectedCount}–${incident.affectedCount} (schatting van de melder; bevestigen na onderzoek)`,
          ),
          recorded('Groepen betrokkenen', groups.join(', ')),
        ],
      },
      {
        title: '6. Versleuteling en beveiliging vooraf',
        answers: [
          incident.encrypted === 'unknown'
            ? missing(
                'Waren de gegevens versleuteld of onbegrijpelijk gemaakt?',
                'melder wist het niet',
              )
            : recorded(
                'Waren de gegevens versleuteld of onbegrijpelijk gemaakt?',
                ENCRYPTION_LABELS[incident.encrypted].nl,
              ),
        ],
      },
      {
        title: '7. Gevolgen',
        answers: [consequences(incident, options.decision, sensitive)],
      },
      {
        title: '8. Vervolgacties',
        answers: [
          subjectsAnswer(incident, options.decision),
          recordedOrMissing('Welke maatregelen zijn genomen?', measures),
          ...late,
        ],
      },
    ],
  };
}

/** Informing those affected: the recorded step, else the decision, else to fill in. */
function subjectsAnswer(incident: Incident, decision: BreachDecision | undefined): ApDraftAnswer {
  const question = 'Zijn de betrokkenen geïnformeerd?';
  const subjects = incident.subjectsDecision;
  if (subjects)
    return recorded(
      question,
      `${subjects.informed ? 'Ja' : 'Nee'}: ${neutraliseUserText(subjects.explanation, 2000)}`,
    );
  if (decision)
    return recorded(
      question,
      decision.informSubjects
        ? 'Besloten: ja, de betrokkenen worden geïnformeerd.'
        : 'Besloten: nee, de betrokkenen worden niet geïnformeerd.',
    );
  return missing(question);
}

/**
 * The follow-up notice (vervolgmelding) to a notice already made: the AP's reference and what is
 * known now. Undefined while the AP has not been notified.
 * @example buildApFollowUpDraft(notifiedIncident, 'Stichting Kindante')?.sections[0]?.title
 */
export function buildApFollowUpDraft(
  incident: Incident,
  organisationName: string,
  options: ApDraftOptions = {},
): ApDraft | undefined {
  const notified = incident.apNotification;
  if (!notified) return undefined;
  const initial = buildApDraft(incident, organisationName, options);
  const answer = (question: string) =>
    initial.sections
      .flatMap((section) => section.answers)
      .find((item) => item.question === question) ?? missing(question);
  const sensitive = sensitiveKinds(incident);
  return {
    kind: 'follow-up',
    incidentNumber: incident.number,
    sections: [
      {
        title: '1. Eerdere melding',
        answers: [
          recorded('Meldnummer van de AP', neutraliseUserText(notified.reference, 100)),
          recorded(
            'Datum en tijd van de eerste melding',
            formatAmsterdam(notified.notifiedAt, 'nl'),
          ),
          derived('Organisatie', organisationName),
          derived('Intern kenmerk', incident.number),
        ],
      },
      {
        title: '2. Wat is er nu bekend?',
        answers: [
          answer('Duurt het datalek nog voort?'),
          answer('Aantal betrokkenen (minimaal–maximaal)'),
          answer('Om welke soorten persoonsgegevens gaat het?'),
          missing('Wat is er sinds de eerste melding veranderd?'),
          consequences(incident, options.decision, sensitive),
        ],
      },
      {
        title: '3. Vervolgacties',
        answers: [
          answer('Zijn de betrokkenen geïnformeerd?'),
          answer('Welke maatregelen zijn genomen?'),
          ...lateNotice(incident, options.now),
        ],
      },
    ],
  };
}

/** "Concept AP-melding" or "Concept vervolgmelding AP". */
export function apDraftTitle(draft: Pick<ApDraft, 'kind'>): string {
  return draft.kind === 'follow-up' ? 'Concept vervolgmelding AP' : 'Concept AP-melding';
}

/** The draft as plain text, one "question answer" line each under its section title. */
export function formatApDraft(draft: ApDraft): string {
  const lines = [`${apDraftTitle(draft)} ${draft.incidentNumber}`];
  for (const section of draft.sections) {
    lines.push('', section.title);
    for (const { question, answer } of section.answers)
      lines.push(`- ${question}${question.endsWith('?') ? '' : ':'} ${answer}`);
  }
  return `${lines.join('\n')}\n`;
}
