// A draft of the answers for the AP's "Meldformulier datalekken", from the register entry, for the
// privacy officer to check and paste. The sections follow the form's order (notes §5); what the
// register cannot know is marked to fill in, never guessed.
import { formatAmsterdam } from '../../shared/time/amsterdam-time';
import type { Incident } from './incident';
import { neutraliseUserText } from './neutralise-text';
import { DATA_KIND_LABELS, ENCRYPTION_LABELS, SUBJECT_GROUP_LABELS } from './labels';
import type { DataKind, IncidentKind } from './report';

export const TO_FILL_IN = '[in te vullen]';

interface ApDraftSection {
  title: string;
  answers: { question: string; answer: string }[];
}

/** Dutch, like the form. */
export interface ApDraft {
  incidentNumber: string;
  sections: ApDraftSection[];
}

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

export function buildApDraft(incident: Incident, organisationName: string): ApDraft {
  const clean = (text: string) => neutraliseUserText(text, 2000);
  const when = (iso: string) => formatAmsterdam(iso, 'nl');
  const groups = incident.subjectGroups.map((group) => SUBJECT_GROUP_LABELS[group].nl);
  if (incident.subjectGroups.includes('pupils')) groups.push('minderjarigen (leerlingen)');
  const measures = [incident.measuresTaken, incident.closingMeasures]
    .filter((text): text is string => Boolean(text && text.trim()))
    .map(clean)
    .join(' ');
  const subjects = incident.subjectsDecision;
  const sensitive = incident.dataKinds
    .filter((kind) => SENSITIVE_KINDS.includes(kind))
    .map((kind) => DATA_KIND_LABELS[kind].nl.toLowerCase());
  return {
    incidentNumber: incident.number,
    sections: [
      {
        title: '1. Contactgegevens en organisatie',
        answers: [
          { question: 'Organisatie', answer: organisationName },
          {
            question: 'Naam contactpersoon',
            answer: incident.assignee?.name ?? TO_FILL_IN,
          },
          { question: 'Functie en telefoonnummer', answer: TO_FILL_IN },
          { question: 'Intern kenmerk', answer: incident.number },
        ],
      },
      {
        title: '2. Tijdlijn',
        answers: [
          { question: 'Wanneer is het datalek ontstaan?', answer: when(incident.occurredAt) },
          { question: 'Wanneer is het ontdekt?', answer: when(incident.discoveredAt) },
          { question: 'Duurt het datalek nog voort?', answer: TO_FILL_IN },
        ],
      },
      {
        title: '3. Aard van het datalek',
        answers: [
          {
            question: 'Wat is er gebeurd?',
            answer:
              incident.kind === 'other' && incident.kindOther
                ? `${NATURE.other} (${clean(incident.kindOther)})`
                : NATURE[incident.kind],
          },
          { question: 'Samenvatting en oorzaak', answer: clean(incident.description) },
        ],
      },
      {
        title: '4. Gegevens',
        answers: [
          {
            question: 'Om welke soorten persoonsgegevens gaat het?',
            answer: incident.dataKinds.map((kind) => AP_DATA_KINDS[kind]).join('; '),
          },
          { question: 'Aantal records', answer: TO_FILL_IN },
        ],
      },
      {
        title: '5. Betrokkenen',
        answers: [
          {
            question: 'Aantal betrokkenen (minimaal–maximaal)',
            answer: `${incident.affectedCount}–${incident.affectedCount} (schatting van de melder; ${TO_FILL_IN} na onderzoek)`,
          },
          { question: 'Groepen betrokkenen', answer: groups.join(', ') },
        ],
      },
      {
        title: '6. Versleuteling en beveiliging vooraf',
        answers: [
          {
            question: 'Waren de gegevens versleuteld of onbegrijpelijk gemaakt?',
            answer: ENCRYPTION_LABELS[incident.encrypted].nl,
          },
        ],
      },
      {
        title: '7. Gevolgen',
        answers: [
          {
            question: 'Welke gevolgen kan het lek hebben voor de betrokkenen?',
            answer:
              sensitive.length > 0
                ? `${TO_FILL_IN} (gevoelige gegevens: ${sensitive.join(', ')})`
                : TO_FILL_IN,
          },
        ],
      },
      {
        title: '8. Vervolgacties',
        answers: [
          {
            question: 'Zijn de betrokkenen geïnformeerd?',
            answer: subjects
              ? `${subjects.informed ? 'Ja' : 'Nee'}: ${clean(subjects.explanation)}`
              : TO_FILL_IN,
          },
          { question: 'Welke maatregelen zijn genomen?', answer: measures || TO_FILL_IN },
        ],
      },
    ],
  };
}

/** The draft as plain text, one "question answer" line each under its section title. */
export function formatApDraft(draft: ApDraft): string {
  const lines = [`Concept AP-melding ${draft.incidentNumber}`];
  for (const section of draft.sections) {
    lines.push('', section.title);
    for (const { question, answer } of section.answers)
      lines.push(`- ${question}${question.endsWith('?') ? '' : ':'} ${answer}`);
  }
  return `${lines.join('\n')}\n`;
}
