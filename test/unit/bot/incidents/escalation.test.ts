import {
  DEFAULT_ESCALATION_POLICY,
  dueEscalations,
  escalationRecipients,
  escalationText,
} from '../../../../bot/incidents/escalation';
import { ICT_MEMBER, makeIncident } from '../../../helpers/incidents';

// Reported 27 March 10:30Z; deadline 30 March 10:00Z.
const at = (iso: string) => new Date(iso);
const POLICY = {
  ...DEFAULT_ESCALATION_POLICY,
  privacyOfficerUserIds: ['fg-1'],
  boardUserIds: ['board-1', 'fg-1'],
};

describe('dueEscalations', () => {
  it.each([
    ['nothing in the first 12 hours', makeIncident(), '2026-03-27T22:29:00.000Z', []],
    [
      '"unassigned" 12 hours after the report',
      makeIncident(),
      '2026-03-27T22:30:00.000Z',
      ['escalate-unassigned'],
    ],
    [
      'no "unassigned" once someone took it on',
      makeIncident({ status: 'in-progress', assignee: ICT_MEMBER }),
      '2026-03-28T12:00:00.000Z',
      [],
    ],
    [
      '"no decision" 24 hours before the deadline',
      makeIncident({ status: 'in-progress', assignee: ICT_MEMBER }),
      '2026-03-29T10:00:00.000Z',
      ['escalate-no-decision'],
    ],
    [
      'all three, in order, once the deadline passed unhandled',
      makeIncident(),
      '2026-03-30T10:00:00.000Z',
      ['escalate-unassigned', 'escalate-no-decision', 'escalate-overdue'],
    ],
    [
      'none once the AP decision is recorded',
      makeIncident({ status: 'not-notifiable', assignee: ICT_MEMBER }),
      '2026-03-31T10:00:00.000Z',
      [],
    ],
  ] as const)('gives %s', (_name, incident, now, expected) => {
    expect(dueEscalations(incident, at(now), POLICY)).toEqual(expected);
  });

  it('follows the configured hours', () => {
    const policy = { ...POLICY, unassignedAfterHours: 4 };
    expect(dueEscalations(makeIncident(), at('2026-03-27T14:30:00.000Z'), policy)).toEqual([
      'escalate-unassigned',
    ]);
  });
});

describe('escalationRecipients', () => {
  it('messages the privacy officer when nobody took it on', () => {
    expect(escalationRecipients('escalate-unassigned', POLICY)).toEqual(['fg-1']);
  });
  it('adds the board contact near and after the deadline, each person once', () => {
    expect(escalationRecipients('escalate-no-decision', POLICY)).toEqual(['fg-1', 'board-1']);
    expect(escalationRecipients('escalate-overdue', POLICY)).toEqual(['fg-1', 'board-1']);
  });
});

describe('escalationText', () => {
  it('says what is wrong and until when, in Dutch and English', () => {
    const text = escalationText(
      'DL-2026-0001',
      'escalate-overdue',
      { nl: 'ma 30 mrt 2026, 12:00', en: 'Mon 30 Mar 2026, 12:00' },
      { nl: 'vr 27 mrt 2026, 11:30', en: 'Fri 27 Mar 2026, 11:30' },
    );
    expect(text.nl).toContain('DL-2026-0001: de AP-deadline (ma 30 mrt 2026, 12:00) is verstreken');
    expect(text.en).toContain('has passed without a decision');
  });
});
