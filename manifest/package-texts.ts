// What admins and staff read about the app in Teams, Outlook and the admin center: Dutch first
// (the manifest's default language), English in en.json and the XML manifest's overrides.

export interface PackageTexts {
  shortName: string;
  /** The XML add-in's name: distinct, so admins and users can tell the two add-ins apart. */
  xmlAddinName: string;
  fullName: (organisation: string) => string;
  shortDescription: string;
  fullDescription: (organisation: string) => string;
  tabs: { myReports: string; register: string; policy: string; insight: string };
  commands: { datalek: string; help: string };
  ribbonGroup: string;
  taskpaneButton: string;
  taskpaneTitle: string;
  taskpaneTooltip: string;
  readButton: string;
  readTooltip: string;
}

export const NL: PackageTexts = {
  shortName: 'Privacywacht',
  xmlAddinName: 'Privacywacht voor Outlook',
  fullName: (organisation) => `Privacywacht — privacybeleid van ${organisation}`,
  shortDescription: 'Waarschuwt vóór verzenden bij privacyrisico’s en neemt datalekken aan.',
  fullDescription: (organisation) =>
    `Privacywacht brengt het privacybeleid van ${organisation} naar Outlook en Teams. ` +
    'Voordat een mail vertrekt, zoekt Outlook naar burgerservicenummers, leerlinggegevens en ' +
    'andere gevoelige persoonsgegevens, naar ouders die elkaars adres zien en naar mail aan een ' +
    'privémailbox; de waarschuwing zegt wat er mis is en biedt de oplossing, zoals versleuteld ' +
    'verzenden. De inhoud van mails verlaat Outlook daarbij niet. In Teams beantwoordt de bot ' +
    'vragen over het beleid en neemt hij meldingen van datalekken aan voor het Domein ICT; de tabbladen ' +
    'tonen eigen meldingen, het datalekkenregister en het beleid.',
  tabs: {
    myReports: 'Mijn meldingen',
    register: 'Datalekregister',
    policy: 'Privacybeleid',
    insight: 'Inzicht',
  },
  commands: {
    datalek:
      'Meld een datalek: een mail aan de verkeerde persoon, een verloren laptop of usb-stick',
    help: 'Wat kan Privacywacht? Voorbeelden van vragen en hoe je een datalek meldt',
  },
  ribbonGroup: 'Privacywacht',
  taskpaneButton: 'Privacy controleren',
  taskpaneTitle: 'Privacywacht',
  taskpaneTooltip:
    'Toont wat Privacywacht in deze mail vond, waarom het ertoe doet en de oplossing met één klik.',
  readButton: 'Privacywacht',
  readTooltip: 'Was deze mail een vergissing? Meld een datalek vanuit deze mail.',
};

export const EN: PackageTexts = {
  shortName: 'Privacywacht',
  xmlAddinName: 'Privacywacht for Outlook',
  fullName: (organisation) => `Privacywacht — ${organisation}'s privacy policy`,
  shortDescription: 'Warns about privacy risks before a mail is sent and takes breach reports.',
  fullDescription: (organisation) =>
    `Privacywacht brings ${organisation}'s privacy policy into Outlook and Teams. ` +
    'Before a mail leaves, Outlook looks for citizen service numbers, pupil data and other ' +
    "sensitive personal data, for parents who can see each other's address and for mail to a " +
    'private mailbox; the warning says what is wrong and offers the fix, such as sending ' +
    'encrypted. Mail content never leaves Outlook. In Teams the bot answers questions about the ' +
    'policy and takes data breach reports for the ICT department; the tabs show your own reports, ' +
    'the breach register and the policy.',
  tabs: {
    myReports: 'My reports',
    register: 'Breach register',
    policy: 'Privacy policy',
    insight: 'Insight',
  },
  commands: {
    datalek: 'Report a data breach: a mail to the wrong person, a lost laptop or USB stick',
    help: 'What can Privacywacht do? Example questions and how to report a breach',
  },
  ribbonGroup: 'Privacywacht',
  taskpaneButton: 'Check privacy',
  taskpaneTitle: 'Privacywacht',
  taskpaneTooltip:
    'Shows what Privacywacht found in this mail, why it matters and the one-click fix.',
  readButton: 'Privacywacht',
  readTooltip: 'Was this mail a mistake? Report a data breach from this mail.',
};
