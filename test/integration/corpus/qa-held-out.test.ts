// A guard on the held-out question sets (test/fixtures/qa-heldout*, each written from the policy
// text by an author who never saw the entries): the floors sit one question under where the
// answerer stands, so a change that loses right answers or declines on questions written by other
// hands fails here. Nobody tunes on these questions; `npm run eval` prints the full tables.
import path from 'node:path';
import { createAnswerer } from '../../../bot/qa/answerer';
import { parseConfig } from '../../../shared/policy/parse-config';
import { tallyQuestions } from '../../eval/evaluate-qa';
import { kindantePack } from '../../helpers/knowledge';
import { EXAMPLE_CONFIG } from '../../helpers/policy';

const FIXTURES = path.resolve(__dirname, '../../fixtures');
/** Per set, counts of questions: right answers, declined out-of-scope ones, wrong entries answered. */
const SETS = [
  { folder: 'qa-heldout', atLeastRight: 131, atLeastDeclined: 20, atMostWrong: 4 },
  { folder: 'qa-heldout-2', atLeastRight: 130, atLeastDeclined: 18, atMostWrong: 9 },
  { folder: 'qa-heldout-3', atLeastRight: 135, atLeastDeclined: 19, atMostWrong: 4 },
  { folder: 'qa-heldout-4', atLeastRight: 135, atLeastDeclined: 16, atMostWrong: 2 },
  { folder: 'qa-heldout-5', atLeastRight: 130, atLeastDeclined: 19, atMostWrong: 7 },
  { folder: 'qa-heldout-6', atLeastRight: 126, atLeastDeclined: 18, atMostWrong: 6 },
  { folder: 'qa-heldout-7', atLeastRight: 126, atLeastDeclined: 19, atMostWrong: 7 },
  { folder: 'qa-heldout-8', atLeastRight: 125, atLeastDeclined: 19, atMostWrong: 9 },
  { folder: 'qa-heldout-9', atLeastRight: 123, atLeastDeclined: 20, atMostWrong: 10 },
  { folder: 'qa-heldout-10', atLeastRight: 120, atLeastDeclined: 19, atMostWrong: 12 },
  { folder: 'qa-heldout-11', atLeastRight: 126, atLeastDeclined: 19, atMostWrong: 10 },
  { folder: 'qa-heldout-12', atLeastRight: 123, atLeastDeclined: 20, atMostWrong: 9 },
  { folder: 'qa-heldout-13', atLeastRight: 123, atLeastDeclined: 19, atMostWrong: 11 },
  { folder: 'qa-heldout-14', atLeastRight: 131, atLeastDeclined: 18, atMostWrong: 6 },
  { folder: 'qa-heldout-15', atLeastRight: 118, atLeastDeclined: 17, atMostWrong: 10 },
  { folder: 'qa-heldout-16', atLeastRight: 132, atLeastDeclined: 17, atMostWrong: 5 },
  { folder: 'qa-heldout-17', atLeastRight: 132, atLeastDeclined: 19, atMostWrong: 3 },
  // End of a school year and small incidents: 118 of 140 right, 12 wrong entries (issue 20).
  { folder: 'qa-heldout-18', atLeastRight: 119, atLeastDeclined: 19, atMostWrong: 12 },
  // The first weeks of a school year: 118 of 140 right, 19 of 20 declined, 13 wrong entries.
  { folder: 'qa-heldout-19', atLeastRight: 120, atLeastDeclined: 18, atMostWrong: 11 },
  // The end of a school year: reports, archiving, leavers, camp photos, the transfer to secondary
  // school. 128 of 140 right, 20 of 20 declined, 6 wrong entries, at the session's start and end.
  { folder: 'qa-heldout-20', atLeastRight: 128, atLeastDeclined: 19, atMostWrong: 6 },
  // January starters: new and substitute teachers, a new administrator, interns, the after-school
  // care partner and a speech therapist. 121 of 140 right, 19 of 20 declined, 9 wrong entries,
  // at the twentieth session's start and end.
  { folder: 'qa-heldout-21', atLeastRight: 120, atLeastDeclined: 18, atMostWrong: 10 },
  // The last weeks of the school year and the summer: clearing classrooms and laptops, handovers,
  // leavers, the musical filmed, a laptop abroad. 125 of 140 right, 18 of 20 declined, 10 wrong
  // entries, at the twenty-first session's start and end.
  { folder: 'qa-heldout-22', atLeastRight: 124, atLeastDeclined: 19, atMostWrong: 11 },
  // The weeks after the autumn holiday in the upper groups: Sint-Maarten, Sinterklaas, the sports
  // day, the move to secondary school, new starters from abroad. 130 of 140 right, 20 of 20
  // declined, 3 wrong entries, at the twenty-second session's start.
  { folder: 'qa-heldout-23', atLeastRight: 130, atLeastDeclined: 19, atMostWrong: 4 },
  // A special-needs school and a school with many newcomer children: care files, youth care,
  // interpreters, transfer to secondary school. Measured blind: 126 of 140 right, 19 of 20
  // declined, 8 wrong entries on the twenty-second session's start code; 127, 20, 8 at its end.
  { folder: 'qa-heldout-24', atLeastRight: 126, atLeastDeclined: 19, atMostWrong: 9 },
  // The board office and school administration around the summer break: leavers and transfers,
  // enrolments, consent forms, accounts for new staff, the participation council's yearly review.
  // Measured blind on the twenty-third session's start code: 131 of 140 right, 19 of 20
  // declined, 5 wrong entries.
  { folder: 'qa-heldout-25', atLeastRight: 130, atLeastDeclined: 19, atMostWrong: 6 },
  // A school moving to new laptops, tablets, a new pupil administration and a cloud set-up, asked
  // by the ICT coordinator, teachers, the administrator, the director and the participation
  // council. Measured blind on the twenty-fourth session's start code: 126 of 140 right, 16 of 20
  // declined, 9 wrong entries.
  { folder: 'qa-heldout-26', atLeastRight: 125, atLeastDeclined: 16, atMostWrong: 10 },
  // The first weeks of a school year, asked by new teachers, agency substitutes, a new administrator,
  // a student teacher, the school-photo coordinator and a director with a breach on their hands.
  // Measured blind on the twenty-fifth session's start code: 129 of 140 right, 20 of 20 declined,
  // 8 wrong entries.
  { folder: 'qa-heldout-27', atLeastRight: 128, atLeastDeclined: 20, atMostWrong: 9 },
  // The end of a school year: report cards, camp, the groep 8 musical and its video, class photos,
  // handing pupils on, clearing out classrooms and old laptops, asked by caretakers, ICT
  // coordinators, after-school care, MR parents, leaving teachers and a new privacy contact.
  // Measured blind on the twenty-sixth session's start code: 127 of 140 right, 19 of 20 declined,
  // 7 wrong entries.
  { folder: 'qa-heldout-28', atLeastRight: 126, atLeastDeclined: 19, atMostWrong: 8 },
  // The first weeks after the summer holidays at a board of many schools: onboarding, class lists,
  // class apps, photo-consent forms coming back, pool substitutes, a new MR year, asked by new
  // teachers, PABO interns, substitutes, MR parents, administrators, an ICT coordinator and
  // international staff. Measured blind on the twenty-seventh session's start code: 131 of 140
  // right, 19 of 20 declined, 6 wrong entries.
  { folder: 'qa-heldout-29', atLeastRight: 130, atLeastDeclined: 19, atMostWrong: 7 },
  // Late spring at a board moving to a new pupil administration system, with laptops for groups
  // 6 to 8 and a pilot of AI writing tools, asked by teachers, team leaders, a GMR member, a data
  // steward, a school secretary, reading-volunteer parents and international staff. Measured blind
  // on the twenty-eighth session's start code: 134 of 140 right, 19 of 20 declined, 3 wrong entries.
  // In the thirty-third session one question here leaked after the first batch of situations and
  // was declined again after the second, which answers another one from a wrong entry: 132 right,
  // 19 declined (across the held-out sets right 4612 -> 4615, wrong 233 -> 233, leaks 37 -> 36).
  // The learned order retrained on 56 tuning files (thirty-fifth session) answers one more from a
  // wrong entry here (across the 38 sets right 4862 -> 4867, wrong 249 -> 244): 131 right.
  { folder: 'qa-heldout-30', atLeastRight: 131, atLeastDeclined: 19, atMostWrong: 4 },
  // A board office's week after ransomware hit a neighbouring board: passwords, fake helpdesk
  // calls, lost devices, backups, what counts as a breach, who reports to the AP and what to tell
  // parents, asked by directors, ICT coordinators, administrators, teachers at home and MR parents.
  // Measured blind on the twenty-eighth session's start code: 126 of 140 right, 18 of 20
  // declined, 8 wrong entries.
  { folder: 'qa-heldout-31', atLeastRight: 125, atLeastDeclined: 18, atMostWrong: 9 },
  // Back to school at a board of eleven schools with a new privacy officer: class lists and photos,
  // group apps, new laptops and accounts, pupil files of new pupils, consent forms, a stolen laptop
  // and a mail to the wrong parents over the summer, asked by new teachers, a secretary, caretakers,
  // a PE teacher, directors, an English-speaking assistant and the after-school partner. Measured
  // blind on the twenty-ninth session's start code: 133 of 140 right, 20 of 20 declined, 3 wrong.
  { folder: 'qa-heldout-32', atLeastRight: 132, atLeastDeclined: 20, atMostWrong: 4 },
  // Spring at the board (the Inspectie visit, a privacy awareness week, a new pupil system and new
  // laptops), asked by interns, supply teachers, an MR member, a caretaker, the finance office, a
  // director, an English-speaking speech therapist and the newsletter coordinator. Measured blind
  // on the thirtieth session's start code: 117 of 140 right, 18 of 20 declined, 13 wrong.
  { folder: 'qa-heldout-33', atLeastRight: 116, atLeastDeclined: 18, atMostWrong: 14 },
  // The first weeks of a school year: onboarding, class lists, the photographer, a new parent portal,
  // a phishing mail, a whiteboard camera, asked by a new teacher, the administrator, the ICT
  // coordinator, a gym and a remedial teacher, the BSO, an expat teacher, an MR parent and a new
  // director. Measured blind on the thirty-first session's start code: 125 of 140 right, 17 of 20
  // declined, 5 wrong.
  { folder: 'qa-heldout-34', atLeastRight: 124, atLeastDeclined: 17, atMostWrong: 6 },
  // The last weeks of a school year and the summer: reports going home, class files handed on,
  // staff who leave or retire, old paper files cleared out, a summer school with a partner, a laptop
  // abroad, a break-in, a new teacher in August, the privacy officer's yearly report; asked by ten
  // kinds of staff. Measured blind on the thirty-second session's start code: 113 of 140 right, 17
  // of 20 declined, 16 wrong.
  { folder: 'qa-heldout-35', atLeastRight: 112, atLeastDeclined: 17, atMostWrong: 17 },
  // Winter through the digital side of school life: a new learning platform and Chromebooks, AI
  // chat tools for reports, video doorbells, a secretly recorded conversation, a pupil's vlog, a
  // hacked parents' group, a lost phone with the school app, flu absences and a filmed Christmas
  // show; asked by teachers, substitutes, IB'ers, ICT, a conciërge, the BSO and parents. Measured
  // blind on the thirty-third session's start code: 121 of 140 right, 18 of 20 declined, 7 wrong.
  { folder: 'qa-heldout-36', atLeastRight: 120, atLeastDeclined: 18, atMostWrong: 8 },
  // Spring seen from people on the move: teachers on a trip or camp typing on a phone, staff at
  // home or on the train, agency substitutes on their first day, ambulant supporters visiting
  // several schools, and a director answering parents about a camp photo that went round.
  // Measured blind on the thirty-fourth session's start code: 123 of 140 right, 19 of 20
  // declined, 8 wrong.
  { folder: 'qa-heldout-37', atLeastRight: 122, atLeastDeclined: 19, atMostWrong: 9 },
  // The people who keep a school running behind the classroom: the front desk, the caretaker, the
  // ICT coordinator, lunch and after-school staff, the board office's secretary, the BHV'er, a
  // cleaner who finds papers and an intern at the office. Measured blind on the thirty-fifth
  // session's start code: 124 of 140 right, 17 of 20 declined, 8 wrong.
  { folder: 'qa-heldout-38', atLeastRight: 123, atLeastDeclined: 17, atMostWrong: 9 },
  // Staff in their first weeks at a school (a starting teacher, a lateral entrant, a new
  // administrator, an agency substitute, an international teacher). At the start of the session
  // that added it: 128 of 140 right, 18 of 20 declined, 5 wrong.
  { folder: 'qa-heldout-39', atLeastRight: 127, atLeastDeclined: 18, atMostWrong: 6 },
  // School leaders and location coordinators handling incidents, parent complaints, staff matters
  // and requests from police, youth care, press and the municipality. At the start of the session
  // that added it: 120 of 140 right, 17 of 20 declined, 16 wrong.
  { folder: 'qa-heldout-40', atLeastRight: 119, atLeastDeclined: 17, atMostWrong: 17 },
  // ICT coordinators and teachers with Chromebooks, iPads, apps and cloud storage, asking on their
  // phones; general IT help as the close-sounding out-of-scope questions. At the start of the
  // session that added it: 123 of 140 right, 15 of 20 declined, 9 wrong.
  { folder: 'qa-heldout-41', atLeastRight: 122, atLeastDeclined: 15, atMostWrong: 10 },
  // Teaching assistants, interns and teachers in their first months, asking what they may see,
  // share, photograph and store; their contracts, internship grading and timetables as the
  // out-of-scope questions. At the start of the session that added it: 129 of 140 right, 17 of 20
  // declined, 4 wrong.
  { folder: 'qa-heldout-42', atLeastRight: 128, atLeastDeclined: 17, atMostWrong: 5 },
  // School directors, location leaders and care coordinators asking what they must arrange, check,
  // report or sign; formation budgets, appraisal cycles, building maintenance and admission rules
  // as the out-of-scope questions. At the start of the session that added it: 125 of 140 right,
  // 17 of 20 declined, 7 wrong.
  { folder: 'qa-heldout-43', atLeastRight: 124, atLeastDeclined: 17, atMostWrong: 8 },
] as const;

describe.each(SETS)(
  'held-out questions $folder (other authors)',
  ({ folder, atLeastRight, atLeastDeclined, atMostWrong }) => {
    let all: ReturnType<typeof tallyQuestions>[number] | undefined;

    beforeAll(() => {
      const parsed = parseConfig(EXAMPLE_CONFIG);
      if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
      const pack = kindantePack();
      const answer = createAnswerer(parsed.config, pack.knowledge, pack.words);
      all = tallyQuestions(path.join(FIXTURES, folder, 'questions.json'), answer).at(-1);
    });

    it('keeps its right answers, its declines and its wrong-entry ceiling', () => {
      expect(all?.right).toBeGreaterThanOrEqual(atLeastRight);
      expect(all?.declined).toBeGreaterThanOrEqual(atLeastDeclined);
      expect(all?.wrong).toBeLessThanOrEqual(atMostWrong);
    });
  },
);
