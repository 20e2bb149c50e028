// A draft letter as the register makes it: subject, greeting, sections and closing, each in Dutch
// and English. The .docx, the card, the tab and the add-in's new message all render this one shape.
import type { Label } from './report-fields';

interface LetterSection {
  heading: Label;
  text: Label;
}

export interface LetterDraft {
  subject: Label;
  greeting: Label;
  sections: LetterSection[];
  closing: Label;
}
