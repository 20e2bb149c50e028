// What the policy is, whom it covers, and the privacy principles and legal grounds it rests on
// (§1–§5, §8, Bijlage 2 Privacyreglement).
import type { KnowledgeEntry } from './types';

export const PRINCIPLE_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'ibp-what-is',
    title: { nl: 'Wat is IBP?', en: 'What is IBP?' },
    questions: {
      nl: [
        'wat betekent ibp',
        'wat is informatiebeveiliging',
        'waar gaat het ibp beleid over',
        'ibp',
        'informatiebeveiliging en privacy',
        'wat houdt ibp in',
      ],
      en: ['what does IBP mean', 'what is information security'],
    },
    answer: {
      nl: 'IBP staat voor informatiebeveiliging en privacy; de twee hangen van elkaar af. Informatiebeveiliging zorgt met samenhangende maatregelen voor beschikbaarheid (gegevens zijn er als ze nodig zijn), integriteit (ze kloppen en zijn volledig) en vertrouwelijkheid (alleen bevoegden kunnen erbij). Privacy gaat over het zorgvuldig gebruiken van persoonsgegevens.',
      en: 'IBP stands for information security and privacy; the two depend on each other. Information security uses a coherent set of measures to ensure availability (data is there when needed), integrity (it is correct and complete) and confidentiality (only authorised people can reach it). Privacy is about using personal data with care.',
    },
    section: '§2 Inleiding',
    related: ['policy-goals', 'personal-data', 'privacy-principles'],
  },
  {
    id: 'personal-data',
    title: { nl: 'Wat zijn persoonsgegevens?', en: 'What is personal data?' },
    questions: {
      nl: [
        'wat zijn persoonsgegevens',
        'wat valt onder verwerking van persoonsgegevens',
        'is een naam een persoonsgegeven',
        'persoonsgegevens',
        'wat zijn persoonsgegevens precies',
        'wat betekent verwerken',
      ],
      en: ['what is personal data', 'what counts as processing'],
    },
    answer: {
      nl: 'Persoonsgegevens zijn alle gegevens die iets zeggen over een persoon die te identificeren is. Verwerken is elke handeling met die gegevens: verzamelen, vastleggen, bewaren, wijzigen, raadplegen, gebruiken, doorsturen, verspreiden, combineren, afschermen, wissen en vernietigen.',
      en: 'Personal data is any information about a person who can be identified. Processing is any action with that data: collecting, recording, storing, changing, consulting, using, forwarding, spreading, combining, shielding, erasing and destroying.',
    },
    section: '§2 Inleiding; Bijlage 2 Privacyreglement art. 2',
    related: ['special-personal-data', 'ibp-what-is', 'privacy-principles'],
  },
  {
    id: 'special-personal-data',
    title: { nl: 'Bijzondere en gevoelige gegevens', en: 'Special and sensitive data' },
    questions: {
      nl: [
        'wat zijn bijzondere persoonsgegevens',
        'wat is privacygevoelige informatie',
        'welke gegevens zijn extra gevoelig',
        'bijzondere persoonsgegevens',
        'gevoelige gegevens',
        'welke gegevens zijn privacygevoelig',
      ],
      en: ['what is special category data', 'what is privacy-sensitive information'],
    },
    answer: {
      nl: 'Bijzondere persoonsgegevens zeggen iets over iemands godsdienst, levensovertuiging, ras, politieke gezindheid of gezondheid. Als privacygevoelig gelden ook BSN’s, kopieën van identiteitsbewijzen, seksuele geaardheid, strafrechtelijke gegevens, salaris, schulden, prestaties op school of werk en werk- of relatieproblemen. Met zulke gegevens ben je extra voorzichtig: nooit in een gewone mail.',
      en: 'Special category data says something about a person’s religion, beliefs, race, political views or health. Also privacy-sensitive are citizen numbers, copies of ID, sexual orientation, criminal records, salary, debts, performance at school or work, and work or relationship problems. Take extra care with such data: never in an ordinary mail.',
    },
    section: 'Bijlage 2 Privacyreglement art. 2; §12 Protocol datalekken',
    related: ['email-bsn', 'personal-data', 'confidentiality'],
  },
  {
    id: 'policy-scope',
    title: { nl: 'Voor wie het beleid geldt', en: 'Whom the policy covers' },
    questions: {
      nl: [
        'voor wie geldt het privacybeleid',
        'geldt het beleid ook voor stagiaires en vrijwilligers',
        'geldt het ibp beleid ook voor ouders',
        'voor wie geldt het beleid',
        'geldt het beleid voor ouders en bezoekers',
        'reikwijdte beleid',
      ],
      en: ['who does the privacy policy apply to', 'does the policy apply to volunteers'],
    },
    answer: {
      nl: 'Het beleid geldt voor alle medewerkers, leerlingen, ouders en verzorgers, (geregistreerde) bezoekers en externe krachten, voor alle onderdelen van de organisatie en voor alle apparaten waarmee je op het schoolnetwerk kunt. Het gaat vooral om digitale verwerking, maar ook om papieren dossiers en om uitspraken op bijvoorbeeld websites waarop de school kan worden aangesproken.',
      en: 'The policy applies to all staff, pupils, parents and carers, (registered) visitors and external workers, to every part of the organisation and to every device that can reach the school network. It is mostly about digital processing, but also covers paper files and statements on websites, for example, that the school can be held to.',
    },
    section: '§3 Doel en reikwijdte',
    related: ['policy-goals', 'conduct-code-scope', 'everyone-responsible'],
  },
  {
    id: 'policy-goals',
    title: { nl: 'Waarom dit beleid er is', en: 'Why this policy exists' },
    questions: {
      nl: [
        'wat is het doel van het privacybeleid',
        'waarom hebben we een ibp beleid',
        'doel van het beleid',
        'waarom privacybeleid',
      ],
      en: ['what is the purpose of the privacy policy'],
    },
    answer: {
      nl: 'Het beleid moet de continuïteit van onderwijs en bedrijfsvoering bewaken en de privacy van leerlingen en medewerkers garanderen, zodat beveiligings- en privacy-incidenten worden voorkomen. Het zoekt een goede balans tussen privacy, bruikbaarheid en veiligheid, met respect voor de persoonlijke levenssfeer en binnen de wet.',
      en: 'The policy is meant to safeguard the continuity of teaching and operations and to guarantee the privacy of pupils and staff, so security and privacy incidents are prevented. It seeks a good balance between privacy, usability and security, respecting private life and within the law.',
    },
    section: '§3 Doel en reikwijdte',
    related: ['policy-scope', 'ibp-what-is', 'privacy-principles'],
  },
  {
    id: 'privacy-principles',
    title: {
      nl: 'De vuistregels voor persoonsgegevens',
      en: 'The rules of thumb for personal data',
    },
    questions: {
      nl: [
        'wat zijn de uitgangspunten van privacy',
        'welke vuistregels gelden voor persoonsgegevens',
        'wat zijn de privacy principes',
        'uitgangspunten privacy',
        'vuistregels persoonsgegevens',
        'principes avg',
      ],
      en: ['what are the privacy principles'],
    },
    answer: {
      nl: 'Er gelden vijf vuistregels: doelbepaling en doelbinding (alleen gebruiken voor vooraf vastgelegde doelen), een wettelijke grondslag, dataminimalisatie (niet meer gegevens en niet langer dan nodig), transparantie (betrokkenen uit zichzelf informeren) en data-integriteit (gegevens juist en actueel houden). Daarnaast worden persoonsgegevens beveiligd volgens breed aanvaarde normen.',
      en: 'Five rules of thumb apply: purpose specification and limitation (use only for purposes fixed in advance), a legal ground, data minimisation (no more data and no longer than needed), transparency (inform people unasked) and data integrity (keep data correct and current). On top of that, personal data is secured to widely accepted standards.',
    },
    section: '§4 Uitgangspunten privacy',
    related: ['purpose-limitation', 'legal-grounds', 'data-minimisation'],
  },
  {
    id: 'purpose-limitation',
    title: { nl: 'Doelbinding', en: 'Purpose limitation' },
    questions: {
      nl: [
        'mag ik gegevens voor een ander doel gebruiken',
        'wat is doelbinding',
        'mag ik de adressenlijst van ouders gebruiken voor iets anders',
        'doelbinding',
        'gegevens voor een ander doel gebruiken',
        'adressen gebruiken voor iets anders',
      ],
      en: ['can I use data for another purpose', 'what is purpose limitation'],
    },
    answer: {
      nl: 'Persoonsgegevens gebruik je alleen voor duidelijk omschreven, gerechtvaardigde doelen die vooraf zijn vastgesteld. Je gebruikt ze niet voor iets anders dat daar niet bij past; een adressenlijst voor schoolpost is dus niet vrij voor andere doeleinden.',
      en: 'Personal data is used only for clearly described, legitimate purposes fixed in advance. You do not use it for something else that does not fit; an address list for school post is not free for other purposes.',
    },
    section: '§4 Uitgangspunten privacy; Bijlage 2 Privacyreglement art. 6',
    related: ['privacy-principles', 'data-minimisation', 'legal-grounds'],
  },
  {
    id: 'legal-grounds',
    title: { nl: 'Grondslagen voor verwerking', en: 'Legal grounds for processing' },
    questions: {
      nl: [
        'op welke grondslag mag de school gegevens verwerken',
        'wat zijn de wettelijke grondslagen',
        'heb ik altijd toestemming nodig om gegevens te gebruiken',
        'grondslag',
        'wettelijke grondslag',
        'is toestemming altijd nodig',
        'waarom mag school gegevens verwerken zonder toestemming',
      ],
      en: [
        'what are the legal grounds for processing',
        'do I always need consent',
        'is consent always needed',
      ],
    },
    answer: {
      nl: 'Elke verwerking rust op een wettelijke grondslag: toestemming, een overeenkomst, een wettelijke plicht, een publiekrechtelijke taak, een vitaal belang van de betrokkene of een gerechtvaardigd belang. Toestemming is dus niet altijd nodig; de school legt veel vast omdat ze moet administreren. Waar toestemming de grondslag is, mag die altijd worden ingetrokken.',
      en: 'Every processing rests on a legal ground: consent, a contract, a legal obligation, a public task, a vital interest of the person, or a legitimate interest. So consent is not always needed; the school records much because it must keep an administration. Where consent is the ground, it may always be withdrawn.',
    },
    section: '§4 Uitgangspunten privacy; Bijlage 2 Privacyreglement art. 8',
    related: ['consent-withdrawal', 'privacy-principles', 'rights-objection'],
  },
  {
    id: 'data-minimisation',
    title: { nl: 'Dataminimalisatie', en: 'Data minimisation' },
    questions: {
      nl: [
        'wat is dataminimalisatie',
        'mag ik meer gegevens vragen dan nodig voor de aanmelding',
        'zo min mogelijk gegevens verzamelen',
        'dataminimalisatie',
        'niet meer gegevens dan nodig',
        'zo min mogelijk gegevens',
      ],
      en: ['what is data minimisation'],
    },
    answer: {
      nl: 'Verwerk niet meer en geen andere gegevens dan redelijkerwijs nodig voor het doel, in verhouding tot dat doel; kan het met minder of andere gegevens, dan doe je dat. Bewaar ze ook niet langer dan nodig.',
      en: 'Process no more and no other data than reasonably needed for the purpose, in proportion to it; if it can be done with less or different data, do that. Also keep it no longer than needed.',
    },
    section: '§4 Uitgangspunten privacy; Bijlage 2 Privacyreglement art. 6',
    related: ['purpose-limitation', 'retention-principle', 'privacy-principles'],
  },
  {
    id: 'transparency',
    title: { nl: 'Transparantie', en: 'Transparency' },
    questions: {
      nl: [
        'wat houdt transparantie in bij privacy',
        'moeten we ouders uit onszelf vertellen wat we vastleggen',
        'transparantie',
        'ouders uit onszelf informeren',
      ],
      en: ['what does transparency mean for privacy'],
    },
    answer: {
      nl: 'De school legt uit zichzelf verantwoording af aan leerlingen, ouders en medewerkers over het gebruik van hun gegevens en over het IBP-beleid. Ze informeert ook op hoofdlijnen over afspraken met derden en verwerkers die gegevens ontvangen, en waar nodig per verwerking apart.',
      en: 'The school accounts, unasked, to pupils, parents and staff for the use of their data and for the IBP policy. It also informs them in outline about arrangements with third parties and processors that receive data, and separately per processing where needed.',
    },
    section: '§4 Uitgangspunten privacy; Bijlage 2 Privacyreglement art. 15',
    related: ['informing-parents', 'privacy-principles', 'rights-inspection'],
  },
  {
    id: 'consent-withdrawal',
    title: { nl: 'Toestemming intrekken', en: 'Withdrawing consent' },
    questions: {
      nl: [
        'kan gegeven toestemming worden ingetrokken',
        'ouder wil toestemming intrekken voor een verwerking',
        'toestemming intrekken',
        'toestemming terugdraaien',
      ],
      en: ['can consent be withdrawn'],
    },
    answer: {
      nl: 'Ja. Bij alles wat op toestemming rust, vertelt de school ouders duidelijk dat ze hun toestemming op elk moment kunnen intrekken, en de wettelijk vertegenwoordiger kan dat ook altijd doen.',
      en: 'Yes. For everything based on consent, the school tells parents clearly that they can withdraw it at any moment, and the legal representative can always do so.',
    },
    section: '§4 Uitgangspunten privacy; Bijlage 2 Privacyreglement art. 14f',
    related: ['photo-withdraw', 'legal-grounds', 'rights-objection'],
  },
  {
    id: 'laws',
    title: { nl: 'Welke wetten gelden', en: 'Which laws apply' },
    questions: {
      nl: [
        'aan welke wetten moet de school voldoen',
        'welke wet- en regelgeving geldt voor privacy',
        'welk convenant gebruiken we met leveranciers',
        'welke wetten',
        'wetgeving privacy school',
        'welke regels gelden',
      ],
      en: ['which laws apply to the school’s privacy'],
    },
    answer: {
      nl: 'De organisatie volgt onder meer de Wet op het primair onderwijs en de Wet voortgezet onderwijs, de Wet goed onderwijs en goed bestuur, de Wet bescherming persoonsgegevens en de AVG, de Archiefwet, de Leerplichtwet, de Auteurswet en het Wetboek van Strafrecht. Bij afspraken met leveranciers is het convenant Digitale onderwijsmiddelen en privacy 2.0 leidend.',
      en: 'The organisation follows, among others, the Primary and Secondary Education Acts, the Good Education and Governance Act, the Personal Data Protection Act and the GDPR, the Archives Act, the Compulsory Education Act, the Copyright Act and the Criminal Code. For arrangements with suppliers the covenant on digital learning materials and privacy 2.0 leads.',
    },
    section: '§5 Wet- en regelgeving',
    related: ['avg', 'processor-agreement-what', 'policy-goals'],
  },
  {
    id: 'avg',
    title: { nl: 'De AVG', en: 'The GDPR' },
    questions: {
      nl: [
        'wat is de avg',
        'sinds wanneer geldt de avg',
        'wat betekent de avg voor school',
        'avg',
        'algemene verordening gegevensbescherming',
        'wanneer is de avg ingegaan',
        'gdpr',
      ],
      en: ['what is the GDPR', 'since when does the GDPR apply'],
    },
    answer: {
      nl: 'De AVG (Algemene Verordening Gegevensbescherming) is de Europese privacywet; zij geldt sinds 25 mei 2018 en verving de Wet bescherming persoonsgegevens. Het IBP-beleid beschrijft wat de AVG betekent voor de scholen en het bestuur.',
      en: 'The GDPR (in Dutch: AVG) is the European privacy law; it applies since 25 May 2018 and replaced the Dutch Personal Data Protection Act. The IBP policy describes what the GDPR means for the schools and the board.',
    },
    section: '§1 Samenvatting; §4 Uitgangspunten',
    related: ['laws', 'privacy-principles', 'ibp-what-is'],
  },
  {
    id: 'everyone-responsible',
    title: { nl: 'Iedereen is verantwoordelijk', en: 'Everyone is responsible' },
    questions: {
      nl: [
        'wie is verantwoordelijk voor veilig omgaan met gegevens',
        'is privacy alleen een taak van ict',
        'wat wordt er van mij als medewerker verwacht',
        'mijn verantwoordelijkheid',
        'wie is verantwoordelijk voor privacy op school',
        'is iedereen verantwoordelijk',
      ],
      en: ['who is responsible for handling data safely', 'what is expected of me as an employee'],
    },
    answer: {
      nl: 'Veilig en betrouwbaar omgaan met informatie is de verantwoordelijkheid van iedereen, voor digitale systemen én papieren documenten. Van elke medewerker wordt verwacht dat die in het dagelijks werk zorgvuldig handelt, incidenten meldt, verbeteringen voorstelt en zo nodig via de (G)MR meedenkt over het beleid.',
      en: 'Handling information safely and reliably is everyone’s responsibility, for digital systems and paper documents alike. Every employee is expected to act with care in daily work, report incidents, suggest improvements and, where needed, help shape the policy through the (joint) participation council.',
    },
    section: '§4 Uitgangspunten; §6 Organisatie (medewerker)',
    related: ['role-manager', 'breach-how-to-report', 'conduct-code-scope'],
  },
  {
    id: 'information-ownership',
    title: { nl: 'Wie eigenaar is van informatie', en: 'Who owns information' },
    questions: {
      nl: [
        'van wie zijn de gegevens die op school worden gemaakt',
        'wie is eigenaar van de informatie van school',
        'eigenaar van de gegevens',
        'van wie is de informatie',
      ],
      en: ['who owns the information produced at school'],
    },
    answer: {
      nl: 'De school is als rechtspersoon eigenaar van de informatie die onder haar verantwoordelijkheid wordt gemaakt; daarnaast beheert ze informatie waarvan het auteursrecht bij anderen ligt. Ouders mogen de gegevens over hun kind altijd inzien en waar het mag laten wijzigen.',
      en: 'The school, as a legal entity, owns the information produced under its responsibility; it also manages information whose copyright belongs to others. Parents may always see the data about their child and have it changed where allowed.',
    },
    section: '§4 Uitgangspunten; §1 Samenvatting',
    related: ['rights-inspection', 'controller-definitions', 'copyright'],
  },
  {
    id: 'confidentiality',
    title: { nl: 'Geheimhoudingsplicht', en: 'Duty of confidentiality' },
    questions: {
      nl: [
        'heb ik een geheimhoudingsplicht',
        'mag ik vertellen wat ik in een zorgdossier heb gelezen',
        'geheimhouding',
        'zwijgplicht',
        'mag ik over een leerling praten met anderen',
      ],
      en: ['do I have a duty of confidentiality'],
    },
    answer: {
      nl: 'Ja. Wie bij het werk vertrouwelijke persoonsgegevens in handen krijgt, zoals zorggegevens, moet die geheimhouden, ook als er niet al vanuit beroep, functie of wet een geheimhoudingsplicht geldt.',
      en: 'Yes. Anyone who gets confidential personal data at work, such as care data, must keep it secret, even where no professional, job or legal duty of confidentiality already applies.',
    },
    section: 'Bijlage 2 Privacyreglement art. 11d',
    related: ['special-personal-data', 'need-to-know', 'everyone-responsible'],
  },
  {
    id: 'controller-definitions',
    title: {
      nl: 'Verantwoordelijke, verwerker en derde',
      en: 'Controller, processor and third party',
    },
    questions: {
      nl: [
        'wie is de verwerkingsverantwoordelijke',
        'wat is het verschil tussen een verwerker en een derde',
        'wat is het bevoegd gezag',
        'verwerkingsverantwoordelijke',
        'verwerker',
        'bevoegd gezag',
        'wat is een derde',
      ],
      en: [
        'who is the data controller',
        'what is the difference between a processor and a third party',
      ],
    },
    answer: {
      nl: 'De verantwoordelijke bepaalt welke gegevens waarvoor worden verwerkt: dat is het bevoegd gezag, de stichting waar de school onder valt. Een verwerker (in het reglement bewerker) verwerkt gegevens voor de verantwoordelijke zonder onder diens directe gezag te staan, zoals een softwareleverancier. Een derde is ieder ander dan de betrokkene, de verantwoordelijke, de verwerker of hun eigen mensen.',
      en: 'The controller decides which data is processed and why: that is the competent authority, the foundation the school belongs to. A processor processes data for the controller without being under its direct authority, such as a software supplier. A third party is anyone other than the person concerned, the controller, the processor or their own staff.',
    },
    section: 'Bijlage 2 Privacyreglement art. 2',
    related: ['processor-agreement-what', 'sharing-third-parties', 'personal-data'],
  },
  {
    id: 'privacy-regulation',
    title: { nl: 'Het privacyreglement', en: 'The privacy regulation' },
    questions: {
      nl: [
        'wat staat er in het privacyreglement',
        'wie mag het privacyreglement wijzigen',
        'sinds wanneer geldt het privacyreglement',
        'privacyreglement',
        'privacyreglement wijzigen',
        'wat regelt het privacyreglement',
      ],
      en: ['what is in the privacy regulation', 'who may change the privacy regulation'],
    },
    answer: {
      nl: 'Het privacyreglement (Bijlage 2) legt uit hoe de organisatie omgaat met persoonsgegevens van leerlingen en medewerkers: doelen, grondslagen, bewaren, toegang, beveiliging, rechten en klachten. Het geldt sinds 1 augustus 2016, wordt door het bestuur gewijzigd na instemming van de (G)MR, en voor situaties die het niet regelt neemt het bestuur de nodige maatregelen.',
      en: 'The privacy regulation (Appendix 2) explains how the organisation handles personal data of pupils and staff: purposes, grounds, retention, access, security, rights and complaints. It applies since 1 August 2016, is changed by the board after consent of the (joint) participation council, and for situations it does not cover the board takes the necessary measures.',
    },
    section: '§8 Privacyreglement; Bijlage 2 art. 17–19',
    related: ['rights-complaints', 'legal-grounds', 'policy-review'],
  },
];
