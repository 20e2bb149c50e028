// A draft letter as a mail body: Dutch first, the English version after it, and text that cannot
// turn into markup.
import { draftDeletionRequest } from '../../../../shared/incidents/deletion-request';
import { letterHtml } from '../../../../shared/incidents/letter-html';

describe('letterHtml', () => {
  it('puts the Dutch letter first and the English version under its own subject', () => {
    const html = letterHtml(draftDeletionRequest({ number: 'DL-2026-0007' }, 'Stichting Kindante'));
    const dutch = html.indexOf('Beste ontvanger,');
    const english = html.indexOf('Dear recipient,');
    expect(dutch).toBeGreaterThan(-1);
    expect(english).toBeGreaterThan(dutch);
    expect(html.indexOf('Request: please delete an e-mail')).toBeLessThan(english);
    expect(html).toContain('Alvast dank voor uw medewerking.<br>Stichting Kindante');
  });

  it('escapes an organisation name with markup characters', () => {
    const html = letterHtml(draftDeletionRequest({}, 'School <De Wissel> & Co'));
    expect(html).toContain('School &lt;De Wissel&gt; &amp; Co');
    expect(html).not.toContain('<De Wissel>');
  });
});
