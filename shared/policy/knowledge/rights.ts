// Rights of pupils, parents and staff: inspection, correction, terms, objection, complaints
// (Bijlage 2 art. 14–16, Bijlage 9, §9).
import type { KnowledgeEntry } from './types';

export const RIGHTS_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'rights-inspection',
    title: { nl: 'Inzagerecht van ouders', en: 'Parents’ right of inspection' },
    questions: {
      nl: [
        'mogen ouders het dossier van hun kind inzien',
        'ouder wil het leerlingdossier bekijken',
        'hoe werkt inzage in leerlinggegevens',
        'inzagerecht ouders',
        'inzage in het leerlingdossier',
        'ouder wil gegevens van zijn kind zien',
        'mogen ouders het dossier bekijken',
        'hoe regel ik inzage voor ouders',
      ],
      en: ['may parents see their child’s file', 'how does a parent inspect pupil records'],
    },
    answer: {
      nl: 'Ja, ouders mogen de gegevens over hun kind inzien. Ze maken daarvoor een afspraak met de school, en tijdens het inzien blijft er iemand van de school bij. De school mag om een geldig identiteitsbewijs vragen om te controleren wie het verzoek doet.',
      en: 'Yes, parents may see the data about their child. They make an appointment with the school, and someone from the school stays present while they look. The school may ask for valid ID to check who is making the request.',
    },
    section: 'Bijlage 9 Inzage en correctie leerlinggegevens; Bijlage 2 art. 14a',
    related: ['rights-correction', 'rights-term', 'rights-parent-without-custody'],
  },
  {
    id: 'rights-correction',
    title: {
      nl: 'Gegevens laten verbeteren of verwijderen',
      en: 'Having data corrected or removed',
    },
    questions: {
      nl: [
        'ouder wil dat een fout in het dossier wordt verbeterd',
        'mogen ouders gegevens laten verwijderen',
        'correctierecht leerlinggegevens',
        'gegevens laten corrigeren',
        'fout in het dossier',
        'ouder wil dat iets uit het dossier wordt verwijderd',
        'gegevens aanpassen op verzoek van ouders',
      ],
      en: [
        'can parents have wrong data corrected',
        'can a parent ask to delete data',
        'can parents have data corrected',
        'a parent wants wrong data fixed',
      ],
    },
    answer: {
      nl: 'Ja, ouders (en medewerkers voor hun eigen gegevens) kunnen vragen om gegevens te verbeteren, aan te vullen, te verwijderen of af te schermen, tenzij dat onmogelijk is of een onredelijke inspanning vraagt. Wordt het verzoek toegekend, dan voert de school de wijziging zo snel mogelijk door.',
      en: 'Yes, parents (and staff for their own data) can ask to correct, complete, delete or shield data, unless that is impossible or would take unreasonable effort. If the request is granted, the school makes the change as soon as possible.',
    },
    section: 'Bijlage 2 Privacyreglement art. 14b en 14e; Bijlage 9',
    related: ['rights-term', 'rights-inspection', 'rights-objection'],
  },
  {
    id: 'rights-term',
    title: { nl: 'Termijn om een verzoek te beantwoorden', en: 'Time limit to answer a request' },
    questions: {
      nl: [
        'binnen welke termijn moeten we een inzageverzoek beantwoorden',
        'hoe lang heeft de school om te reageren op een verzoek van ouders',
        'mag de termijn voor een verzoek verlengd worden',
        'termijn inzageverzoek',
        'hoe snel moeten we een verzoek van ouders beantwoorden',
        'binnen hoeveel weken reageren op een verzoek',
      ],
      en: [
        'how long does the school have to answer a request',
        'deadline for a subject access request',
      ],
    },
    answer: {
      nl: 'De school beantwoordt een verzoek binnen 4 weken na ontvangst schriftelijk: toekennen, of gemotiveerd afwijzen. Is er meer tijd nodig, dan laat de school dat weten en kan de termijn met ten hoogste 4 weken worden verlengd.',
      en: 'The school answers a request in writing within 4 weeks of receiving it: granting it, or refusing it with reasons. If more time is needed, the school says so and the term can be extended by at most 4 weeks.',
    },
    section: 'Bijlage 2 Privacyreglement art. 14d',
    related: ['rights-inspection', 'rights-correction', 'role-dpo'],
  },
  {
    id: 'rights-parent-without-custody',
    title: { nl: 'Ouder zonder gezag', en: 'Parent without custody' },
    questions: {
      nl: [
        'heeft een ouder zonder ouderlijk gezag recht op informatie',
        'gescheiden vader zonder gezag wil het rapport zien',
        'mag een ouder zonder gezag het dossier inzien',
        'ouder zonder gezag',
        'informatie aan gescheiden ouder zonder gezag',
        'recht op informatie voor ouder zonder ouderlijk gezag',
      ],
      en: [
        'does a parent without custody have a right to information',
        'rights of a parent without parental authority',
      ],
    },
    answer: {
      nl: 'Ja, ook een ouder zonder ouderlijk gezag, bijvoorbeeld na een scheiding, moet de school inzage geven in de leerlinggegevens van het kind; dat volgt uit het Burgerlijk Wetboek. Die ouder vraagt de informatie zelf aan bij de directie van de school.',
      en: 'Yes, the school must also give a parent without parental authority, for example after a divorce, access to the child’s pupil data; this follows from the Dutch Civil Code. That parent asks the school’s management for the information.',
    },
    section: 'Bijlage 9 Inzage en correctie leerlinggegevens',
    related: ['rights-inspection', 'photo-one-or-two-parents', 'rights-term'],
  },
  {
    id: 'rights-objection',
    title: { nl: 'Bezwaar tegen verwerking', en: 'Objecting to processing' },
    questions: {
      nl: [
        'kan een ouder bezwaar maken tegen het gebruik van gegevens',
        'recht van verzet',
        'bezwaar tegen gebruik van gegevens',
        'verzet tegen verwerking',
      ],
      en: ['can a parent object to the use of data'],
    },
    answer: {
      nl: 'Gebruikt de school gegevens op grond van een publiekrechtelijke taak, dan kan de betrokkene zich daartegen verzetten vanwege zijn persoonlijke omstandigheden. Is toestemming de grondslag, dan kan die toestemming altijd worden ingetrokken.',
      en: 'When the school uses data on the ground of a public task, the person concerned can object because of personal circumstances. When consent is the ground, that consent can always be withdrawn.',
    },
    section: 'Bijlage 2 Privacyreglement art. 14c en 14f',
    related: ['consent-withdrawal', 'legal-grounds', 'rights-correction'],
  },
  {
    id: 'rights-under-16',
    title: { nl: 'Leerlingen onder de 16', en: 'Pupils under 16' },
    questions: {
      nl: [
        'wie beslist over de privacy van een kind',
        'tot welke leeftijd beslissen ouders over privacy',
        'wettelijk vertegenwoordiger leerling',
        'tot welke leeftijd beslissen ouders',
        'vanaf 16 jaar zelf beslissen over privacy',
        'wie tekent voor een leerling onder de 16',
      ],
      en: ['who decides on a child’s privacy', 'until what age do parents decide'],
    },
    answer: {
      nl: 'Is een leerling jonger dan 16, dan beslist de wettelijk vertegenwoordiger over zijn privacy: meestal een ouder, soms een voogd. Zij geven toestemming, vragen inzage en kunnen toestemming intrekken.',
      en: 'When a pupil is under 16, the legal representative decides on their privacy: usually a parent, sometimes a guardian. They give consent, ask for access and can withdraw consent.',
    },
    section: 'Bijlage 2 Privacyreglement art. 2; Bijlage 3',
    related: ['photo-one-or-two-parents', 'rights-inspection', 'photo-older-pupils'],
  },
  {
    id: 'rights-complaints',
    title: { nl: 'Klacht over privacy', en: 'Privacy complaints' },
    questions: {
      nl: [
        'waar kan een ouder een klacht over privacy indienen',
        'ouder is het niet eens met hoe de school met gegevens omgaat',
        'klachtenprocedure privacy',
        'klacht over privacy',
        'ouder heeft een klacht over het gebruik van gegevens',
        'waar dien je een privacyklacht in',
      ],
      en: [
        'where can a parent file a privacy complaint',
        'how can a parent complain about privacy',
      ],
    },
    answer: {
      nl: 'Wie vindt dat de organisatie niet volgens de privacywet of het privacyreglement handelt, wendt zich eerst tot het bevoegd gezag (het bestuur); {contact.privacyOfficer} is meestal het aanspreekpunt voor klachten en vragen. Daarnaast kan de betrokkene naar de rechter of de Autoriteit Persoonsgegevens.',
      en: 'Anyone who feels the organisation does not act according to privacy law or the privacy regulation turns first to the competent authority (the board); {contact.privacyOfficer} is usually the contact for complaints and questions. The person can also go to court or to the Dutch Data Protection Authority.',
    },
    section: 'Bijlage 2 Privacyreglement art. 16; §6 Organisatie (DPO)',
    related: ['role-dpo', 'rights-term', 'privacy-regulation'],
  },
  {
    id: 'rights-what-data-school-keeps',
    title: { nl: 'Welke gegevens de school bewaart', en: 'What data the school keeps' },
    questions: {
      nl: [
        'welke gegevens bewaart de school van een leerling',
        'wat staat er in het leerlingdossier',
        'welke gegevens mag de school vastleggen',
        'welke gegevens legt school vast',
        'wat bewaart de school over mijn kind',
        'welke gegevens staan in het dossier van een leerling',
      ],
      en: [
        'what data does the school keep about a pupil',
        'what is in the pupil file',
        'what is in a pupil record',
      ],
    },
    answer: {
      nl: 'De school houdt van elke leerling een dossier bij met gegevens over in- en uitschrijving, afwezigheid, adres en wat nodig is om het leerlinggewicht vast te stellen. Daarnaast mag ze gegevens bewaren over de ondersteuningsbehoefte, over de gezondheid voor zover nodig voor begeleiding of voorzieningen, en over vorderingen en resultaten.',
      en: 'The school keeps a file on every pupil with data on enrolment and deregistration, absence, address and what is needed to set the pupil weighting. It may also keep data on support needs, on health as far as needed for support or facilities, and on progress and results.',
    },
    section: 'Bijlage 9 Welke gegevens bewaart de school van mijn kind?',
    related: ['retention-general', 'rights-inspection', 'informing-parents'],
  },
  {
    id: 'informing-parents',
    title: { nl: 'Ouders informeren over privacy', en: 'Informing parents about privacy' },
    questions: {
      nl: [
        'hoe informeren we ouders over de avg',
        'wat moet er over privacy in de schoolgids',
        'is er een voorbeeldbrief voor ouders over privacy',
        'privacy in de schoolgids',
        'brief aan ouders over privacy',
        'ouders informeren over de avg',
      ],
      en: ['how do we inform parents about privacy'],
    },
    answer: {
      nl: 'De school vertelt ouders uit zichzelf welke gegevens ze vastlegt, waarvoor en hoe die beveiligd zijn, en zet de gevolgen van de AVG jaarlijks in de schoolgids en op de website. Bijlage 9 geeft tekst over bewaarde gegevens en termijnen, en Bijlage 10 een voorbeeldbrief aan ouders.',
      en: 'The school tells parents unasked which data it records, why, and how it is secured, and puts what the GDPR means in the school guide and on the website every year. Appendix 9 gives text on data kept and retention, and Appendix 10 a model letter to parents.',
    },
    section: '§9 Transparante informatie; Bijlage 7; Bijlage 10',
    related: ['transparency', 'rights-what-data-school-keeps', 'photo-consent-yearly'],
  },
];
