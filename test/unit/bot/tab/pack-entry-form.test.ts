import { emptyForm, entryFromForm, formFromEntry } from '../../../../bot/tab/pack-entry-form';
import type { KnowledgeEntry } from '../../../../shared/policy/knowledge/types';

const ENTRY: KnowledgeEntry = {
  id: 'usb-stick',
  title: { nl: 'Geen usb-sticks', en: 'No USB sticks' },
  questions: { nl: ['mag ik een usb-stick gebruiken', 'usb-stick'], en: ['may I use a USB stick'] },
  answer: { nl: 'Nee.', en: 'No.' },
  section: 'H4',
  related: ['mail-prive', 'wachtwoord'],
  reviewBy: '2027-09-01',
  supplierNames: ['Kingston'],
  situations: { nl: ['stick gevonden in de klas'], en: ['found a stick in the classroom'] },
};

describe('the entry editor form', () => {
  it('gives back the entry it was filled from, keeping the fields it does not show', () => {
    expect(entryFromForm(formFromEntry(ENTRY), ENTRY)).toEqual(ENTRY);
  });

  it('reads one question per line and related ids between commas, ignoring list dashes and blanks', () => {
    const entry = entryFromForm({
      ...formFromEntry(ENTRY),
      questionsNl: '- mag een stick\n\n  mag ik een usb-stick gebruiken  \n',
      related: ' mail-prive,, wachtwoord ,',
    });
    expect(entry.questions.nl).toEqual(['mag een stick', 'mag ik een usb-stick gebruiken']);
    expect(entry.related).toEqual(['mail-prive', 'wachtwoord']);
  });

  it('reads one situation per line per language, and leaves out a language left empty', () => {
    const entry = entryFromForm(
      {
        ...formFromEntry(ENTRY),
        situationsNl: '- stick gevonden\n\nik zet zo toetsen op een stick',
        situationsEn: ' ',
      },
      ENTRY,
    );
    expect(entry.situations).toEqual({ nl: ['stick gevonden', 'ik zet zo toetsen op een stick'] });
    const none = entryFromForm(
      { ...formFromEntry(ENTRY), situationsNl: '', situationsEn: '' },
      ENTRY,
    );
    expect('situations' in none).toBe(false);
  });

  it('starts a new entry empty, to be reviewed a year from today', () => {
    expect(emptyForm('2026-12-04')).toMatchObject({ id: '', answerNl: '', reviewBy: '2027-12-04' });
  });
});
