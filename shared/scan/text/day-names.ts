// The days of the week as mail writes them: capitalised in English, at the start of a timetable
// line in Dutch ("Maandag: gym"), and never a person's name.

export const DUTCH_WEEKDAYS = [
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
] as const;

export const ENGLISH_WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
