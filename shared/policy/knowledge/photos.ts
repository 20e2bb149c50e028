// Photos and video of pupils: consent, publication, parents filming (§11, Bijlage 3,
// Bijlage 7, Bijlage 8 §8 and §13).
import type { KnowledgeEntry } from './types';

export const PHOTO_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'photo-consent-yearly',
    title: {
      nl: 'Toestemming voor foto’s, elk jaar opnieuw',
      en: 'Photo consent, every year again',
    },
    questions: {
      nl: [
        'hoe vaak moeten ouders toestemming geven voor foto’s',
        'is toestemming voor beeldmateriaal elk jaar nodig',
        'geldt de fototoestemming voor de hele schoolloopbaan',
        'wanneer vragen we toestemming voor foto’s',
        'toestemming foto’s ieder schooljaar',
        'hoe lang geldt de toestemming voor foto’s',
        'jaarlijkse toestemming beeldmateriaal',
        'vervalt de toestemming voor foto’s',
      ],
      en: ['how often must parents consent to photos', 'is photo consent needed every year'],
    },
    answer: {
      nl: 'Ouders geven vooraf en ieder schooljaar opnieuw toestemming voor het gebruik van foto’s en video’s waarop hun kind staat. Zonder geldige toestemming voor dit schooljaar publiceer je geen beeld van dat kind. Het model voor de toestemmingsbrief staat in Bijlage 3.',
      en: 'Parents give consent beforehand and again every school year for the use of photos and videos showing their child. Without valid consent for this school year you publish no image of that child. The model consent letter is in Appendix 3.',
    },
    section: '§11 Toestemming voor publicatie van foto’s en video’s; Bijlage 7',
    related: ['photo-consent-per-purpose', 'photo-no-opt-out', 'photo-consent-form'],
  },
  {
    id: 'photo-consent-per-purpose',
    title: { nl: 'Toestemming per doel', en: 'Consent per purpose' },
    questions: {
      nl: [
        'waarvoor geven ouders toestemming bij foto’s',
        'geldt toestemming voor de website ook voor facebook',
        'mag een foto uit de schoolgids ook op instagram',
        'aparte toestemming per kanaal',
        'mag ik foto’s op de website zetten',
        'foto’s in de nieuwsbrief of op facebook',
        'toestemming voor de schoolgids en website',
        'waarvoor mogen we foto’s gebruiken',
        'foto’s van een uitstapje publiceren',
        'mag ik foto’s van leerlingen op facebook zetten',
        'foto’s van de klas op sociale media plaatsen',
      ],
      en: [
        'does consent for the website also cover social media',
        'consent per purpose for photos',
        'can I put photos on the school website',
        'can I use photos on facebook',
        'does photo consent cover the newsletter',
      ],
    },
    answer: {
      nl: 'Toestemming wordt per doel gevraagd, want ouders moeten een specifieke, goed geïnformeerde keuze kunnen maken. Het formulier kent aparte vakjes voor onder meer de schoolgids of -kalender, de website, de nieuwsbrief, sociale media van de school, het ouderportaal of de klassenapp, gebruik door het bestuur, en onderzoek zoals een stagiaire die een les terugkijkt. Gebruik een foto alleen voor de doelen waarvoor die ouder ja heeft gezegd.',
      en: 'Consent is asked per purpose, because parents must be able to make a specific, informed choice. The form has separate boxes for, among others, the school guide or calendar, the website, the newsletter, the school’s social media, the parent portal or class app, use by the board, and research such as a student teacher reviewing a lesson. Use a photo only for the purposes that parent agreed to.',
    },
    section: 'Bijlage 3 Toestemming publicatie foto’s en video’s',
    related: ['photo-consent-yearly', 'photo-no-opt-out', 'photo-lesson-recording'],
  },
  {
    id: 'photo-no-opt-out',
    title: { nl: 'Geen opt-out', en: 'No opt-out' },
    questions: {
      nl: [
        'mogen we zeggen dat ouders moeten laten weten als ze geen foto’s willen',
        'is een opt-out voor foto’s toegestaan',
        'kunnen we aannemen dat ouders akkoord zijn als ze niet reageren',
        'bezwaar maken tegen foto’s in plaats van toestemming',
        'mogen we foto’s plaatsen tenzij ouders nee zeggen',
        'geen reactie op de fotobrief',
        'stilzwijgend akkoord foto’s',
      ],
      en: [
        'is an opt-out for photos allowed',
        'can we assume consent if parents do not reply',
        'can we assume consent when parents do not respond',
      ],
    },
    answer: {
      nl: 'Nee. Een briefje als “laat het ons weten als u geen foto’s wilt” is een opt-out en dat is in strijd met de wet. Ouders moeten uitdrukkelijk ja zeggen; wie niet reageert, heeft geen toestemming gegeven.',
      en: 'No. A note like “let us know if you do not want photos” is an opt-out and that is against the law. Parents must say yes explicitly; a parent who does not reply has not consented.',
    },
    section: 'Bijlage 3 Toestemming publicatie foto’s en video’s (toelichting)',
    related: ['photo-consent-per-purpose', 'photo-consent-yearly', 'photo-one-or-two-parents'],
  },
  {
    id: 'photo-one-or-two-parents',
    title: { nl: 'Toestemming van één of twee ouders', en: 'Consent from one or two parents' },
    questions: {
      nl: [
        'moeten beide ouders tekenen voor foto’s',
        'is de handtekening van één ouder genoeg',
        'gescheiden ouders en toestemming voor beeldmateriaal',
        'vader wil wel foto’s maar moeder niet',
        'handtekening van beide ouders',
        'één ouder tekent voor foto’s',
        'ouders zijn het niet eens over foto’s',
        'toestemming bij gescheiden ouders',
      ],
      en: ['do both parents need to sign the photo consent', 'is one parent’s signature enough'],
    },
    answer: {
      nl: 'De school mag uitgaan van de toestemming van één ouder. Weet je dat de andere ouder het er niet mee eens is, dan heb je toestemming van beide ouders nodig; bij gescheiden ouders is het verstandig om beiden te vragen. Om toestemming in te trekken is één ouder genoeg. Twijfel je, vraag dan twee handtekeningen of gebruik de foto niet.',
      en: 'The school may rely on the consent of one parent. If you know the other parent disagrees, you need consent from both; with divorced parents it is wise to ask both. One parent is enough to withdraw consent. When in doubt, ask for two signatures or do not use the photo.',
    },
    section: 'Bijlage 3 Toestemming door één of twee ouders',
    related: ['photo-withdraw', 'photo-consent-yearly', 'rights-parent-without-custody'],
  },
  {
    id: 'photo-no-names',
    title: { nl: 'Geen namen bij foto’s', en: 'No names with photos' },
    questions: {
      nl: [
        'mag ik de naam van een leerling bij een foto zetten',
        'namen van kinderen onder foto’s op de website',
        'mag ik leerlingen taggen op sociale media',
        'namen bij foto’s',
        'naam van een kind bij een foto zetten',
        'leerlingen met naam op de website',
      ],
      en: [
        'may I put a pupil’s name with a photo',
        'can I tag pupils in photos',
        'can I put names under photos',
      ],
    },
    answer: {
      nl: 'Nee, bij foto’s en video’s zet je geen namen van leerlingen. Zo wordt niemand in verlegenheid gebracht en is een kind minder makkelijk te vinden. Plaats ook geen foto’s waardoor een leerling schade kan oplopen.',
      en: 'No, photos and videos never carry pupils’ names. That way nobody is embarrassed and a child is harder to find. Also post no photos that could harm a pupil.',
    },
    section: 'Bijlage 3; Bijlage 8 §13 Richtlijnen sociale media',
    related: ['photo-consent-per-purpose', 'social-media-school-page', 'photo-protect'],
  },
  {
    id: 'photo-withdraw',
    title: {
      nl: 'Toestemming intrekken of later geven',
      en: 'Withdrawing or giving consent later',
    },
    questions: {
      nl: [
        'kan een ouder de toestemming voor foto’s intrekken',
        'ouder wil alsnog geen foto’s meer',
        'kan toestemming later alsnog gegeven worden',
        'fototoestemming intrekken',
        'ouder wil geen foto’s meer',
        'kan een ouder later toch toestemming geven',
      ],
      en: ['can a parent withdraw photo consent', 'a parent wants to withdraw photo consent'],
    },
    answer: {
      nl: 'Ja, ouders kunnen hun toestemming altijd intrekken, en ze kunnen ook later alsnog toestemming geven. Voor intrekken is de mededeling van één ouder voldoende. Gebruik vanaf dat moment geen nieuw beeld van het kind voor dat doel.',
      en: 'Yes, parents can always withdraw their consent, and they can also give it later. One parent’s word is enough to withdraw. From then on, use no new images of the child for that purpose.',
    },
    section: 'Bijlage 3; §4 Uitgangspunten privacy; Bijlage 2 art. 14',
    related: ['photo-one-or-two-parents', 'consent-withdrawal', 'photo-consent-yearly'],
  },
  {
    id: 'photo-no-consent-needed',
    title: { nl: 'Wanneer geen toestemming nodig is', en: 'When no consent is needed' },
    questions: {
      nl: [
        'heb ik toestemming nodig voor foto’s in de klas voor de les',
        'is toestemming nodig voor een foto op de schoolpas',
        'foto in het administratiesysteem zonder toestemming',
        'foto’s voor gebruik in de les',
        'pasfoto voor de schoolpas of administratie',
        'wanneer is geen toestemming nodig voor foto’s',
        'foto in esis of de leerlingadministratie',
      ],
      en: [
        'do I need consent for photos used in class',
        'is consent needed for a school pass photo',
        'when is no photo consent needed',
      ],
    },
    answer: {
      nl: 'Voor foto’s en video’s die je in de klas of les gebruikt voor onderwijsdoelen is geen toestemming van ouders nodig, en ook niet voor een foto op een schoolpas of in het administratiesysteem. Wel gelden de gewone privacyregels: ga zuinig om met beeld van leerlingen.',
      en: 'Photos and videos used in class or in a lesson for teaching need no parental consent, and neither does a photo on a school pass or in the administration system. The usual privacy rules still apply: be sparing with images of pupils.',
    },
    section: 'Bijlage 3 Toelichting gebruik formulier toestemming',
    related: ['photo-consent-per-purpose', 'photo-lesson-recording', 'data-minimisation'],
  },
  {
    id: 'photo-lesson-recording',
    title: { nl: 'Les filmen door een stagiaire', en: 'A student teacher filming a lesson' },
    questions: {
      nl: [
        'mag een stagiair een les filmen',
        'les opnemen voor de opleiding van de stagiaire',
        'video van de klas voor onderzoek',
        'les filmen voor de pabo',
        'video-opname van een les door een student',
        'beeldcoaching in de klas',
      ],
      en: ['may a student teacher film a lesson'],
    },
    answer: {
      nl: 'Een les filmen zodat een stagiaire die later kan terugkijken valt onder onderzoeksdoeleinden, en daarvoor staat een apart vakje op het toestemmingsformulier. Film alleen kinderen van wie de ouders daarvoor ja hebben gezegd, of film zo dat ze niet herkenbaar in beeld komen.',
      en: 'Filming a lesson so a student teacher can review it later counts as research, which has its own box on the consent form. Film only children whose parents said yes to it, or film so that they are not recognisable.',
    },
    section: 'Bijlage 3 Toestemming publicatie foto’s en video’s',
    related: ['photo-consent-per-purpose', 'photo-no-consent-needed', 'photo-protect'],
  },
  {
    id: 'photo-parents-filming',
    title: { nl: 'Ouders die foto’s maken op school', en: 'Parents taking photos at school' },
    questions: {
      nl: [
        'mogen ouders foto’s maken tijdens de kerstviering',
        'ouders filmen bij een schoolactiviteit',
        'andere ouders zetten foto’s van mijn klas op facebook',
        'kan de school ouders verbieden te fotograferen',
        'ouders maken foto’s bij een optreden',
        'filmen door ouders op school',
        'ouders fotograferen op het schoolfeest',
        'ouders zetten foto’s van andere kinderen online',
      ],
      en: [
        'may parents take photos at school events',
        'parents posting photos of the class online',
        'may parents film the school play',
      ],
    },
    answer: {
      nl: 'De toestemming van ouders geldt alleen voor beeld dat de school zelf maakt of laat maken; op foto’s van andere ouders heeft de school geen invloed. Binnen de school is fotograferen of filmen met een telefoon alleen toegestaan met toestemming van de directie, en publiceren mag alleen als iedereen die erop staat ermee instemt. De school kan ouders vragen terughoudend te zijn en eigen regels vastleggen in een protocol.',
      en: 'Parents’ consent only covers images the school makes or has made; the school has no say over photos taken by other parents. Inside the school, taking photos or video with a phone needs the management’s permission, and publishing is allowed only if everyone shown agrees. The school can ask parents to be restrained and lay down its own rules in a protocol.',
    },
    section: 'Bijlage 3 Foto’s maken door ouders op school; Bijlage 8 §8',
    related: ['phones-pupils', 'photo-consent-per-purpose', 'photo-own-social-media'],
  },
  {
    id: 'photo-protect',
    title: { nl: 'Gepubliceerde foto’s beschermen', en: 'Protecting published photos' },
    questions: {
      nl: [
        'hoe bescherm ik foto’s van leerlingen op de website',
        'foto’s achter een inlog plaatsen',
        'hoe publiceren we foto’s veilig',
        'foto’s beveiligd publiceren',
        'fotoalbum achter een wachtwoord',
        'kinderen onherkenbaar fotograferen',
      ],
      en: ['how do we publish pupil photos safely'],
    },
    answer: {
      nl: 'Publiceert de school beeld van leerlingen, dan moet ze het beschermen tegen misbruik, bijvoorbeeld met een portaal dat alleen leerlingen en hun ouders met een eigen inlog kunnen openen. Nog eenvoudiger is kinderen zo te fotograferen of filmen dat ze niet herkenbaar met hun gezicht in beeld komen.',
      en: 'When the school publishes images of pupils it must protect them against misuse, for example with a portal only pupils and their parents can open with their own login. Simpler still is to photograph or film children so their faces are not recognisable.',
    },
    section: '§11 Toestemming voor publicatie van foto’s en video’s',
    related: ['photo-consent-yearly', 'photo-no-names', 'social-media-school-page'],
  },
  {
    id: 'photo-own-social-media',
    title: {
      nl: 'Foto’s van leerlingen op je eigen sociale media',
      en: 'Pupil photos on your own social media',
    },
    questions: {
      nl: [
        'mag ik een foto van mijn klas op mijn eigen instagram zetten',
        'foto van leerlingen op mijn persoonlijke facebook',
        'klassenfoto delen op mijn privé account',
        'foto van leerlingen op mijn eigen account',
        'mag ik foto’s van mijn klas delen op mijn privé sociale media',
        'klas op mijn eigen tiktok',
      ],
      en: ['can I post a class photo on my own instagram', 'pupil photos on my personal facebook'],
    },
    answer: {
      nl: 'Nee, op je eigen sociale media plaats je geen foto’s van of informatie over leerlingen. Foto’s van de klas horen alleen op de kanalen van de school, en alleen met toestemming van de ouders voor dat kanaal.',
      en: 'No, you post no photos of or information about pupils on your own social media. Class photos belong only on the school’s channels, and only with the parents’ consent for that channel.',
    },
    section: 'Bijlage 8 §13 Richtlijnen sociale media',
    related: ['social-media-personal', 'photo-consent-per-purpose', 'social-media-school-page'],
  },
  {
    id: 'photo-consent-form',
    title: { nl: 'Het toestemmingsformulier', en: 'The consent form' },
    questions: {
      nl: [
        'waar vind ik de toestemmingsbrief voor foto’s',
        'is er een voorbeeldbrief voor toestemming beeldmateriaal',
        'wat moet er in de toestemmingsverklaring staan',
        'toestemmingsbrief foto’s',
        'formulier toestemming foto en video',
        'voorbeeld toestemmingsformulier beeldmateriaal',
      ],
      en: ['where is the photo consent form', 'photo consent letter'],
    },
    answer: {
      nl: 'Bijlage 3 van het beleid bevat een modelbrief met antwoordstrook die de school aan ouders meegeeft. De brief legt uit waarvoor beeld gebruikt wordt, dat er geen namen bij komen, dat andere ouders ook foto’s kunnen maken, en dat ouders hun keuze altijd kunnen herzien. Ouders kruisen per doel aan en tekenen met datum en naam.',
      en: 'Appendix 3 of the policy holds a model letter with a reply slip that the school gives to parents. It explains what images are used for, that no names are added, that other parents may take photos too, and that parents can always change their choice. Parents tick each purpose and sign with date and name.',
    },
    section: 'Bijlage 3 Format toestemming publicatie foto’s en video’s',
    related: ['photo-consent-yearly', 'photo-consent-per-purpose', 'photo-older-pupils'],
  },
  {
    id: 'photo-older-pupils',
    title: { nl: 'Oudere leerlingen laten meebeslissen', en: 'Letting older pupils have a say' },
    questions: {
      nl: [
        'mag een leerling zelf beslissen over foto’s',
        'moeten kinderen zelf toestemming geven voor foto’s',
        'mag een leerling zelf toestemming geven voor foto’s',
        'vanaf welke leeftijd beslist een kind zelf over foto’s',
      ],
      en: ['can a pupil decide about photos themselves'],
    },
    answer: {
      nl: 'Tot 16 jaar beslissen de ouders als wettelijk vertegenwoordigers. De school vraagt ouders wel om de keuze thuis met hun kind te bespreken, omdat oudere leerlingen vaak zelf willen meebeslissen en dan weten waarom iets wel of niet mag.',
      en: 'Until 16 the parents decide, as legal representatives. The school does ask parents to discuss the choice with their child at home, because older pupils often want a say and then know why something is or is not allowed.',
    },
    section: 'Bijlage 3; Bijlage 2 art. 2 (wettelijk vertegenwoordiger)',
    related: ['rights-under-16', 'photo-one-or-two-parents', 'photo-consent-form'],
  },
  {
    id: 'ecsplore-consent',
    title: { nl: 'Toestemming voor Ecsplore', en: 'Consent for Ecsplore' },
    questions: {
      nl: [
        'moeten ouders toestemming geven voor ecsplore',
        'toestemming voor het afnemen van testen en delen van data',
        'ecsplore toestemming ouders',
        'toestemming voor testen van leerlingen',
      ],
      en: ['do parents need to consent to Ecsplore tests'],
    },
    answer: {
      nl: 'Ja, de school vraagt ouders jaarlijks toestemming voor het afnemen van de Ecsplore-testen en het verwerken en delen van die gegevens.',
      en: 'Yes, the school asks parents every year for consent to run the Ecsplore tests and to process and share that data.',
    },
    section: 'Bijlage 7 Privacy in de dagelijkse praktijk (School)',
    related: ['photo-consent-yearly', 'processor-ecsplore', 'consent-withdrawal'],
  },
];
