// The scanning engine: prepares the mail's text once, runs every detector, and turns the findings
// into a verdict under the policy. Pure: runs in Outlook, the browser, the CLI and the tests alike.
import { policySectionOf } from '../i18n/finding-messages';
import { withoutOnboardingRepeat } from './bsn-covers-onboarding';
import { DETECTORS } from './detectors/registry';
import { isMarkedEncrypted } from './encryption-marking';
import { collectMailContent } from './mail-texts';
import { withSubjectsSettled } from './model/disowned-subject';
import { createTextScorer, learnedTextOf } from './model/learned-model';
import type { ScanPolicy } from './scan-policy';
import { isAsciiLower } from './text/chars';
import { fold } from './text/fold';
import { ONE_PARENT_WORDS } from './text/parent-words';
import { withPupilDocumentsOwned } from './text/pupil-documents';
import { quotedHistoryStart } from './text/quoted-history';
import { subjectLineWords } from './text/name-positions';
import { isTitleOfGeneralBody, readSensitiveContent } from './text/sensitive-content';
import {
  CONTENT_RULES,
  type Finding,
  type MailAttachment,
  type MailInput,
  type Notice,
  type ScanResult,
  type Verdict,
} from './types';

const VERDICT_ORDER: readonly Verdict[] = ['allow', 'warn', 'block'];

/** What an earlier scan of the attachments' content found (the add-in reads content when
 * attachments change, not on send), for attachments still on the mail. */
export interface PrescannedAttachments {
  findings: readonly Finding[];
  notices: readonly Notice[];
}

/**
 * @example scanMail({ subject: 'BSN 123456782', to: [], cc: [], bcc: [], attachments: [] }, policy).verdict // 'block'
 */
export function scanMail(
  mail: MailInput,
  policy: ScanPolicy,
  prescanned?: PrescannedAttachments,
): ScanResult {
  const content = collectMailContent(mail, policy.attachmentReadLimitBytes, policy.mailReadLimits);
  const correspondents = correspondentNames(mail);
  const folded = content.texts.map(({ text }) => fold(text));
  const quoteStarts = content.texts.map(({ text }, index) =>
    quotedHistoryStart(text, folded[index]),
  );
  const subjectWords = subjectLineWords(mail.subject);
  const readings = content.texts.map(({ text, location }, index) =>
    readSensitiveContent(
      text,
      policy.sensitiveLexicon,
      correspondents,
      folded[index],
      quoteStarts[index],
      location.part === 'subject' ? undefined : subjectWords,
    ),
  );
  // Texts 0 and 1 are the subject line and the body (collectMailContent).
  if (
    isTitleOfGeneralBody(
      readings[0]?.evidence ?? [],
      readings[1]?.evidence ?? [],
      folded[1] ?? '',
      policy.sensitiveLexicon,
      quoteStarts[1],
    )
  )
    readings[0] = { evidence: [], untied: [] };
  // An attached pupil's document, or a pupil's report in the quoted history: the bare names in it
  // are that pupil's matter (pupil-documents.ts).
  content.texts.forEach(({ location }, index) => {
    const reading = readings[index];
    if (!reading) return;
    const evidence = withPupilDocumentsOwned(
      reading.evidence,
      location.part,
      quoteStarts[index] ?? Infinity,
    );
    if (evidence !== reading.evidence) readings[index] = { ...reading, evidence };
  });
  const scoreText = createTextScorer();
  const texts = content.texts.map(({ text }) => text);
  const evidence = withSubjectsSettled(
    texts,
    readings.map((reading) => reading.evidence),
    scoreText,
  );
  const untied = readings.map((reading) => reading.untied);
  // The learned model reads only the texts where the rules left a subject without evidence.
  const learned = content.texts.map(({ text }, index) =>
    learnedTextOf(text, evidence[index] ?? [], scoreText),
  );
  const findings = DETECTORS.flatMap((detector) =>
    detector.detect({ mail, content, policy, folded, quoteStarts, evidence, untied, learned }),
  ).map((detection): Finding => ({
    ...detection,
    severity: severityOf(policy.verdicts[detection.rule]),
    policySection: policySectionOf(detection.rule),
  }));
  if (prescanned) findings.push(...prescanned.findings);
  const kept = withoutOnboardingRepeat(
    findings,
    content.texts.map(({ location }) => location),
    evidence,
  );
  const isEncrypted = isMarkedEncrypted(mail, policy.encryption);
  return {
    verdict: decideVerdict(kept, policy, isEncrypted),
    findings: kept,
    notices: prescanned ? [...content.notices, ...prescanned.notices] : content.notices,
    isMarkedEncrypted: isEncrypted,
  };
}

/** Parent words after "ravi's" in a display name: "Ravi's dad - Vikram Sharma". */
const DISPLAY_PARENT_WORDS = [...ONE_PARENT_WORDS, 'parents'];

/**
 * A folded display name without the child it names by a parent word ("ravi's dad - vikram
 * sharma" gives "  - vikram sharma"): that child is not the writer.
 * @example withoutChildOfParent("ravi's dad - vikram") // "  - vikram"
 */
function withoutChildOfParent(name: string): string {
  for (const mark of ["'s ", '\u2019s ']) {
    const at = name.indexOf(mark);
    const parent = DISPLAY_PARENT_WORDS.find((word) => name.startsWith(word, at + mark.length));
    if (at <= 0 || parent === undefined) continue;
    let start = at;
    while (start > 0 && isAsciiLower(name.charCodeAt(start - 1))) start--;
    return `${name.slice(0, start)} ${name.slice(at + mark.length + parent.length)}`;
  }
  return name;
}

/** First names of the sender and recipients, folded: "Sanne de Vries" → "sanne". */
function correspondentNames(mail: MailInput): Set<string> {
  const people = [mail.from, ...mail.to, ...mail.cc, ...mail.bcc];
  return new Set(
    people
      .map(
        (person) =>
          // "Ravi's dad - Vikram Sharma": the child the display name names is not the writer.
          withoutChildOfParent(fold(person?.name ?? ''))
            .split(/[^a-z]+/)
            .find((word) => word.length > 1) ?? '',
      )
      .filter((name) => name !== ''),
  );
}

/** The strictest verdict among the findings; content rules do not count once the mail goes encrypted. */
function decideVerdict(
  findings: readonly Finding[],
  policy: ScanPolicy,
  isEncrypted: boolean,
): Verdict {
  let verdict: Verdict = 'allow';
  for (const finding of findings) {
    if (isEncrypted && CONTENT_RULES.includes(finding.rule)) continue;
    const ruleVerdict = policy.verdicts[finding.rule];
    if (VERDICT_ORDER.indexOf(ruleVerdict) > VERDICT_ORDER.indexOf(verdict)) verdict = ruleVerdict;
  }
  return verdict;
}

function severityOf(verdict: Verdict): Finding['severity'] {
  return verdict === 'block' ? 'critical' : verdict === 'warn' ? 'warning' : 'info';
}

/**
 * Scans only the attachments' content, for the add-in to run when attachments change and reuse
 * on send. Keeps the content findings; sizes and names are checked on send itself.
 */
export function prescanAttachments(
  attachments: MailAttachment[],
  policy: ScanPolicy,
): PrescannedAttachments {
  const result = scanMail({ to: [], cc: [], bcc: [], subject: '', attachments }, policy);
  return {
    findings: result.findings.filter(
      (finding) => finding.location.part === 'attachment' && CONTENT_RULES.includes(finding.rule),
    ),
    notices: result.notices,
  };
}
