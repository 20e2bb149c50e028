// The draft notice to the people concerned after a breach (GDPR art. 34(2): what happened, likely
// consequences, the measures, a contact point; policy ch. 12: inform them when their privacy may
// suffer), generated from the register for a person to edit and send; never sent automatically.
// The request to a wrong recipient lives in shared/incidents/deletion-request.ts, so the add-in
// drafts the same text. Pure.
import type { LetterDraft } from '../../shared/incidents/letter-draft';
import type { Incident } from './incident';
import type { Label } from './labels';
import { neutraliseUserText } from './neutralise-text';
import type { DataKind, IncidentKind } from './report';

/** Whom the letter names as contact: the privacy officer's role and addresses, from the config. */
export const DEFAULT_NOTICE_CONTACT: NoticeContact = {
  role: { nl: 'de functionaris gegevensbescherming', en: 'the data protection officer' },
};

export interface NoticeContact {
  role: Label;
  email?: string;
  phone?: string;
}

export type { LetterDraft } from '../../shared/incidents/letter-draft';

const WHAT_HAPPENED: Record<IncidentKind, Label> = {
  'lost-device': {
    nl: 'Een apparaat van een medewerker met daarop persoonsgegevens is kwijtgeraakt.',
    en: "A staff member's device holding personal data was lost.",
  },
  'stolen-device': {
    nl: 'Een apparaat van een medewerker met daarop persoonsgegevens is gestolen.',
    en: "A staff member's device holding personal data was stolen.",
  },
  'paper-lost': {
    nl: 'Papieren stukken met persoonsgegevens zijn kwijtgeraakt.',
    en: 'Paper documents with personal data were lost.',
  },
  'wrong-recipient': {
    nl: 'Een e-mail met persoonsgegevens is per vergissing naar een verkeerde ontvanger gestuurd.',
    en: 'An e-mail with personal data was sent to the wrong recipient by mistake.',
  },
  'hacked-account': {
    nl: 'Iemand zonder toestemming heeft toegang gehad tot het account van een medewerker.',
    en: "Someone gained access to a staff member's account without permission.",
  },
  'unauthorised-access': {
    nl: 'Mensen die daar geen recht op hadden, konden persoonsgegevens inzien.',
    en: 'People without the right to do so could see personal data.',
  },
  other: {
    nl: 'Er is een incident geweest waarbij persoonsgegevens in verkeerde handen kunnen zijn gekomen.',
    en: 'An incident occurred in which personal data may have reached the wrong people.',
  },
};

const DATA_WORDS: Record<DataKind, Label> = {
  'names-addresses': { nl: 'namen en adresgegevens', en: 'names and addresses' },
  bsn: { nl: 'burgerservicenummers (BSN)', en: 'citizen service numbers (BSN)' },
  'special-categories': {
    nl: 'gegevens over gezondheid of andere bijzondere gegevens',
    en: 'health data or other special-category data',
  },
  'pupil-file': {
    nl: 'gegevens uit het leerlingdossier',
    en: "data from the pupil's school file",
  },
  results: { nl: 'schoolresultaten', en: 'school results' },
  photos: { nl: "foto's of video's", en: 'photos or videos' },
  passwords: { nl: 'inloggegevens', en: 'login details' },
  other: { nl: 'andere persoonsgegevens', en: 'other personal data' },
};

/** What could follow from the data involved, and what the reader can do about it. */
const CONSEQUENCES: Partial<Record<DataKind, { risk: Label; advice: Label }>> = {
  bsn: {
    risk: {
      nl: 'Met een burgerservicenummer kan iemand proberen zich voor een ander uit te geven.',
      en: 'A citizen service number can be used to try to impersonate someone.',
    },
    advice: {
      nl: 'Let op onverwachte post of berichten van instanties; bij twijfel kunt u contact opnemen met het Centraal Meldpunt Identiteitsfraude.',
      en: 'Watch for unexpected post or messages from authorities; if in doubt, contact the Dutch central identity fraud desk (Centraal Meldpunt Identiteitsfraude).',
    },
  },
  passwords: {
    risk: {
      nl: 'Met inloggegevens kan iemand toegang krijgen tot accounts.',
      en: 'Login details can give someone access to accounts.',
    },
    advice: {
      nl: 'Wijzig uw wachtwoord, ook op andere plekken waar u hetzelfde wachtwoord gebruikt.',
      en: 'Change your password, also wherever you use the same password.',
    },
  },
  'special-categories': {
    risk: {
      nl: 'Gegevens over gezondheid zijn gevoelig; anderen kunnen er kennis van hebben genomen.',
      en: 'Health data is sensitive; others may have seen it.',
    },
    advice: {
      nl: 'Wilt u hierover praten, neem dan contact met ons op.',
      en: 'If you would like to talk about this, please contact us.',
    },
  },
  'pupil-file': {
    risk: {
      nl: 'Gegevens uit een leerlingdossier zijn vertrouwelijk; anderen kunnen er kennis van hebben genomen.',
      en: 'Pupil file data is confidential; others may have seen it.',
    },
    advice: {
      nl: 'Wilt u hierover praten, neem dan contact met ons op.',
      en: 'If you would like to talk about this, please contact us.',
    },
  },
};

