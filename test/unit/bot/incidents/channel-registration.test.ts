import {
  channelRegistrationReply,
  isChannelRegistrationCommand,
} from '../../../../bot/incidents/channel-registration';

describe('the channel registration command', () => {
  it.each([
    'registreer datalekkanaal',
    '  Registreer   Datalekkanaal ',
    'registreer kanaal',
    'Register breach channel',
  ])('recognises %j', (text) => {
    expect(isChannelRegistrationCommand(text)).toBe(true);
  });

  it.each(['datalek', 'registreer', 'registreer datalekkanaal nu', 'help'])(
    'ignores %j',
    (text) => {
      expect(isChannelRegistrationCommand(text)).toBe(false);
    },
  );

  it("answers in the reader's language", () => {
    expect(channelRegistrationReply('registered', 'nl')).toContain('Dit kanaal ontvangt');
    expect(channelRegistrationReply('refused', 'en')).toContain('Only the ICT domain');
  });
});
