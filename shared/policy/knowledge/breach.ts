// Data breaches: what counts, how fast, whom to call, who is told (§12 Protocol datalekken).
import type { KnowledgeEntry } from './types';

export const BREACH_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'breach-what-is',
    title: { nl: 'Wat is een datalek?', en: 'What is a data breach?' },
    questions: {
      nl: [
        'wat is een datalek',
        'wanneer spreek je van een datalek',
        'wat valt onder een datalek',
        'is dit een datalek',
        'wat is precies een datalek',
        'definitie datalek',
        'telt het kwijtraken van gegevens als datalek',
        'is onrechtmatig gebruik van gegevens ook een lek',
      ],
      en: ['what is a data breach', 'what counts as a data breach', 'definition of a data breach'],
    },
    answer: {
      nl: 'Een datalek is elke keer dat persoonsgegevens van leerlingen, ouders of medewerkers zonder toestemming van de organisatie worden ingezien, vernietigd, gewijzigd of naar buiten komen. Ook onrechtmatig verwerken van gegevens telt mee, dus niet alleen uitlekken. Denk aan een gestolen iPad of laptop, een kwijtgeraakte dossiertas of een mail aan de verkeerde ontvanger.',
      en: 'A data breach is any time personal data of pupils, parents or staff is accessed, destroyed, changed or released without the organisation’s permission. Unlawful processing counts too, not only leaking. Think of a stolen iPad or laptop, a lost bag with files or a mail to the wrong recipient.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-how-to-report', 'breach-examples', 'breach-serious'],
  },
  {
    id: 'breach-how-to-report',
    title: { nl: 'Een datalek melden', en: 'Reporting a data breach' },
    questions: {
      nl: [
        'hoe meld ik een datalek',
        'waar moet ik een datalek melden',
        'bij wie meld ik een datalek',
        'wie moet ik bellen bij een datalek',
        'ik vermoed een datalek wat nu',
        'datalek melden',
        'er zijn gegevens gelekt wie waarschuw ik',
        'waar geef ik een datalek door',
        'wie is het meldpunt voor datalekken',
        'telefoonnummer datalek melden',
        'ik heb een datalek veroorzaakt',
      ],
      en: [
        'how do I report a data breach',
        'who do I call about a data breach',
        'report a breach',
        'who do I tell about a leak',
      ],
    },
    answer: {
      nl: 'Bel meteen {contact.breachReport}, ook als je alleen vermoedt dat er iets is gelekt. Samen met jou bepalen zij of het een datalek is in de zin van de wet, en zij doen zo nodig de melding bij de Autoriteit Persoonsgegevens. Wacht niet af: de melding moet binnen 72 uur gedaan zijn.',
      en: 'Call {contact.breachReport} straight away, even if you only suspect that something leaked. Together with you they decide whether it is a breach in the legal sense, and if needed they notify the Dutch Data Protection Authority (AP). Do not wait: the notification must be made within 72 hours.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-72-hours', 'breach-who-decides', 'breach-what-is'],
  },
  {
    id: 'breach-72-hours',
    title: { nl: 'Binnen 72 uur melden', en: 'Reporting within 72 hours' },
    questions: {
      nl: [
        'hoe snel moet een datalek gemeld worden',
        'binnen hoeveel uur moet je een datalek melden',
        'wat is de termijn voor het melden van een datalek',
        'meldtermijn datalek',
        'hoeveel tijd is er voor een melding bij de autoriteit persoonsgegevens',
        'deadline melding datalek',
        'na hoeveel uur moet de ap het datalek weten',
        '72 uur datalek',
      ],
      en: [
        'how quickly must a breach be reported',
        'what is the deadline for reporting a breach',
        'within how many hours must a breach be reported',
        '72 hours breach',
      ],
    },
    answer: {
      nl: 'Een datalek moet zo snel mogelijk na het ontdekken worden gemeld bij de Autoriteit Persoonsgegevens, en uiterlijk binnen 72 uur. Meld het daarom direct intern bij {contact.breachReport}, zodat er tijd is om te beoordelen en te melden.',
      en: 'A breach must be reported to the Dutch Data Protection Authority as soon as possible after it is discovered, and within 72 hours at the latest. So report it internally to {contact.breachReport} at once, leaving time to assess and notify.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-how-to-report', 'breach-notify-data-subjects', 'breach-fine'],
  },
  {
    id: 'breach-notify-data-subjects',
    title: { nl: 'Betrokkenen informeren over een datalek', en: 'Telling the people concerned' },
    questions: {
      nl: [
        'moeten ouders worden ingelicht bij een datalek',
        'wanneer moeten betrokkenen van een datalek op de hoogte worden gebracht',
        'moeten we de mensen van wie gegevens gelekt zijn informeren',
        'moeten we de betrokkenen laten weten dat er iets gelekt is',
        'ouders informeren na een datalek',
        'wie vertelt het de mensen van wie gegevens op straat liggen',
      ],
      en: [
        'do we have to tell the people affected by a breach',
        'must parents be told about a breach',
        'must we inform the people whose data leaked',
      ],
    },
    answer: {
      nl: 'De meldplicht heeft twee kanten: melden bij de Autoriteit Persoonsgegevens en in sommige gevallen ook bij de betrokkenen zelf. Heeft het lek waarschijnlijk nadelige gevolgen voor de persoonlijke levenssfeer van de betrokkenen, dan moeten zij naast de AP ook worden ingelicht. {contact.breachReport} beoordeelt dat samen met de melder.',
      en: 'The duty to report has two sides: notifying the Data Protection Authority and, in some cases, the people concerned. If the breach is likely to harm the privacy of those concerned, they must be told as well as the AP. {contact.breachReport} assesses this together with the reporter.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-72-hours', 'breach-who-decides', 'breach-serious'],
  },
  {
    id: 'breach-who-decides',
    title: {
      nl: 'Wie beslist over de melding aan de AP?',
      en: 'Who decides on notifying the AP?',
    },
    questions: {
      nl: [
        'wie meldt het datalek bij de autoriteit persoonsgegevens',
        'wie beslist of iets een datalek is',
        'moet ik zelf de autoriteit persoonsgegevens inlichten',
        'wie doet de melding bij de ap',
        'wie bepaalt of we een lek moeten melden bij de toezichthouder',
        'meld ik het datalek zelf bij de autoriteit',
      ],
      en: [
        'who notifies the data protection authority',
        'do I notify the AP myself',
        'who reports the breach to the authority',
      ],
    },
    answer: {
      nl: 'Je meldt het lek intern; je hoeft de Autoriteit Persoonsgegevens niet zelf in te lichten. {contact.breachReport} bepaalt in overleg met jou of het een datalek is zoals de AP dat bedoelt, en doet dan de melding via het meldformulier van de AP.',
      en: 'You report the breach internally; you do not notify the Data Protection Authority yourself. {contact.breachReport} decides with you whether it is a breach as the AP means it, and then files the notification through the AP’s online form.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-how-to-report', 'breach-72-hours', 'role-dpo'],
  },
  {
    id: 'breach-serious',
    title: { nl: 'Wanneer is een lek ernstig?', en: 'When is a breach serious?' },
    questions: {
      nl: [
        'wanneer is een datalek ernstig',
        'moet elk datalek gemeld worden',
        'moet een klein lek ook gemeld worden bij de AP',
        'wanneer moet een lek naar de autoriteit persoonsgegevens',
        'is elk incident meldplichtig',
        'meldplicht datalekken wanneer',
      ],
      en: [
        'when is a breach serious enough to report',
        'does every breach have to be reported',
        'must every small breach be reported',
      ],
    },
    answer: {
      nl: 'Melden bij de AP is nodig als er een reële kans is op nadelige gevolgen voor de privacy, dus als gegevens verloren kunnen gaan of onrechtmatig verwerkt kunnen worden, niet alleen bij hackers. Dat wordt per geval beoordeeld door de school en het bestuursbureau. Het kwijtraken van een zorgdossier van een leerling of een personeelsdossier geldt altijd als ernstig. Meld intern dus altijd, ook bij twijfel.',
      en: 'Notifying the AP is needed when there is a real chance of harm to privacy, meaning data may be lost or processed unlawfully, not only when hackers are involved. The school and the board office judge this case by case. Losing a pupil’s care file or a staff file always counts as serious. So always report internally, also when in doubt.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-what-is', 'breach-how-to-report', 'breach-examples'],
  },
  {
    id: 'breach-examples',
    title: { nl: 'Voorbeelden van datalekken', en: 'Examples of breaches' },
    questions: {
      nl: [
        'voorbeelden van een datalek',
        'in welke situaties moet ik opletten voor een datalek',
        'is een kwijtgeraakte usb-stick een datalek',
        'is een verloren telefoon een datalek',
        'wat zijn voorbeelden van datalekken op school',
        'welke dingen tellen als datalek',
        'is een kwijtgeraakte telefoon of tablet een datalek',
      ],
      en: [
        'examples of data breaches',
        'is a lost usb stick a breach',
        'is a lost phone a data breach',
      ],
    },
    answer: {
      nl: 'Let in elk geval op verlies of diefstal van een usb-stick, computer, laptop, tablet, telefoon, tas met documenten of van wachtwoorden waarmee gevoelige gegevens te bereiken zijn. Ook een mail aan de verkeerde ontvanger en het mailen van leerlinggegevens kunnen een datalek zijn. Meld zoiets direct bij {contact.breachReport}.',
      en: 'Watch out in any case for loss or theft of a USB stick, computer, laptop, tablet, phone, bag with documents, or passwords that open sensitive data. A mail to the wrong recipient and mailing pupil data can also be breaches. Report such a case at once to {contact.breachReport}.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-how-to-report', 'breach-lost-device', 'breach-wrong-recipient'],
  },
  {
    id: 'breach-lost-device',
    title: {
      nl: 'Laptop, tablet of telefoon kwijt of gestolen',
      en: 'Laptop, tablet or phone lost or stolen',
    },
    questions: {
      nl: [
        'mijn laptop is gestolen wat moet ik doen',
        'ik ben mijn telefoon kwijt met werkmail erop',
        'ipad verloren met leerlinggegevens',
        'wat te doen bij diefstal van een laptop',
        'laptop kwijt',
        'telefoon gestolen met schoolmail',
        'tablet verloren',
        'dossiertas gestolen',
        'mijn tas met schoolspullen is weg',
      ],
      en: [
        'my laptop was stolen, what should I do',
        'I lost my phone with work mail on it',
        'I lost my tablet',
        'my phone was stolen',
      ],
    },
    answer: {
      nl: 'Meld verlies of diefstal van een laptop, tablet of smartphone waarmee gevoelige gegevens te openen zijn meteen als datalek bij {contact.breachReport}. Bij een laptop staat vaak informatie op de harde schijf, dus daar is de kans op een datalek echt aanwezig. Vraag ook of je account geblokkeerd of je wachtwoord gewijzigd moet worden.',
      en: 'Report the loss or theft of a laptop, tablet or smartphone that can open sensitive data at once as a breach to {contact.breachReport}. A laptop often keeps information on its hard disk, so a breach is a real possibility there. Also ask whether your account should be blocked or your password changed.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk; Bijlage 4 Hardware',
    related: ['breach-how-to-report', 'desktop-theft', 'laptop-care'],
  },
  {
    id: 'breach-wrong-recipient',
    title: { nl: 'Mail naar de verkeerde persoon gestuurd', en: 'Mail sent to the wrong person' },
    questions: {
      nl: [
        'ik heb een mail naar de verkeerde persoon gestuurd',
        'mail verkeerd geadresseerd met leerlinggegevens',
        'per ongeluk verkeerde ontvanger gemaild',
        'mail naar de verkeerde ouder gestuurd',
        'verkeerd adres in de mail gezet',
        'bericht met gegevens bij de verkeerde persoon terechtgekomen',
        'per ongeluk doorgestuurd',
      ],
      en: [
        'I sent an email to the wrong person',
        'wrongly addressed email with pupil data',
        'I emailed the wrong person',
        'email sent to the wrong address',
      ],
    },
    answer: {
      nl: 'Een verkeerd geadresseerde mail met persoonsgegevens is een mogelijk datalek. Meld het direct bij {contact.breachReport}; zij beoordelen met jou of het gemeld moet worden. Vraag de onbedoelde ontvanger de mail te verwijderen, maar wacht daar niet mee met melden.',
      en: 'A wrongly addressed mail containing personal data is a possible breach. Report it at once to {contact.breachReport}; they judge with you whether it must be notified. Ask the unintended recipient to delete the mail, but do not delay the report for that.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-how-to-report', 'email-bcc', 'email-bsn'],
  },
  {
    id: 'breach-fine',
    title: { nl: 'Boete bij niet melden', en: 'Fine for not reporting' },
    questions: {
      nl: [
        'wat is de boete als je een datalek niet meldt',
        'hoe hoog is de boete voor te laat melden',
        'wat gebeurt er als we een lek niet op tijd melden',
        'boete datalek',
        'welke boete riskeren we bij een datalek',
        'hoeveel kost het als we niet melden',
      ],
      en: [
        'what is the fine for not reporting a breach',
        'how high is the fine for a late breach report',
      ],
    },
    answer: {
      nl: 'Volgens het beleid kan het niet op tijd melden van een datalek een boete opleveren van maximaal 810.000 euro of 10% van de omzet. Daarom moet een lek binnen 72 uur gemeld worden.',
      en: 'According to the policy, failing to report a breach in time can lead to a fine of up to 810,000 euros or 10% of turnover. That is why a breach must be reported within 72 hours.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-72-hours', 'breach-how-to-report', 'breach-serious'],
  },
  {
    id: 'breach-risky-situations',
    title: {
      nl: 'Situaties die tot een datalek kunnen leiden',
      en: 'Situations that can lead to a breach',
    },
    questions: {
      nl: [
        'welke situaties kunnen tot een datalek leiden',
        'hoe ontstaat een datalek meestal',
        'wat zijn risico’s voor een datalek op school',
        'waardoor ontstaan datalekken',
        'wat zijn onveilige situaties met persoonsgegevens',
        'risicovolle situaties privacy',
      ],
      en: ['what situations can cause a data breach'],
    },
    answer: {
      nl: 'Onveilige situaties zijn onder meer open dossierkasten, papieren die rondslingeren, afdrukken die in de printer blijven liggen en een ontgrendeld scherm als je weg bent. Ook werken via open wifi, wachtwoorden op papier, meekijken bij inloggen, uitgeleende inloggegevens, verkeerd geadresseerde mail en het mailen van leerlinggegevens geven risico.',
      en: 'Unsafe situations include unlocked file cabinets, papers left lying around, prints left in the printer and an unlocked screen while you are away. Working over open wifi, passwords on paper, people watching you log in, lent login details, misaddressed mail and mailing pupil data are risks too.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-prevent', 'clean-desk', 'public-wifi'],
  },
  {
    id: 'breach-prevent',
    title: { nl: 'Datalekken voorkomen', en: 'Preventing breaches' },
    questions: {
      nl: [
        'hoe voorkom ik een datalek',
        'wat kan ik als medewerker doen om datalekken te voorkomen',
        'tips om datalekken te voorkomen',
        'wat kan ik doen tegen datalekken',
        'hoe zorg ik dat er niets lekt',
        'datalek voorkomen',
      ],
      en: ['how can I prevent a data breach', 'how do I avoid data leaks'],
    },
    answer: {
      nl: 'Ken de Gedragscode ICT en sociale media, werk met gevoelige leerling- of personeelsgegevens alleen op het netwerk of in de webapplicaties van de school, en neem ze niet mee op een usb-stick of naar je privémail. Vergrendel je scherm, deel je wachtwoord met niemand en laat niemand meekijken. Werk je thuis, gebruik dan het extern bureaublad.',
      en: 'Know the ICT and social media code of conduct, work with sensitive pupil or staff data only on the network or in the school’s web applications, and never take it home on a USB stick or to your private mail. Lock your screen, share your password with nobody and let nobody watch. When working from home, use the remote desktop.',
    },
    section: '§12 Protocol datalekken',
    related: ['breach-risky-situations', 'working-from-home', 'usb-forbidden'],
  },
];