const PHISHING: Label = {
  nl: 'Wees alert op e-mails, berichten of telefoontjes die om gegevens of geld vragen en waarin uw gegevens worden genoemd.',
  en: 'Be alert to e-mails, messages or calls asking for information or money that mention your details.',
};

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1) ?? ''}`;
}

/**
 * The notice to the people concerned (parents for pupils' data, else staff), Dutch and English.
 * @example draftSubjectNotice(incident, 'Stichting Kindante', { role: { nl: 'de FG', en: 'the DPO' } })
 */
export function draftSubjectNotice(
  incident: Incident,
  organisationName: string,
  contact: NoticeContact,
): LetterDraft {
  const isAboutChildren =
    incident.subjectGroups.includes('pupils') || incident.subjectGroups.includes('parents');
  const data = incident.dataKinds.map((kind) => DATA_WORDS[kind]);
  const risks = incident.dataKinds.flatMap((kind) => {
    const entry = CONSEQUENCES[kind];
    return entry ? [entry] : [];
  });
  const measures = [incident.measuresTaken, incident.closingMeasures ?? '']
    .map((text) => neutraliseUserText(text, 1000).trim())
    .filter((text) => text !== '');
  const reach = [contact.email, contact.phone].filter((item): item is string => Boolean(item));
  const about: Label = isAboutChildren
    ? { nl: 'van uw kind of van u', en: 'about your child or you' }
    : { nl: 'van u', en: 'about you' };
  const unique = (labels: Label[], language: 'nl' | 'en') => [
    ...new Set(labels.map((item) => item[language])),
  ];
  return {
    subject: {
      nl: `Datalek bij ${organisationName}: informatie over uw gegevens (${incident.number})`,
      en: `Data breach at ${organisationName}: information about your data (${incident.number})`,
    },
    greeting: isAboutChildren
      ? { nl: 'Beste ouder of verzorger,', en: 'Dear parent or carer,' }
      : { nl: 'Beste collega,', en: 'Dear colleague,' },
    sections: [
      {
        heading: { nl: 'Wat is er gebeurd?', en: 'What happened?' },
        text: {
          nl: `${WHAT_HAPPENED[incident.kind].nl} Daarbij ging het ook om gegevens ${about.nl}. Wij vinden dit vervelend en willen u er eerlijk over informeren.`,
          en: `${WHAT_HAPPENED[incident.kind].en} This included data ${about.en}. We regret this and want to inform you openly.`,
        },
      },
      {
        heading: { nl: 'Om welke gegevens gaat het?', en: 'Which data is involved?' },
        text: {
          nl: `Het gaat om ${list(unique(data, 'nl'), 'en')}.`,
          en: `It concerns ${list(unique(data, 'en'), 'and')}.`,
        },
      },
      {
        heading: { nl: 'Wat kunnen de gevolgen zijn?', en: 'What could the consequences be?' },
        text:
          risks.length > 0
            ? {
                nl: unique(
                  risks.map((item) => item.risk),
                  'nl',
                ).join(' '),
                en: unique(
                  risks.map((item) => item.risk),
                  'en',
                ).join(' '),
              }
            : {
                nl: 'Wij verwachten geen grote gevolgen, maar we kunnen niet uitsluiten dat anderen de gegevens hebben gezien.',
                en: 'We expect no serious consequences, but we cannot rule out that others have seen the data.',
              },
      },
      {
        heading: { nl: 'Wat hebben wij gedaan?', en: 'What have we done?' },
        text:
          measures.length > 0
            ? {
                nl: `${measures.join(' ')} Ook hebben wij het lek vastgelegd en onderzocht.`,
                en: `${measures.join(' ')} We have also recorded and investigated the breach.`,
              }
            : {
                nl: 'Wij hebben het lek vastgelegd en onderzocht, en maatregelen genomen om verdere verspreiding te voorkomen.',
                en: 'We have recorded and investigated the breach and taken measures to prevent further spread.',
              },
      },
      {
        heading: { nl: 'Wat kunt u doen?', en: 'What can you do?' },
        text: {
          nl: [
            ...unique(
              risks.map((item) => item.advice),
              'nl',
            ),
            PHISHING.nl,
          ].join(' '),
          en: [
            ...unique(
              risks.map((item) => item.advice),
              'en',
            ),
            PHISHING.en,
          ].join(' '),
        },
      },
      {
        heading: { nl: 'Vragen?', en: 'Questions?' },
        text: {
          nl: `Neem contact op met ${contact.role.nl}${reach.length > 0 ? ` (${reach.join(', ')})` : ''} en noem het kenmerk ${incident.number}.`,
          en: `Please contact ${contact.role.en}${reach.length > 0 ? ` (${reach.join(', ')})` : ''} and mention reference ${incident.number}.`,
        },
      },
    ],
    closing: {
      nl: `Met vriendelijke groet,\n${organisationName}`,
      en: `Kind regards,\n${organisationName}`,
    },
  };
}
