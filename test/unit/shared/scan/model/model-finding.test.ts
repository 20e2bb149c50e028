import { DEFAULT_MODEL, scoreWithModel } from '../../../../../shared/scan/model/learned-model';
import { modelEvidence } from '../../../../../shared/scan/model/model-finding';
import { compileModel, type ModelData } from '../../../../../shared/scan/model/window-scorer';
import { fold } from '../../../../../shared/scan/text/fold';
import { readSensitiveContent } from '../../../../../shared/scan/text/sensitive-content';
import { testPolicy } from '../../../../helpers/policy';

// A hand-made model, so the explanation's mechanics are tested apart from what training learned.
const TINY: ModelData = {
  window: 12,
  threshold: { pupil: 1, adult: 1 },
  bias: { pupil: -1, adult: -1 },
  weights: {
    'u:medica': [1.5, 0],
    'u:#name': [0.5, 0.2],
    'b:mijn zoon': [1.2, 0],
    'u:aanval': [0.9, 0],
    'u:#num': [0.4, 0],
    'u:salari': [0, 2.5],
    'u:collega': [0, 0.8],
  },
};
const model = compileModel(TINY);
const lexicon = testPolicy().sensitiveLexicon;

function evidence(text: string, head: 'pupil' | 'adult') {
  const windows = scoreWithModel(text, model);
  return modelEvidence(text, fold(text), windows[head], head, model, lexicon);
}

describe('a learned-model finding', () => {
  it('names the words that weighed most, heaviest first', () => {
    const found = evidence('Daan kreeg vandaag een aanval; de medicatie is aangepast.', 'pupil');
    expect(found?.explanation).toMatch(
      /^learned model \(score [\d.]+\): "medicatie", "aanval", "\[naam\]", near name \(given name\)$/,
    );
  });

  it('shows a name as [naam] and masks a long number in the words it names', () => {
    const found = evidence('Sem 123456789 medicatie aanval', 'pupil');
    expect(found?.explanation).toContain('"[naam]"');
    expect(found?.explanation).not.toContain('Sem');
    expect(found?.explanation).not.toContain('123456789');
  });

  it('keeps a masked excerpt around the heaviest word', () => {
    const found = evidence('Over Daan (bsn 123456782): de medicatie is aangepast.', 'pupil');
    expect(found?.excerpt).toContain('medicatie');
    expect(found?.excerpt).not.toContain('123456782');
  });

  it('says when the window is in the quoted history', () => {
    const found = evidence('Dank je!\n\n> Daan kreeg een aanval en nieuwe medicatie.', 'pupil');
    expect(found?.explanation).toMatch(/in the quoted history of the mail$/);
  });

  it.each([
    ['nl', 'Pleindienst: Daan 12, Sem 14, Noor 16, Fleur 18, Bram 20.'],
    ['en', 'Club sign-up: Daan 12, Sem 14, Noor 16, Fleur 18, Bram 20.'],
  ])('adds nothing when only names and numbers weighed, as in a roster (%s)', (_lang, text) => {
    expect(scoreWithModel(text, model).pupil.score).toBeGreaterThanOrEqual(model.threshold.pupil);
    expect(evidence(text, 'pupil')).toBeUndefined();
  });

  it('adds nothing for a window about nobody identifiable', () => {
    expect(
      evidence('Een leerling uit groep 7 kreeg een aanval en medicatie.', 'pupil'),
    ).toBeUndefined();
    expect(evidence('Bij een aanval geeft de leerkracht de medicatie.', 'pupil')).toBeUndefined();
  });

  it.each([
    ['nl', "We lezen het boek 'De zomer van Daan'. Daan kreeg een aanval en medicatie."],
    ['en', 'We read the book “Brother Star” about Daan. Daan gets medicatie after an aanval.'],
  ])('counts a story’s character as nobody identifiable (%s)', (_lang, text) => {
    expect(evidence(text, 'pupil')).toBeUndefined();
  });

  it('still counts a real pupil beside a book title', () => {
    expect(
      evidence(
        "We lezen het boek 'De zomer van Otto'. Daan kreeg een aanval en medicatie.",
        'pupil',
      )?.explanation,
    ).toContain('near name');
  });

  it('counts a parent writing about "mijn zoon" as identifiable', () => {
    expect(evidence('Mijn zoon krijgt sinds maandag medicatie.', 'pupil')?.explanation).toContain(
      'near pupil (the word "zoon")',
    );
  });

  it.each([
    ['nl', 'Salarisprocedure 2025\nHet salaris van de collega wordt per maand betaald.'],
    ['en', 'Salary policy 2025\nThe salaris of a collega is paid each month.'],
  ])('counts a role word in a rule book as nobody identifiable (%s)', (_lang, text) => {
    expect(evidence(text, 'adult')).toBeUndefined();
  });

  it('still counts a named colleague in a rule book as identifiable', () => {
    const text = 'Salarisprocedure 2025\nHet salaris van collega Pieter wordt verlaagd.';
    expect(evidence(text, 'adult')?.explanation).toContain('"salaris"');
  });

  it('adds nothing below the threshold', () => {
    expect(evidence('Daan heeft zijn gymtas laten liggen.', 'pupil')).toBeUndefined();
  });

  it('scores the adult side apart from the pupil side', () => {
    const text = 'Beste Karin, het salaris van collega Pieter wordt verlaagd.';
    expect(evidence(text, 'adult')?.explanation).toContain('"salaris"');
    expect(evidence(text, 'pupil')).toBeUndefined();
  });

  it('gives the same score and explanation every time', () => {
    const text = 'Daan kreeg vandaag een aanval; de medicatie is aangepast.';
    expect(evidence(text, 'pupil')).toEqual(evidence(text, 'pupil'));
    expect(compileModel(TINY)).toEqual(model);
  });
});

