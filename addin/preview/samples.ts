// Sample mails for the preview, one per rule the guard knows, plus a harmless one. Documents come
// from the generated test documents (copied into the preview's assets), fetched when picked.
import type { FakeDraft } from './office-host/fake-mailbox';

export type SampleId =
  | 'bsn'
  | 'pupil-file'
  | 'parents-in-to'
  | 'private-forward'
  | 'large-attachment'
  | 'harmless'
  | 'forward-with-attachment';

interface Sample {
  id: SampleId;
  label: { nl: string; en: string };
  draft(): Promise<FakeDraft>;
}

const SENDER = { displayName: 'Anouk van der Berg', emailAddress: 'a.vanderberg@kindante.nl' };
const COLLEAGUE = { displayName: 'Mark Jansen', emailAddress: 'm.jansen@kindante.nl' };
const PARENTS = ['ouder.bakker@gmail.com', 'fam.elamrani@hotmail.com', 'j.smeets@ziggo.nl'];

async function asset(name: string): Promise<{ name: string; size: number; content: Uint8Array }> {
  const response = await fetch(`assets/${name}`);
  const content = new Uint8Array(await response.arrayBuffer());
  return { name, size: content.length, content };
}

const draft = (fields: Omit<FakeDraft, 'from'>): FakeDraft => ({ from: { ...SENDER }, ...fields });

export const SAMPLES: readonly Sample[] = [
  {
    id: 'bsn',
    label: { nl: 'BSN in de tekst', en: 'Citizen number (BSN) in the body' },
    draft: () =>
      Promise.resolve(
        draft({
          to: [COLLEAGUE],
          subject: 'Aanmelding zorgteam Daan',
          body:
            '<p>Hoi Mark,</p><p>Voor de aanmelding bij het zorgteam: het BSN van Daan is ' +
            '<b>123456782</b>.</p><p>Groet, Anouk</p>',
        }),
      ),
  },
  {
    id: 'pupil-file',
    label: { nl: 'Leerlingdossier als PDF', en: 'Pupil file as PDF attachment' },
    draft: async () =>
      draft({
        to: [{ displayName: 'Logopediepraktijk Zuid', emailAddress: 'info@logopedie-zuid.nl' }],
        subject: 'Groeidocument Fatima',
        body: '<p>Beste logopedist,</p><p>In de bijlage het groeidocument van Fatima.</p>',
        attachments: [await asset('groeidocument-fatima.pdf')],
      }),
  },
  {
    id: 'parents-in-to',
    label: { nl: 'Ouders zichtbaar in Aan', en: 'Parents visible in To' },
    draft: () =>
      Promise.resolve(
        draft({
          to: PARENTS.map((emailAddress) => ({ emailAddress })),
          subject: 'Schoolreisje groep 5',
          body: '<p>Beste ouders,</p><p>Vrijdag gaan we op schoolreis. Graag om 8.15 uur op school.</p>',
        }),
      ),
  },
  {
    id: 'private-forward',
    label: { nl: 'Doorsturen naar eigen privémail', en: 'Forward to own private mailbox' },
    draft: () =>
      Promise.resolve(
        draft({
          to: [{ displayName: 'Anouk van der Berg', emailAddress: 'anouk.vdberg@gmail.com' }],
          subject: 'FW: Notulen leerlingbespreking',
          body: '<p>Om thuis verder te lezen.</p><p>---------- Doorgestuurd bericht ----------</p><p>Notulen leerlingbespreking groep 6b.</p>',
        }),
      ),
  },
  {
    id: 'large-attachment',
    label: { nl: 'Grote bijlage', en: 'Large attachment' },
    draft: () => {
      const size = 5 * 1024 * 1024;
      return Promise.resolve(
        draft({
          to: [COLLEAGUE],
          subject: 'Foto’s sportdag',
          body: '<p>Hierbij de foto’s van de sportdag.</p>',
          attachments: [{ name: 'sportdag.jpg', size, content: new Uint8Array(size) }],
        }),
      );
    },
  },
  {
    id: 'harmless',
    label: { nl: 'Onschuldige mail', en: 'Harmless mail' },
    draft: () =>
      Promise.resolve(
        draft({
          to: [COLLEAGUE],
          subject: 'Gym morgen',
          body: '<p>Hoi Mark,</p><p>Morgen geen gym, de zaal is bezet. Wil jij het je groep laten weten?</p>',
        }),
      ),
  },
  {
    id: 'forward-with-attachment',
    label: { nl: 'Doorgestuurd met bijlage', en: 'Forward that carries an attachment' },
    draft: async () =>
      draft({
        to: [COLLEAGUE],
        subject: 'FW: leerlingenlijst 6b',
        body: '<p>Ter info.</p><p>---------- Doorgestuurd bericht ----------</p><p>Zie bijlage.</p>',
        attachments: [await asset('leerlingenlijst-groep-6b.xlsx')],
      }),
  },
];
