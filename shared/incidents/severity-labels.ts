// The assessment's questions and choices as people read them, Dutch and English, for the ICT card
// and the tab alike.
import type { Label } from './report-fields';
import type {
  AvailabilityLoss,
  ConfidentialityLoss,
  ContextScore,
  IdentificationScore,
  IntegrityLoss,
  SeverityQuestion,
} from './severity-scales';

export const QUESTION_LABELS: Record<SeverityQuestion, Label> = {
  context: { nl: 'Hoe gevoelig zijn de gegevens?', en: 'How sensitive is the data?' },
  identification: {
    nl: 'Hoe makkelijk zijn de gegevens tot personen te herleiden?',
    en: 'How easily can the data be traced to people?',
  },
  confidentiality: {
    nl: 'Wie kan de gegevens hebben gezien?',
    en: 'Who may have seen the data?',
  },
  integrity: { nl: 'Zijn gegevens gewijzigd?', en: 'Was data altered?' },
  availability: {
    nl: 'Zijn de gegevens nog beschikbaar (is er een kopie)?',
    en: 'Is the data still available (is there a copy)?',
  },
  isMalicious: {
    nl: 'Was er opzet (diefstal, inbraak, misbruik)?',
    en: 'Was it deliberate (theft, intrusion, misuse)?',
  },
};

export const CONTEXT_LABELS: Record<ContextScore, Label> = {
  1: { nl: 'Eenvoudig: naam, adres, klas', en: 'Simple: name, address, class' },
  2: {
    nl: 'Gedrag of prestaties, of eenvoudige gegevens van kinderen',
    en: 'Behaviour or results, or simple data of children',
  },
  3: {
    nl: 'BSN, inloggegevens, leerlingdossier',
    en: 'Citizen number, login details, pupil file',
  },
  4: {
    nl: 'Gevoelig: gezondheid, zorg, geloof, strafrecht',
    en: 'Sensitive: health, care, religion, criminal',
  },
};

export const IDENTIFICATION_LABELS: Record<IdentificationScore, Label> = {
  0.25: {
    nl: 'Vrijwel niet (versleuteld, sleutel veilig)',
    en: 'Hardly (encrypted, key safe)',
  },
  0.5: { nl: 'Beperkt (alleen met veel moeite)', en: 'Limited (only with much effort)' },
  0.75: { nl: 'Goed (met wat extra informatie)', en: 'Readily (with a little extra information)' },
  1: { nl: 'Direct (namen staan erbij)', en: 'Directly (names are included)' },
};

export const CONFIDENTIALITY_LABELS: Record<ConfidentialityLoss, Label> = {
  none: { nl: 'Niemand', en: 'Nobody' },
  'known-recipients': { nl: 'Bekende ontvangers', en: 'Known recipients' },
  'unknown-recipients': { nl: 'Onbekenden', en: 'Unknown people' },
};

export const INTEGRITY_LABELS: Record<IntegrityLoss, Label> = {
  none: { nl: 'Nee', en: 'No' },
  recoverable: { nl: 'Mogelijk, te herstellen', en: 'Possibly, recoverable' },
  unrecoverable: { nl: 'Ja, niet te herstellen', en: 'Yes, beyond repair' },
};

export const AVAILABILITY_LABELS: Record<AvailabilityLoss, Label> = {
  none: { nl: 'Ja, er is een kopie', en: 'Yes, there is a copy' },
  temporary: { nl: 'Tijdelijk niet', en: 'Temporarily not' },
  permanent: { nl: 'Nee, blijvend kwijt', en: 'No, lost for good' },
};

export const MALICIOUS_LABELS: Record<'yes' | 'no', Label> = {
  yes: { nl: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', en: 'No' },
};
