import { readInput, type UserInput } from '../../../../bot/teams/read-input';

const cases: [string | undefined, unknown, UserInput][] = [
  ['help', undefined, { kind: 'help' }],
  [' Hulp ', undefined, { kind: 'help' }],
  ['help?', undefined, { kind: 'help' }],
  ['?', undefined, { kind: 'help' }],
  ['datalek', undefined, { kind: 'datalek' }],
  ['Datalek!', undefined, { kind: 'datalek' }],
  ['datalek melden', undefined, { kind: 'datalek' }],
  ['Ik wil een datalek melden.', undefined, { kind: 'datalek' }],
  ['Data breach', undefined, { kind: 'datalek' }],
  [
    'Is een verloren usb-stick een datalek?',
    undefined,
    { kind: 'question', text: 'Is een verloren usb-stick een datalek?' },
  ],
  ['hulp bij wachtwoorden', undefined, { kind: 'question', text: 'hulp bij wachtwoorden' }],
  ['', undefined, { kind: 'empty' }],
  [undefined, undefined, { kind: 'empty' }],
  [
    undefined,
    { action: 'feedback', entryId: 'photos-consent', useful: false },
    { kind: 'feedback', entryId: 'photos-consent', useful: false },
  ],
  [
    undefined,
    {
      action: 'feedback',
      entryId: 'photos-consent',
      useful: false,
      question: 'mag ik [naam] mailen',
    },
    {
      kind: 'feedback',
      entryId: 'photos-consent',
      useful: false,
      question: 'mag ik [naam] mailen',
    },
  ],
  [
    undefined,
    { action: 'feedback', entryId: 'photos-consent', useful: false, question: 'x'.repeat(301) },
    { kind: 'empty' },
  ],
  [undefined, { action: 'feedback', entryId: '', useful: true }, { kind: 'empty' }],
  [undefined, { action: 'feedback', entryId: 'x', useful: 'yes' }, { kind: 'empty' }],
  [undefined, { action: 'send-text', text: 'datalek' }, { kind: 'datalek' }],
  [undefined, { msteams: { type: 'imBack', value: 'datalek' } }, { kind: 'empty' }],
  [
    undefined,
    { action: 'send-text', text: ' Sociale media ' },
    { kind: 'question', text: 'Sociale media' },
  ],
  [undefined, 'just a string', { kind: 'empty' }],
  [
    undefined,
    { action: 'ask-entry', entryId: 'photo-no-names', language: 'en' },
    { kind: 'entry', entryId: 'photo-no-names', language: 'en' },
  ],
  [undefined, { action: 'ask-entry', entryId: 'x', language: 'de' }, { kind: 'empty' }],
];

describe('reading what the user sent', () => {
  it.each(cases)('%p with value %p is %p', (text, value, expected) => {
    expect(readInput(text, value)).toEqual(expected);
  });
});
