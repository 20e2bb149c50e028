// A small stand-in for the policy answerer, for tests where the knowledge base is not the point:
// it answers questions about photos (and a pick of its photo entry) and declines everything else.
import type { Language } from '../../shared/policy/knowledge/types';
import type { QaAnswer } from '../../bot/qa/types';

const PHOTO_ENTRY = {
  id: 'photos-consent',
  title: "Foto's en toestemming",
  section: 'Bijlage 9',
};

export function fakeAnswer(
  question: string,
  pick?: { entryId: string; language: Language },
): QaAnswer {
  const english = /\b(?:may|can|what|how)\b/i.test(question);
  if (/foto|photo/i.test(question) || pick?.entryId === PHOTO_ENTRY.id)
    return {
      question,
      language: english ? 'en' : 'nl',
      answered: true,
      answer: 'Alleen met toestemming van de ouders, per doel en per jaar. Zet er geen namen bij.',
      sources: [PHOTO_ENTRY],
      confidence: 'high',
      parts: [
        {
          source: PHOTO_ENTRY,
          answer:
            'Alleen met toestemming van de ouders, per doel en per jaar. Zet er geen namen bij.',
        },
      ],
      suggestions: [],
      related: [
        { id: 'social-media', title: 'Sociale media', section: '§9' },
        { id: 'video-lessons', title: 'Video-opnames in de klas', section: 'Bijlage 9' },
        { id: 'consent-withdraw', title: 'Toestemming intrekken', section: 'Bijlage 9' },
        { id: 'fourth', title: 'Vierde onderwerp', section: '§1' },
      ],
    };
  return {
    question,
    language: english ? 'en' : 'nl',
    answered: false,
    answer: 'Dat weet ik niet zeker. Vraag het de privacy officer.',
    sources: [],
    confidence: 'none',
    parts: [],
    suggestions: [],
    related: [{ id: 'breach-72-hours', title: 'Datalek melden binnen 72 uur', section: '§12' }],
  };
}
