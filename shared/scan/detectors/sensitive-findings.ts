// Shared by the two content rules: one finding per place (subject, body, each attachment), built
// from the sensitive-content evidence for one subject (pupil or adult) and from attachment names.
import type { Subject, SensitiveEvidence } from '../text/sensitive-content';
import type { RuleId, Text } from '../types';
import type { Detection, DetectorInput } from './detector';
import { excerptAround } from './excerpt';
import { judgeAttachmentName, namesSomeone } from './attachment-names';
import { fold } from '../text/fold';
import { quotedHistoryStart } from '../text/quoted-history';
import { DEFAULT_MODEL } from '../model/learned-model';
import { modelEvidence } from '../model/model-finding';
import { identifiablePerson } from '../model/identifiable-window';

export function sensitiveFindings(
  input: DetectorInput,
  rule: RuleId,
  subject: Subject,
  message: Text,
): Detection[] {
  const findings: Detection[] = [];
  input.content.texts.forEach(({ location, text }, index) => {
    const folded = input.folded[index] ?? fold(text);
    const quoteStart = input.quoteStarts[index] ?? quotedHistoryStart(text, folded);
    const evidence = (input.evidence[index] ?? []).filter((item) => item.subject === subject);
    const first = evidence[0];
    if (!first) {
      // No rule fired here for this subject: the learned model may add a finding, with its own why.
      const learned = input.learned?.[index];
      const found =
        learned &&
        modelEvidence(
          text,
          folded,
          learned[subject],
          subject,
          DEFAULT_MODEL,
          input.policy.sensitiveLexicon,
          quoteStart,
          // "Priya - some news from home": the body goes on about whom the subject line names,
          // looked up only when a body window that scored high names nobody itself.
          location.part === 'body' ? () => subjectLinePerson(input, subject) : undefined,
          input.untied[index],
        );
      if (found)
        findings.push({
          rule,
          message,
          location,
          excerpt: found.excerpt,
          explanation: found.explanation,
        });
      return;
    }
    findings.push({
      rule,
      message,
      location,
      excerpt: excerptAround(text, first.start, first.end),
      explanation: explain(evidence, quoteStart),
    });
  });
  for (const name of input.content.attachmentNames) {
    const judged = judgeAttachmentName(name, input.policy.sensitiveLexicon);
    if (!judged || isReadAndAboutNobody(input, name)) continue;
    if (
      (judged.isByNameOnly === true ? mailSubjectOr(input, judged.subject) : judged.subject) !==
      subject
    )
      continue;
    findings.push({
      rule,
      message,
      location: { part: 'attachment', name },
      excerpt: name,
      explanation: `file name: "${judged.term}"`,
    });
  }
  return findings;
}

/** Whom the subject line names, for the explanation: "name (given name) in the subject line". */
function subjectLinePerson(input: DetectorInput, subject: Subject): string | undefined {
  const at = input.content.texts.findIndex(({ location }) => location.part === 'subject');
  const line = input.content.texts[at]?.text;
  if (line === undefined) return undefined;
  const folded = input.folded[at] ?? fold(line);
  const named = identifiablePerson(
    line,
    folded,
    0,
    line.length,
    subject,
    input.policy.sensitiveLexicon,
  );
  return named === undefined ? undefined : `${named} in the subject line`;
}

/** Characters of an attachment's read text from which its words, not its name, decide. */
const READ_TEXT_MIN = 200;

/**
 * "informatieblad-meldcode.pdf" whose text was read and ties its topic to nobody: a leaflet, a
 * policy or a template about the topic, which its name only names. A name naming someone
 * ("OPP_Daan_groep6.docx") still counts, and so does any name whose content was not read.
 */
function isReadAndAboutNobody(input: DetectorInput, name: string): boolean {
  const index = input.content.texts.findIndex(
    ({ location, text }) =>
      location.part === 'attachment' && location.name === name && text.length >= READ_TEXT_MIN,
  );
  return index >= 0 && (input.evidence[index] ?? []).length === 0 && !namesSomeone(name);
}

/**
 * "Verslag gesprek Ilse.pdf" beside a mail whose texts speak only of an adult's situation (a
 * colleague's appraisal, a reintegration talk): the report is that adult's. Any pupil evidence,
 * or none at all, keeps `fallback`.
 */
function mailSubjectOr(input: DetectorInput, fallback: Subject): Subject {
  let hasAdult = false;
  for (const evidence of input.evidence)
    for (const item of evidence ?? []) {
      if (item.subject === 'pupil') return fallback;
      hasAdult = true;
    }
  return hasAdult ? 'adult' : fallback;
}

function explain(evidence: SensitiveEvidence[], quoteStart: number): string {
  const terms = [
    ...new Set(
      evidence.map(
        (item) =>
          `${shownTerm(item.term)} (${item.category}, near ${item.tiedTo}${item.cue ? `: ${item.cue}` : ''})`,
      ),
    ),
  ];
  // The quoted history still leaves with the mail; say so, since the writer may not have scrolled down.
  const where = evidence.every((item) => item.start >= quoteStart)
    ? ' — in the quoted history of the mail'
    : '';
  return `sensitive terms next to a person: ${terms.slice(0, 4).join('; ')}${terms.length > 4 ? `; +${terms.length - 4}` : ''}${where}`;
}

/** A phrase ending at its word's boundary ("zijn man,") is shown without the mark or space. */
function shownTerm(term: string): string {
  const last = term.charAt(term.length - 1);
  return last === ' ' || last === ',' || last === '.' ? term.slice(0, -1) : term;
}
