// The AP notification draft (or follow-up notice) as a card for the privacy officer: one block per
// form section, every answer marked recorded, derived or missing, and a count of each up top.
import { apDraftTitle } from '../incidents/ap-draft';
import {
  ANSWER_MARK_LABELS,
  countMarks,
  type ApDraft,
} from '../../shared/incidents/ap-draft-marks';
import {
  facts,
  heading,
  incidentAdaptiveCard,
  textRuns,
  type IncidentAdaptiveCard,
  type IncidentElement,
} from './incident-card-elements';

export function buildApDraftCard(draft: ApDraft): IncidentAdaptiveCard {
  const counts = countMarks(draft);
  const body: IncidentElement[] = [
    heading(`${apDraftTitle(draft)} ${draft.incidentNumber}`),
    textRuns(
      draft.kind === 'follow-up'
        ? 'Vul de eerdere melding aan via het meldformulier datalekken van de AP, met het meldnummer.'
        : 'Controleer en vul aan voordat je dit in het meldformulier datalekken van de AP plakt.',
      { isSubtle: true },
    ),
    textRuns(
      `${counts.recorded} ${ANSWER_MARK_LABELS.recorded.nl} (door een persoon ingevuld), ${counts.derived} ${ANSWER_MARK_LABELS.derived.nl} (uit register of beoordeling), ${counts.missing} ${ANSWER_MARK_LABELS.missing.nl}.`,
      counts.missing > 0 ? { weight: 'Bolder' } : {},
    ),
  ];
  for (const section of draft.sections) {
    body.push(textRuns(section.title, { weight: 'Bolder' }));
    body.push(
      ...facts(
        section.answers.map(({ question, answer, mark }) => [
          question,
          `${answer} · ${ANSWER_MARK_LABELS[mark].nl}`,
        ]),
      ),
    );
  }
  return incidentAdaptiveCard('nl', body);
}
