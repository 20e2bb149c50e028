import React, { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { UnansweredQuestions } from '../../../../bot/tab/components/unanswered-questions';
import {
  unansweredQuestionsPath,
  type UnansweredQuestionsAnswer,
} from '../../../../bot/tab/unanswered-questions-request';

// The unit project's SWC transform uses the classic JSX runtime; a global React lets it render.
Object.assign(globalThis, { React });

function render(props: Parameters<typeof UnansweredQuestions>[0]): string {
  return renderToStaticMarkup(createElement(UnansweredQuestions, props))
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('the tab’s unanswered questions', () => {
  it('shows each group with its counts and months, largest first as given', () => {
    const text = render({
      language: 'nl',
      groups: [
        {
          question: 'mag ik [naam] zijn dossier mailen',
          count: 3,
          declined: 2,
          notHelpful: 1,
          months: ['2026-10', '2026-11'],
          schools: ['BS De Wissel', 'onbekend'],
        },
        {
          question: 'mag ik [naam] gebruiken',
          count: 1,
          declined: 1,
          notHelpful: 0,
          months: ['2026-11'],
          schools: ['onbekend'],
        },
      ],
    });
    expect(text).toContain('Vraag Aantal Geen antwoord Niet nuttig Maanden School');
    expect(text).toContain(
      'mag ik [naam] zijn dossier mailen 3 2 1 2026-10, 2026-11 BS De Wissel, onbekend',
    );
    // The button to write an entry is the privacy officer's, offered only with a handler.
    expect(text).not.toContain('Maak een antwoord');
    expect(text.indexOf('dossier')).toBeLessThan(text.indexOf('gebruiken'));
  });

  it('offers to write an answer for each group when it can', () => {
    const text = render({
      language: 'nl',
      groups: [
        {
          question: 'mag ik canva gebruiken',
          count: 1,
          declined: 1,
          notHelpful: 0,
          months: ['2026-11'],
          schools: ['onbekend'],
        },
      ],
      onMakeEntry: () => undefined,
    });
    expect(text).toContain('mag ik canva gebruiken 1 1 0 2026-11 onbekend Maak een antwoord');
  });

  it('says so when there is nothing, in English too', () => {
    const answer: UnansweredQuestionsAnswer = {
      from: '2026-09',
      to: '2026-11',
      school: '*',
      groups: [],
    };
    expect(render({ language: 'en', groups: answer.groups })).toContain(
      'No unanswered questions in this period.',
    );
  });

  it('asks the API for a period, one school and a number of groups', () => {
    expect(unansweredQuestionsPath({ from: '2026-09', to: '2026-11' })).toBe(
      '/unanswered-questions?from=2026-09&to=2026-11',
    );
    expect(
      unansweredQuestionsPath({ from: '2026-09', to: '2026-11', school: 'BS De Wissel', limit: 5 }),
    ).toBe('/unanswered-questions?from=2026-09&to=2026-11&school=BS+De+Wissel&limit=5');
  });
});
