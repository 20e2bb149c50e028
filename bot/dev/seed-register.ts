// `npm start` only: an empty register gets three invented incidents, reported through the API as
// the development teacher, so the tab shows what a working register looks like in the first minute.
// A register that holds anything is left alone.

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
    const day = new Date(now.getTime() - sample.daysAgo * 24 * 3600 * 1000)
      .toISOString()
      .slice(0, 10);
    const { daysAgo: _daysAgo, ...fields } = sample;
    const response = await fetch(`${serviceUrl}/api/incidents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${teacher}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...fields,
        submissionId: `dev-seed-${index + 1}`,
        occurredDate: day,
        occurredTime: '08:15',
        discoveredDate: day,
        discoveredTime: '08:40',
      }),
    });
    if (!response.ok)
      throw new Error(`seed report: HTTP ${response.status} ${await response.text()}`);
    added++;
  }
  return added;
}
