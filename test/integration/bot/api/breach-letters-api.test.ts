// The breach letters and the AP draft's extras through the API: the .docx downloads, who may have
// them, and the late-notice reason and other authorities as handlers record them.
import { docxXmlToText } from '../../../../shared/scan/extract/docx';
import { ReadBudget } from '../../../../shared/scan/extract/read-budget';
import { readZipTexts } from '../../../../shared/scan/extract/zip';
import {
  reportFor,
  startApi,
  tokenFor,
  type ApiHarness,
  type UserName,
} from '../../../helpers/api-harness';

let api: ApiHarness;
let incidentId: string;
beforeEach(async () => {
  api = await startApi();
  await get('/api/incidents', 'teacher', reportFor('form-0001'));
  incidentId = (await api.store.listIncidents())[0]!.id;
});
afterEach(() => api.close());

async function get(path: string, user: UserName, body?: unknown) {
  return fetch(`${api.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(api, user)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

function documentText(bytes: ArrayBuffer): string {
  const budget = new ReadBudget({ bytes: 10_000_000, parts: 100, milliseconds: 10_000 });
  const reading = readZipTexts(
    new Uint8Array(bytes),
    (name) => name === 'word/document.xml',
    budget,
    10_000_000,
  );
  return docxXmlToText(reading.parts.get('word/document.xml') ?? '');
}

describe('letters as Word files', () => {
  it('gives the notice to those affected as a .docx download, Dutch and English', async () => {
    const response = await get(`/api/incidents/${incidentId}/letters/notice.docx`, 'officer');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="brief-betrokkenen-DL-2026-0001.docx"',
    );
    const text = documentText(await response.arrayBuffer());
    expect(text).toContain('Beste ouder of verzorger,');
    expect(text).toContain('Dear parent or carer,');
    expect(text).not.toMatch(/\[[^[\]]*\]/);
  });

  it('gives the deletion request for a mail to a wrong recipient', async () => {
    const response = await get(`/api/incidents/${incidentId}/letters/deletion-request.docx`, 'ict');
    expect(response.status).toBe(200);
    expect(documentText(await response.arrayBuffer())).toContain('verwijderen');
  });

  it('refuses reporters, unknown letters and a deletion request where no mail went astray', async () => {
    expect((await get(`/api/incidents/${incidentId}/letters/notice.docx`, 'teacher')).status).toBe(
      403,
    );
    expect((await get(`/api/incidents/${incidentId}/letters/other.docx`, 'officer')).status).toBe(
      404,
    );
    await get('/api/incidents', 'teacher', reportFor('form-0002', { kind: 'lost-device' }));
    const lost = (await api.store.listIncidents())[1]!.id;
    expect(
      (await get(`/api/incidents/${lost}/letters/deletion-request.docx`, 'officer')).status,
    ).toBe(404);
  });
});

describe('the AP notice through the API', () => {
  const act = (body: unknown) => get(`/api/incidents/${incidentId}/actions`, 'ict', body);

  it('asks the reason for a late notice, stores it and marks the AP draft', async () => {
    await act({ verb: 'take' });
    // Discovered 27 Nov 08:40 Amsterdam; the clock moves past the 72-hour deadline.
    api.advance(4 * 24 * 3_600_000);
    const notice = {
      verb: 'decideNotifiable',
      apReference: 'M-2026-999',
      apNotifiedAt: '2026-11-30T10:00:00+01:00',
    };
    const refused = await act(notice);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { nl: string } }).error.nl).toContain(
      'reden van de vertraging',
    );
    const accepted = await act({
      ...notice,
      lateReason: 'Melding kwam pas na het weekend binnen.',
    });
    expect(accepted.status).toBe(200);
    const detail = (await accepted.json()) as {
      card: { lateReason?: string };
      apDraft: { sections: { answers: { question: string; answer: string; mark: string }[] }[] };
      apFollowUpDraft?: { kind: string };
    };
    expect(detail.card.lateReason).toBe('Melding kwam pas na het weekend binnen.');
    const late = detail.apDraft.sections
      .flatMap((section) => section.answers)
      .find((answer) => answer.question.includes('later dan 72 uur'));
    expect(late).toMatchObject({
      mark: 'recorded',
      answer: 'Melding kwam pas na het weekend binnen.',
    });
    expect(detail.apFollowUpDraft?.kind).toBe('follow-up');

    const reporter = (await (await get(`/api/incidents/${incidentId}`, 'teacher')).json()) as {
      card: { lateReason?: string };
      apFollowUpDraft?: unknown;
    };
    expect(reporter.card.lateReason).toBeUndefined();
    expect(reporter.apFollowUpDraft).toBeUndefined();
  });
});
