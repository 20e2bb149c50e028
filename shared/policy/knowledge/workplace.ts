// The physical workplace: screen lock, clean desk, cabinets, printing, rooms (§12 Hardware,
// Bijlage 4, Bijlage 7, Bijlage 8 §3, Bijlage 10).
import type { KnowledgeEntry } from './types';

export const WORKPLACE_ENTRIES: KnowledgeEntry[] = [
  {
    id: 'screen-lock',
    title: { nl: 'Scherm vergrendelen', en: 'Locking your screen' },
    questions: {
      nl: [
        'moet ik mijn computer vergrendelen als ik wegloop',
        'hoe vergrendel ik mijn scherm',
        'wordt mijn pc automatisch vergrendeld',
        'na hoeveel minuten gaat het scherm op slot',
        'scherm vergrendelen',
        'windows l',
        'computer op slot',
        'automatische schermvergrendeling',
        'pc vergrendelen als ik de klas uit ga',
      ],
      en: [
        'do I have to lock my computer when I leave',
        'how do I lock my screen',
        'how do I lock my computer',
        'lock screen shortcut',
      ],
    },
    answer: {
      nl: 'Ja, vergrendel je pc altijd als je je werkplek verlaat, met de Windowstoets + L. Op het bestuursbureau gaan pc’s na 10 minuten zonder activiteit vanzelf op slot; op scholen gebeurt dat niet automatisch, omdat de pc vaak aan het digibord hangt. Spreek elkaar aan op schermen die openstaan.',
      en: 'Yes, always lock your PC when you leave your desk, with the Windows key + L. At the board office PCs lock by themselves after 10 minutes without activity; at schools this is not automatic, because the PC is often connected to the interactive whiteboard. Speak to each other about unlocked screens.',
    },
    section: 'Bijlage 4 Accountbeleid; Bijlage 7 In de klas; Bijlage 8 §3',
    related: ['clean-desk', 'laptop-care', 'esis-security'],
  },
  {
    id: 'clean-desk',
    title: { nl: 'Clean desk', en: 'Clean desk' },
    questions: {
      nl: [
        'wat is de clean desk policy',
        'mag ik mijn dagplanning op het bureau laten liggen',
        'mogen lijsten met namen en telefoonnummers aan de muur hangen',
        'papieren op mijn bureau laten liggen',
        'lijsten met gegevens op het bureau',
        'opruimen na werktijd',
      ],
      en: [
        'what is the clean desk policy',
        'can I leave my day plan on my desk',
        'can I leave papers on my desk',
      ],
    },
    answer: {
      nl: 'Na werktijd ligt er geen privacygevoelige informatie op bureaus: berg bijvoorbeeld dagplanningen met leerlinggegevens op in een lade of kast. Hang nergens lijsten op met namen, adressen of telefoonnummers.',
      en: 'After working hours no privacy-sensitive information stays on desks: put day plans with pupil data away in a drawer or cabinet. Do not hang up lists with names, addresses or phone numbers anywhere.',
    },
    section: 'Bijlage 7 In de klas; Bijlage 10; §12 Protocol datalekken',
    related: ['locked-cabinets', 'secure-printing', 'screen-lock'],
  },
  {
    id: 'locked-cabinets',
    title: { nl: 'Dossiers in afgesloten kasten', en: 'Files in locked cabinets' },
    questions: {
      nl: [
        'waar bewaar ik papieren leerlingdossiers',
        'moeten dossierkasten op slot',
        'papieren dossiers veilig opbergen',
        'dossierkast op slot',
        'waar bewaar ik papieren dossiers',
        'archiefkast afsluiten',
      ],
      en: [
        'where do I keep paper pupil files',
        'must file cabinets be locked',
        'where do I store paper files',
      ],
    },
    answer: {
      nl: 'Papieren dossiers bewaar je altijd in een afgesloten kast. Een open dossierkast waar onbevoegden bij kunnen is een risico op een datalek.',
      en: 'Keep paper files in a locked cabinet, always. An open file cabinet that unauthorised people can reach is a breach risk.',
    },
    section: 'Bijlage 7 In de klas; §12 Protocol datalekken',
    related: ['clean-desk', 'rooms-locked', 'breach-risky-situations'],
  },
  {
    id: 'secure-printing',
    title: { nl: 'Beveiligd printen', en: 'Secure printing' },
    questions: {
      nl: [
        'hoe print ik beveiligd',
        'mijn afdrukken liggen bij de printer',
        'wat is mijn printcode',
        'printen met code',
        'afdrukken ophalen',
        'print laten liggen bij de printer',
        'veilig printen',
      ],
      en: ['how do I print securely', 'what is secure printing', 'secure print code'],
    },
    answer: {
      nl: 'Iedere medewerker heeft een code om beveiligd te printen op de locatie waar hij werkt: de afdruk komt pas uit de printer als jij er bent. Zo blijven er geen gevoelige papieren liggen die anderen niet mogen zien; haal afdrukken en kopieën altijd meteen op.',
      en: 'Every staff member has a code to print securely at their location: the print only comes out when you are there. That way no sensitive papers lie around for others to see; always collect prints and copies at once.',
    },
    section: 'Bijlage 4 Accountbeleid; §12 Protocol datalekken',
    related: ['clean-desk', 'breach-risky-situations', 'locked-cabinets'],
  },
  {
    id: 'rooms-locked',
    title: { nl: 'Lokalen en kantoren afsluiten', en: 'Locking rooms and offices' },
    questions: {
      nl: [
        'moet het lokaal op slot als er niemand is',
        'mag het kantoor met computers open blijven',
        'lokaal afsluiten',
        'kantoor op slot',
        'moet de deur op slot als er niemand is',
      ],
      en: ['must the classroom be locked when nobody is there'],
    },
    answer: {
      nl: 'Kantoren en lokalen met computers of andere apparatuur zijn niet toegankelijk voor buitenstaanders als er geen medewerkers aanwezig zijn. Sluit ze dus af als je als laatste weggaat.',
      en: 'Offices and classrooms with computers or other equipment are not accessible to outsiders when no staff are present. So lock them when you are the last to leave.',
    },
    section: '§12 Protocol datalekken (Hardware)',
    related: ['laptop-care', 'locked-cabinets', 'screen-lock'],
  },
];
