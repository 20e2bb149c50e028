// The command an ICT member types in their channel (after adding the bot) to make it the place
// where incidents go, and the answer. Teams puts the bot's @mention in the text; the wiring strips
// it (removeRecipientMention) before asking.

const COMMANDS = ['registreer datalekkanaal', 'registreer kanaal', 'register breach channel'];

/** True for "registreer datalekkanaal" and its variants, in any case and spacing. */
export function isChannelRegistrationCommand(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(' ')
    .filter((word) => word !== '')
    .join(' ');
  return COMMANDS.includes(words);
}

const REPLIES = {
  registered: {
    nl: 'Dit kanaal ontvangt vanaf nu de datalekmeldingen, elk in een eigen gesprek. Berichten die eerder niet aankwamen worden opnieuw verstuurd.',
    en: 'This channel now receives the breach reports, each in its own thread. Posts that failed before are sent again.',
  },
  refused: {
    nl: 'Alleen het domein ICT kan het datalekkanaal instellen, en alleen in een kanaal van een team.',
    en: 'Only the ICT domain can set the breach channel, and only in a team channel.',
  },
};

/** What the bot answers in the channel after the command. */
export function channelRegistrationReply(
  outcome: keyof typeof REPLIES,
  language: 'nl' | 'en',
): string {
  return REPLIES[outcome][language];
}
