// How long the school keeps data (Bijlage 9, Bijlage 2 art. 9).
import type { KnowledgeEntry } from './types';

export const RETENTION_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'retention-general',
    title: { nl: 'Bewaartermijn leerlinggegevens', en: 'Retention of pupil data' },
    questions: {
      nl: [
        'hoe lang bewaart de school gegevens van een leerling',
        'wat is de bewaartermijn van het leerlingdossier',
        'wanneer moet een dossier vernietigd worden',
        'bewaartermijn leerlingdossier',
        'hoe lang bewaren we dossiers',
        'wanneer mag een dossier weg',
        'dossier vernietigen na vertrek',
      ],
      en: [
        'how long does the school keep pupil data',
        'retention period of the pupil file',
        'how long do we keep pupil files',
      ],
    },
    answer: {
      nl: 'De meeste leerlinggegevens mag de school tot 2 jaar nadat de leerling van school is gegaan bewaren. Voor verzuim en in- en uitschrijving geldt 5 jaar na uitschrijving, en voor een leerling die naar het speciaal onderwijs is verwezen 3 jaar na vertrek.',
      en: 'Most pupil data may be kept until 2 years after the pupil has left the school. Absence and enrolment data are kept 5 years after deregistration, and for a pupil referred to special education, 3 years after leaving.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school van mijn kind?',
    related: ['retention-absence', 'retention-special-education', 'retention-principle'],
  },
  {
    id: 'retention-absence',
    title: {
      nl: 'Bewaartermijn verzuim en inschrijving',
      en: 'Retention of absence and enrolment data',
    },
    questions: {
      nl: [
        'hoe lang bewaren we verzuimgegevens',
        'bewaartermijn inschrijving en uitschrijving',
        'hoe lang moeten absentiegegevens bewaard blijven',
        'bewaartermijn verzuim',
        'hoe lang bewaren we absenties',
        'bewaren van in- en uitschrijvingen',
      ],
      en: ['how long are absence records kept', 'how long are attendance records kept'],
    },
    answer: {
      nl: 'Gegevens over verzuim en over in- en uitschrijving bewaart de school langer: 5 jaar nadat de leerling is uitgeschreven.',
      en: 'Data on absence and on enrolment and deregistration are kept longer: 5 years after the pupil was deregistered.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school van mijn kind?',
    related: ['retention-general', 'retention-special-education', 'retention-principle'],
  },
  {
    id: 'retention-special-education',
    title: {
      nl: 'Bewaartermijn bij verwijzing naar speciaal onderwijs',
      en: 'Retention after referral to special education',
    },
    questions: {
      nl: [
        'hoe lang bewaren we gegevens van een leerling die naar het speciaal onderwijs is gegaan',
        'bewaartermijn doorverwijzing so',
        'bewaartermijn verwijzing speciaal onderwijs',
        'hoe lang bewaren bij doorverwijzing naar het so',
      ],
      en: ['how long do we keep data of a pupil referred to special education'],
    },
    answer: {
      nl: 'Is een leerling doorverwezen naar een school voor speciaal onderwijs, dan bewaart de school de gegevens daarover 3 jaar na het vertrek van de leerling.',
      en: 'When a pupil was referred to a school for special education, the school keeps that data for 3 years after the pupil left.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school van mijn kind?',
    related: ['retention-general', 'retention-absence', 'oso-which-data'],
  },
  {
    id: 'retention-reunion',
    title: { nl: 'Adressen bewaren voor een reünie', en: 'Keeping addresses for a reunion' },
    questions: {
      nl: [
        'mogen we adressen van oud-leerlingen bewaren voor een reünie',
        'adresgegevens oud leerlingen bewaren',
        'reünie adressen bewaren',
        'adressen oud-leerlingen',
      ],
      en: ['may we keep former pupils’ addresses for a reunion'],
    },
    answer: {
      nl: 'Ja, adresgegevens van oud-leerlingen mag de school bewaren om reünies te organiseren. Gebruik ze niet voor andere doelen.',
      en: 'Yes, the school may keep former pupils’ addresses to organise reunions. Do not use them for other purposes.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school van mijn kind?',
    related: ['retention-general', 'purpose-limitation', 'retention-principle'],
  },
  {
    id: 'retention-principle',
    title: { nl: 'Niet langer bewaren dan nodig', en: 'Keep no longer than needed' },
    questions: {
      nl: [
        'hoe lang mogen we persoonsgegevens bewaren',
        'mogen we gegevens langer bewaren dan nodig',
        'bewaartermijnen algemeen',
        'gegevens te lang bewaren',
        'mag ik gegevens voor altijd bewaren',
        'hoe lang mogen persoonsgegevens bewaard worden',
      ],
      en: ['how long may we keep personal data', 'can we keep data forever'],
    },
    answer: {
      nl: 'Gegevens worden niet langer bewaard dan nodig is voor het doel waarvoor ze verzameld zijn, tenzij een wet een langere termijn voorschrijft. Ruim dus ook je eigen mappen en mailbox op als je iets niet meer nodig hebt.',
      en: 'Data is kept no longer than needed for the purpose it was collected for, unless a law requires a longer term. So also clear out your own folders and mailbox when you no longer need something.',
    },
    section: 'Bijlage 2 Privacyreglement art. 9; §4 Uitgangspunten privacy',
    related: ['retention-general', 'data-minimisation', 'email-mailbox-cleanup'],
  },
];
