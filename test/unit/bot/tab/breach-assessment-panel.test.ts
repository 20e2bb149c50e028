import React, { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { breachAssessmentView } from '../../../../bot/incidents/breach-assessment-view';
import { decideBreach } from '../../../../bot/incidents/breach-decision';
import { BreachAssessmentPanel } from '../../../../bot/tab/components/breach-assessment-panel';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

// The unit project's SWC transform uses the classic JSX runtime (React.createElement); the tab's
// webpack build uses the automatic one. A global React lets the component render here unchanged.
Object.assign(globalThis, { React });

/** The panel's text as a person reads it, tags stripped. */
function render(props: Parameters<typeof BreachAssessmentPanel>[0]): string {
  return renderToStaticMarkup(createElement(BreachAssessmentPanel, props))
    .replace(/<[^<>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the tab’s assessment panel', () => {
  const incident = makeIncident();

  it('shows the provisional level, what drives it and each suggestion with its reasons', () => {
    const text = render({
      assessment: breachAssessmentView(incident, undefined),
      language: 'nl',
      isBusy: false,
      onDecide: () => undefined,
    });
    expect(text).toContain('Ernst: hoog (voorlopig: alleen op basis van de melding)');
    expect(text).toContain('Soort gegevens: een leerlingdossier');
    expect(text).toContain('Suggestie AP: Melden bij de AP');
    expect(text).toContain('binnen 72 uur na de ontdekking weten (AVG art. 33');
    expect(text).toContain('Nog te controleren');
    expect(text).toContain('Zijn de gegevens nog beschikbaar (is er een kopie)?');
    expect(text).toContain('Besluit vastleggen');
  });

  it('shows the recorded decision with the reason for differing, read only for others', () => {
    const result = decideBreach(
      incident,
      undefined,
      {
        answers: { availability: 'none' },
        notifyAp: true,
        informSubjects: false,
        notifyApReason: '',
        informSubjectsReason: 'Telefoon op afstand gewist binnen een uur.',
      },
      ICT_MEMBER,
      new Date('2026-03-27T12:00:00.000Z'),
    );
    if (!result.ok) throw new Error('refused');
    const text = render({
      assessment: breachAssessmentView(incident, result.decision),
      language: 'en',
      isBusy: false,
    });
    expect(text).toContain('Severity: high');
    expect(text).not.toContain('provisional');
    expect(text).toContain('Decision: Notify the AP; Do not inform the people concerned');
    expect(text).toContain('Reason for differing: Telefoon op afstand gewist binnen een uur.');
    expect(text).toContain('Recorded by Ed van ICT');
    expect(text).not.toContain('Record decision');
  });
});
