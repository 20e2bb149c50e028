import { pupilFileDetector } from '../../../../../shared/scan/detectors/pupil-file';
import { sensitivePersonalDetector } from '../../../../../shared/scan/detectors/sensitive-personal';
import { correspondentNames } from '../../../../../shared/scan/engine';
import { collectMailContent } from '../../../../../shared/scan/mail-texts';
import { assessContent } from '../../../../../shared/scan/model/assess-content';
import { compileContentModel } from '../../../../../shared/scan/model/content-model';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const policy = testPolicy();
/** A toy model that is sure about "blauwe plekken" for pupils and "zit ziek thuis" for adults. */
const model = compileContentModel({
  vocabulary: ['blauw plekk', 'ziek thui'],
  pupil: { bias: -2, threshold: 0.7, weights: [40, 0] },
  adult: { bias: -2, threshold: 0.7, weights: [0, 40] },
});

function detect(bodyText: string) {
  const mail = mailWith({ bodyText });
  const content = collectMailContent(mail, policy.attachmentReadLimitBytes, policy.mailReadLimits);
  const assessed = assessContent(content, policy.sensitiveLexicon, correspondentNames(mail), model);
  const input = { mail, content, policy, evidence: content.texts.map(() => []), model: assessed };
  return {
    assessed,
    pupil: pupilFileDetector.detect(input),
    adult: sensitivePersonalDetector.detect(input),
  };
}

describe('content model beside the rules', () => {
  it.each([
    ['a named pupil (nl)', 'Vanochtend zag ik dat Daan weer blauwe plekken had op zijn armen.'],
    ['a pupil word (nl)', 'Uw zoon had vanochtend blauwe plekken op zijn rug.'],
    ['a named pupil (en)', 'This morning Sophie had blauwe plekken again, she said nothing.'],
  ])('adds a pupil-file finding that says "model" and names the phrase for %s', (_name, body) => {
    const { pupil } = detect(body);
    expect(pupil).toHaveLength(1);
    expect(pupil[0]?.explanation).toMatch(/^model \(p \d\.\d\d\): "blauwe plekken"; person: /);
    expect(pupil[0]?.location).toEqual({ part: 'body' });
  });

  it.each([
    ['no person at all', 'Let op blauwe plekken bij het buitenspelen, zegt de GGD.'],
    [
      'an anonymised pupil',
      'Een leerling uit groep 7 had blauwe plekken; hoe pakken jullie dat aan?',
    ],
    ['only a class', 'In groep 5 zagen we blauwe plekken na het voetbal.'],
  ])('adds nothing without an identifiable person: %s', (_name, body) => {
    const { pupil, assessed } = detect(body);
    expect(assessed.pupil.score.isAboveThreshold).toBe(true);
    expect(assessed.pupil.person).toBeUndefined();
    expect(pupil).toEqual([]);
  });

  it('adds an adult finding only for an adult or a name, with the person cue explained', () => {
    const { adult } = detect('Collega Ellen zit ziek thuis sinds maandag.');
    expect(adult[0]?.explanation).toContain('"ziek thuis"');
    expect(adult[0]?.explanation).toContain('person:');
  });

  it('stays quiet below the threshold', () => {
    const { pupil, adult } = detect('Daan en Ellen gingen samen naar de gymzaal.');
    expect([...pupil, ...adult]).toEqual([]);
  });

  it('says when the weighed phrase sits in the quoted history', () => {
    const { pupil } = detect(
      'Dank, ik pak het op.\n\nOp 4 mrt 2025 om 19:02 schreef Hanna <h@kindante.nl>:\n> Daan had blauwe plekken op zijn arm.',
    );
    expect(pupil[0]?.explanation).toContain('in the quoted history');
  });

  it('never names a given name among the phrases', () => {
    const { pupil } = detect('Daan blauwe plekken. Daan blauwe plekken.');
    expect(pupil[0]?.explanation).not.toMatch(/daan/i);
  });
});