// The shipped model's adult head below its threshold, where the lexicon's term supports it. The
// window is given by hand, so these test the rule, not what training learned.
describe('a window below the threshold with a sensitive term the rules tied to nobody', () => {
  const adultThreshold = DEFAULT_MODEL.threshold.adult;
  // The terms the rules tied to nobody come from their own reading of the text, as in a scan.
  function supported(text: string, score: number, head: 'pupil' | 'adult' = 'adult') {
    const window = { score, start: 0, end: text.length };
    const { untied } = readSensitiveContent(text, lexicon);
    return modelEvidence(
      text,
      fold(text),
      window,
      head,
      DEFAULT_MODEL,
      lexicon,
      undefined,
      undefined,
      untied,
    );
  }

  it.each([
    ['nl', 'Ilse vertelde me dat ze met haar man in scheiding ligt.', 'scheiding'],
    ['en', 'Priya told me that she and her husband are separating.', 'separating'],
  ])('counts for an adult, naming the term that supported it (%s)', (_lang, text, term) => {
    expect(supported(text, adultThreshold - 0.5)?.explanation).toContain(`, with "${term}"):`);
  });

  it('needs the supported threshold still', () => {
    expect(
      supported('Ilse vertelde me dat ze met haar man in scheiding ligt.', 1.9),
    ).toBeUndefined();
  });

  it('leaves a term the rules tied to the other subject to that subject', () => {
    const text = 'Noor (groep 4) slaapt slecht sinds de scheiding van haar ouders.';
    expect(supported(text, adultThreshold - 0.5)).toBeUndefined();
  });

  it.each([
    ['nl', 'Protocol bij scheiding: Ilse van de administratie legt vast wie het gezag heeft.'],
    [
      'en',
      'Template for the intake talk. Example: Priya told us that she and her husband are separating; write down who has custody.',
    ],
  ])('adds nothing in a text that reads as general (%s)', (_lang, text) => {
    expect(supported(text, adultThreshold - 0.5)).toBeUndefined();
  });

  it('adds nothing for a pupil below its threshold, whatever the term', () => {
    const text = 'Daan kreeg vandaag een aanval; de medicatie is aangepast.';
    expect(supported(text, DEFAULT_MODEL.threshold.pupil - 0.1, 'pupil')).toBeUndefined();
  });
});
