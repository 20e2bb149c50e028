// The two suggestions that follow from the severity: notify the Autoriteit Persoonsgegevens (GDPR
// art. 33: unless the breach is unlikely to result in a risk) and inform the people concerned
// (art. 34: when it is likely to result in a high risk), after the EDPB's guidelines on breach
// notification. A suggestion with its reasons in plain words; the privacy officer decides.
import type { Label } from './labels';
import type { IncidentReport } from './report';
import { SEVERITY_LEVEL_LABELS, type SeverityAssessment } from './severity';

interface Suggestion {
  suggested: boolean;
  /** Why, first line first: the level and the rule, then what drove it and what to watch. */
  reasons: Label[];
}

export interface BreachSuggestions {
  notifyAp: Suggestion;
  informSubjects: Suggestion;
}

/** From this many people on, the number itself is worth a line (EDPB: volume adds to the risk). */
const MANY_PEOPLE = 100;

/**
 * @example suggestBreachDecisions(assessment, report).notifyAp.suggested // true for 'gemiddeld'
 */
export function suggestBreachDecisions(
  assessment: SeverityAssessment,
  report: Pick<IncidentReport, 'dataKinds' | 'subjectGroups' | 'affectedCount' | 'encrypted'>,
): BreachSuggestions {
  const level = SEVERITY_LEVEL_LABELS[assessment.level];
  const isRisk = assessment.level !== 'laag';
  const isHighRisk = assessment.level === 'hoog' || assessment.level === 'zeer hoog';
  const driver = assessment.factors[0];
  const drivenBy: Label[] = driver
    ? [{ nl: `Zwaarst wegend: ${driver.nl}.`, en: `Weighing most: ${driver.en}.` }]
    : [];
  const extras: Label[] = [];
  if (report.subjectGroups.includes('pupils'))
    extras.push({
      nl: 'Het gaat om gegevens van kinderen; die verdienen extra bescherming.',
      en: "It concerns children's data, which deserves extra protection.",
    });
  if (report.affectedCount >= MANY_PEOPLE)
    extras.push({
      nl: `Het gaat om veel mensen (${report.affectedCount}).`,
      en: `Many people are affected (${report.affectedCount}).`,
    });

  const notifyAp: Suggestion = isRisk
    ? {
        suggested: true,
        reasons: [
          {
            nl: `De ernst is ${level.nl}: het lek brengt waarschijnlijk risico mee voor de mensen van wie de gegevens zijn. Dan moet de AP het binnen 72 uur na de ontdekking weten (AVG art. 33; IBP-beleid hoofdstuk 12).`,
            en: `Severity is ${level.en}: the breach likely puts the people whose data it is at risk. The AP must then be told within 72 hours of discovery (GDPR art. 33; IBP policy chapter 12).`,
          },
          ...drivenBy,
          ...extras,
        ],
      }
    : {
        suggested: false,
        reasons: [
          {
            nl: `De ernst is ${level.nl}: het lek brengt waarschijnlijk geen risico mee voor de mensen van wie de gegevens zijn. Melden bij de AP hoeft dan niet, maar leg vast waarom niet (AVG art. 33 lid 5).`,
            en: `Severity is ${level.en}: the breach is unlikely to put anyone at risk. The AP need not be told, but record why not (GDPR art. 33(5)).`,
          },
          ...drivenBy,
          ...cautions(assessment, report),
        ],
      };

  const informSubjects: Suggestion = isHighRisk
    ? {
        suggested: true,
        reasons: [
          {
            nl: `De ernst is ${level.nl}: een hoog risico voor de mensen van wie de gegevens zijn. Vertel het hun zonder onnodige vertraging, zodat ze zichzelf kunnen beschermen (AVG art. 34; IBP-beleid hoofdstuk 12).`,
            en: `Severity is ${level.en}: a high risk for the people whose data it is. Tell them without undue delay so they can protect themselves (GDPR art. 34; IBP policy chapter 12).`,
          },
          ...drivenBy,
        ],
      }
    : {
        suggested: false,
        reasons: [
          {
            nl: `De ernst is ${level.nl}: geen hoog risico voor de mensen van wie de gegevens zijn. Hen informeren is dan niet verplicht; het mag wel, bijvoorbeeld als ze zelf iets kunnen doen (AVG art. 34).`,
            en: `Severity is ${level.en}: no high risk for the people whose data it is. Informing them is then not required, though allowed, e.g. when they can act themselves (GDPR art. 34).`,
          },
        ],
      };
  return { notifyAp, informSubjects };
}

/** When "no" rests on encryption while the data itself is the kind the policy calls serious. */
function cautions(
  assessment: SeverityAssessment,
  report: Pick<IncidentReport, 'dataKinds' | 'encrypted'>,
): Label[] {
  const isCareData = report.dataKinds.some(
    (kind) => kind === 'pupil-file' || kind === 'special-categories',
  );
  if (!isCareData || assessment.answers.identification !== 0.25) return [];
  return [
    {
      nl: 'Let op: het beleid noemt het kwijtraken van een zorg- of personeelsdossier ernstig (hoofdstuk 12). Deze suggestie rust op de versleuteling; controleer dat de sleutel of het wachtwoord niet ook kwijt is.',
      en: 'Note: the policy counts losing a care or staff file as serious (chapter 12). This suggestion rests on the encryption; check that the key or password was not lost too.',
    },
  ];
}
