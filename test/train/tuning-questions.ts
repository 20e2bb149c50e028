// The tuning question files (test/fixtures/qa/questions*.json) as the answerer's trainers read
// them, in name order. Rows name their entry (`expected`, null when out of scope) or, written like
// the held-out sets, say `inScope` and the policy `sections` outright.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const QUESTIONS = path.resolve(__dirname, '../fixtures/qa');

export interface TuningRow {
  question: string;
  expected?: string | null;
  inScope?: boolean;
  sections?: string[];
}

/**
 * Files no trainer reads, to choose a setting on questions the models never saw
 * (QUESTIONS_LEAVE_OUT=questions-train-4[6-9]|questions-train-5).
 */
const LEAVE_OUT = process.env.QUESTIONS_LEAVE_OUT;

export function tuningQuestionFiles(): { file: string; rows: TuningRow[] }[] {
  const leftOut = LEAVE_OUT ? new RegExp(`^(${LEAVE_OUT})`, 'u') : undefined;
  return readdirSync(QUESTIONS)
    .filter((name) => /^questions.*\.json$/u.test(name) && !leftOut?.test(name))
    .sort()
    .map((file) => ({
      file,
      rows: JSON.parse(readFileSync(path.join(QUESTIONS, file), 'utf8')) as TuningRow[],
    }));
}
