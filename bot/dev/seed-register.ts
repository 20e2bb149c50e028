// `npm start` only: an empty register gets three invented incidents, reported through the API as
// the development teacher, so the tab shows what a working register looks like in the first minute.
// A register that holds anything is left alone.

import { amsterdamParts } from '../../shared/time/amsterdam-time';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The report form's date, "2026-12-04", of an instant in Amsterdam. */
function localDate(instant: Date): string {
  const { year, month, day } = amsterdamParts(instant);
  return `${year}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** The report form's clock time, "08:15", of an instant in Amsterdam. */
function localTime(instant: Date): string {
  const { hour, minute } = amsterdamParts(instant);
  return `${twoDigits(hour)}:${twoDigits(minute)}`;
}

interface SampleReport {
  kind: string;
  dataKinds: string[];
  subjectGroups: string[];
  affectedCount: number;
  encrypted: string;
  measuresTaken: string;
  description: string;
  /** How many days before today it happened. */
  daysAgo: number;
}

const SAMPLES: readonly SampleReport[] = [
  {
    kind: 'wrong-recipient',
    dataKinds: ['names-addresses', 'results'],
    subjectGroups: ['pupils', 'parents'],
    affectedCount: 28,
    encrypted: 'no',
    measuresTaken: 'Ontvanger gevraagd de mail te verwijderen (voorbeeld).',
    description: 'Voorbeeld: cijferlijst van groep 7 naar de verkeerde ouder gestuurd.',
    daysAgo: 0,
  },
  {
    kind: 'lost-device',
    dataKinds: ['names-addresses', 'special-categories'],
    subjectGroups: ['pupils'],
    affectedCount: 30,
    encrypted: 'yes',
    measuresTaken: 'Laptop op afstand gewist (voorbeeld).',
    description: 'Voorbeeld: schoollaptop van de intern begeleider in de trein laten liggen.',
    daysAgo: 1,
  },
  {
    kind: 'wrong-recipient',
    dataKinds: ['names-addresses'],
    subjectGroups: ['parents'],
    affectedCount: 31,
    encrypted: 'no',
    measuresTaken: 'Excuses gestuurd en adressen in BCC gezet (voorbeeld).',
    description: 'Voorbeeld: nieuwsbrief met alle ouderadressen zichtbaar in Aan.',
    daysAgo: 2,
  },
];

async function developmentToken(serviceUrl: string, persona: string): Promise<string> {
  const response = await fetch(`${serviceUrl}/api/dev/token?persona=${persona}`);
  if (!response.ok) throw new Error(`development token: HTTP ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** Seeds an empty register; returns how many incidents it added. */
export async function seedDevelopmentRegister(
  serviceUrl: string,
  now = new Date(),
): Promise<number> {
  const ict = await developmentToken(serviceUrl, 'ict');
  const listed = await fetch(`${serviceUrl}/api/incidents`, {
    headers: { authorization: `Bearer ${ict}` },
  });
  if (!listed.ok) throw new Error(`register list: HTTP ${listed.status}`);
  if (((await listed.json()) as { incidents: unknown[] }).incidents.length > 0) return 0;
  const teacher = await developmentToken(serviceUrl, 'teacher');
  let added = 0;
  for (const [index, sample] of SAMPLES.entries()) {
    // Always in the past in Amsterdam time: a fixed clock time on today's date is still to come
    // before 08:15, and the register refuses a report of something that has not happened yet.
    const occurred = new Date(now.getTime() - sample.daysAgo * DAY - 90 * MINUTE);
    const discovered = new Date(occurred.getTime() + 25 * MINUTE);
    const { daysAgo: _daysAgo, ...fields } = sample;
    const response = await fetch(`${serviceUrl}/api/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...fields,
        submissionId: `dev-seed-${index + 1}`,
        occurredDate: localDate(occurred),
        occurredTime: localTime(occurred),
        discoveredDate: localDate(discovered),
        discoveredTime: localTime(discovered),
      }),
    });
    if (!response.ok)
      throw new Error(`seed report: HTTP ${response.status} ${await response.text()}`);
    added++;
  }
  return added;
}
