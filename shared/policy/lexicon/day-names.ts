// The days of the week, Monday first (ISO): as mail writes them (capitalised in English, at the
// start of a timetable line in Dutch: "Maandag: gym", never a person's name), and in English as the
// config names them (insight's weekly summary day).

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
