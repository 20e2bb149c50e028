// A guard on the held-out corpora (test/fixtures/heldout, heldout-2 … -45, each written by
// an author who never saw the rules): the floors sit just under where the engine stands, so a
// change that loses what the guard catches on mail written by other hands fails here. Nobody tunes on these
// mails; `npm run eval` prints the full tables.
// The floors were set anew when the detection model was retrained on 6,010 tuning mails (issue 13,
// fifteenth session; thresholds kept at pupil 2.30 / adult 3.03 by a keep rule fixed before
// measuring): across the sets sensitive-personal recall rose 0.775 -> 0.785 and verdicts 1879 ->
// 1887 of 2,017, while sensitive-personal recall fell on heldout, -2 and -3, pupil-file precision
// on heldout-5 and -7 and pupil-file recall on heldout-11; each floor sits just under where its set
// now stands.
// Sixteenth session: below its threshold the adult head counts where a lexicon term the rules tied
// to nobody supports the window (a keep rule fixed before measuring: sensitive-personal F1 up, its
// precision down at most 0.01). Across the 17 sets sensitive-personal went 597/83/157 -> 607/91/147
// (P 0.878 -> 0.870, R 0.792 -> 0.805) and verdicts 2119 -> 2124 of 2,257; its floors were set
// anew, just under each set's figures (precision fell on heldout-4 to -7, -9, -10 and -14).
// Seventeenth session: a parent's trouble beside their child's name is the child's file only when
// the mail says what it means for the child (keep rule fixed before measuring: pupil-file F1 up,
// its recall down at most 0.005). Across the 18 sets pupil-file went 893/91/81 -> 892/87/82;
// heldout-6 lost that one file, and its recall floor with it.
// Then the model was retrained on 6,970 tuning mails (content-train-47 to -54 added). A first
// variant with the thresholds its new-author procedure chose (pupil 1.94, adult 2.69) failed its
// keep rule (both F1 up, neither precision down more than 0.01): pupil-file precision fell 0.011.
// The second, with the pupil threshold kept at 2.30, passed: pupil-file 892/87/82 -> 896/89/78,
// sensitive-personal 641/97/155 -> 659/104/137, verdicts 2237 -> 2243 of 2,377. The floors were set
// anew just under each set's figures (precision fell on heldout, -3, -5, -9, -12, -13, -15 to -17).
// Twenty-first session: pupil documents (attached or quoted) and officers named by title raised
// precision on heldout-4, -8, -18, -19 and -21; those floors rose with it (floors only rise).
// Twenty-third session: the model reads a mail whose words the rules tied only to bare names as an
// adult's when it doubts a pupil (disowned-subject.ts; keep rule fixed before measuring: across the
// sets neither content rule makes more errors). Pupil-file went 1219/99/124 -> 1218/90/125 and
// sensitive-personal 840/168/170 -> 845/172/165, verdicts unchanged. Four floors fell by one mail
// each: three hard negatives' false alarms moved from pupil-file to sensitive-personal (heldout,
// -4, -20), and heldout-8 lost a pupil file to a sensitive-personal false alarm.
// Thirty-fourth session: the model was retrained on all 10,570 tuning mails (content-train-55 to
// -84 added), with the pupil threshold 2.2 (was 2.3) and the bar below which withBareNamesAsAdults
// doubts a pupil at 1 (was 0.5), each the choice with the fewest errors on the sixteen newest
// tuning folders for a model trained without them. Keep rule fixed before measuring: neither
// content rule makes more errors across the sets. Across the 39 sets pupil-file went 1847/147/225
// -> 1847/145/225 and sensitive-personal 1209/262/237 -> 1194/218/252 (P 0.822 -> 0.846, R 0.836
// -> 0.826); verdicts 4561 -> 4559 of 4,897, no missed block. Every floor was set anew just under
// where its set now stands (42 of the 156 floors fell); the notes on single
// sets below tell their history before that.
// Thirty-fifth session: the rules know 4,513 more given names (human-names, built by
// test/train/build-first-names.ts), and a surname that is a given name too signs with the first
// name ("Claire Donovan"). Same keep rule. Across the 40 sets pupil-file went 1891/151/228 ->
// 1901/153/218 and sensitive-personal 1222/222/252 -> 1224/223/250; verdicts 4674 -> 4683 of
// 5,017. Five floors fell by 0.02 where a set gained a false alarm (pupil-file precision on
// heldout-8, -11, -20 and -27, sensitive-personal precision on heldout-13).
// Thirty-seventh session: a parent word that opens the clause of a health term, with a verb of
// being or having ("dat moeder sinds oktober is opgenomen"), makes the condition the parent's as
// well. Same keep rule. Across the 42 sets sensitive-personal went 1274/234/258 -> 1279/237/253.
// Two floors fell where a set gained a false alarm (sensitive-personal precision on heldout-3 and
// heldout-42, by one and two mails).
import path from 'node:path';
import { ruleScore as precisionAndRecall, scoreCorpus } from '../../eval/evaluate';

type Outcomes = Awaited<ReturnType<typeof scoreCorpus>>;

const FIXTURES = path.resolve(__dirname, '../../fixtures');
const CORPORA = [
  { folder: 'heldout', floors: { 'pupil-file': [0.93, 0.97], 'sensitive-personal': [0.81, 0.82] } },
  {
    folder: 'heldout-2',
    // Sensitive-personal recall 0.89 -> 0.87 when loosely tied adult evidence in pupil mails is
    // dropped (withoutLooseAdultTies: one adult's matter lost here, ten false alarms fewer across
    // the sets).
    floors: { 'pupil-file': [0.98, 0.94], 'sensitive-personal': [0.88, 0.86] },
  },
  {
    folder: 'heldout-3',
    // Sensitive-personal precision 0.87 -> 0.85 when a parent who hits counts as the parent's
    // matter (one false alarm), recall 0.82 -> 0.80 when a BSN covers a new employee's paperwork
    // (one found lost; fifteen false alarms fewer across the sets).
    floors: { 'pupil-file': [0.94, 0.94], 'sensitive-personal': [0.85, 0.8] },
  },
  {
    folder: 'heldout-4',
    floors: { 'pupil-file': [0.94, 0.89], 'sensitive-personal': [0.86, 0.92] },
  },
  {
    folder: 'heldout-5',
    floors: { 'pupil-file': [0.92, 0.91], 'sensitive-personal': [0.89, 0.8] },
  },
  {
    folder: 'heldout-6',
    floors: { 'pupil-file': [0.94, 0.91], 'sensitive-personal': [0.94, 0.82] },
  },
  {
    // Sensitive-personal precision 0.89 -> 0.87 in the thirty-third session: a mother who tells
    // of a 'ze' is now read as telling of herself too; across the held-out sets that found 3 more
    // and made 3 more false alarms.
    folder: 'heldout-7',
    floors: { 'pupil-file': [0.94, 0.9], 'sensitive-personal': [0.87, 0.8] },
  },
  {
    folder: 'heldout-8',
    floors: { 'pupil-file': [0.91, 0.9], 'sensitive-personal': [0.93, 0.76] },
  },
  {
    folder: 'heldout-9',
    floors: { 'pupil-file': [0.96, 0.89], 'sensitive-personal': [0.88, 0.73] },
    // One number in a spreadsheet is read as a BSN although it is none (11 right, 1 wrong). Left
    // as measured: the cause is in held-out mail, which nobody tunes on.
    bsnPrecision: 0.91,
  },
  {
    // Mail with tables of numbers (device lists, loans, orders, pupil and staff lists with BSNs).
    // The retrained model reads four of its lists as pupil files (12 right, 4 wrong; none before).
    folder: 'heldout-10',
    floors: { 'pupil-file': [0.84, 0.84], 'sensitive-personal': [0.5, 0.85] },
    // 25 right, 4 numbers of other kinds read as BSNs (10 before column headers were read).
    bsnPrecision: 0.86,
  },
  {
    // Spring at a school with a bilingual stream: half English, much about adults' own facts.
    folder: 'heldout-11',
    floors: { 'pupil-file': [0.93, 0.84], 'sensitive-personal': [0.98, 0.76] },
  },
  {
    // Autumn at a school with a newcomers' class and a special-needs cluster class, mostly pupils.
    folder: 'heldout-12',
    // Pupil-file precision 0.926 -> 0.909 when the subject line's name counts for the model's
    // findings (one false alarm more here, four pupil files and two adults' found across the sets).
    floors: { 'pupil-file': [0.94, 0.9], 'sensitive-personal': [0.83, 0.78] },
  },
  {
    // Winter at a city and a village school: pupils and adults, often both in one mail.
    folder: 'heldout-13',
    // Sensitive-personal recall 0.78 -> 0.76 with withoutLooseAdultTies (one parent's matter told
    // beside the child's lost; see heldout-2).
    floors: { 'pupil-file': [0.96, 0.92], 'sensitive-personal': [0.92, 0.78] },
  },
  {
    // Spring at a school in a new housing estate: part-timers' handovers, HR and the board office.
    folder: 'heldout-14',
    floors: { 'pupil-file': [0.97, 0.94], 'sensitive-personal': [0.91, 0.88] },
  },
  {
    // Autumn at a special school sharing a building with partners; taxi transport, divorced parents.
    folder: 'heldout-15',
    floors: { 'pupil-file': [0.81, 0.89], 'sensitive-personal': [0.87, 0.84] },
  },
  {
    // Spring at two merging schools: transfer to secondary school, a school camp, newcomers.
    // Pupil-file precision 0.90 -> 0.89 (twenty-seventh session): reading a pupil's incident told
    // to a group of parents found 5 more pupil files across the held-out sets for 1 more false
    // alarm, and that one fell here (49/6/1 from 49/5/1), in a mail that warns for an adult's
    // matter anyway: this set's verdicts went 115 -> 116.
    folder: 'heldout-16',
    floors: { 'pupil-file': [0.85, 0.96], 'sensitive-personal': [0.86, 0.88] },
  },
  {
    // Winter at a town-centre school with an autism class and partners in the building.
    folder: 'heldout-17',
    floors: { 'pupil-file': [1.0, 0.96], 'sensitive-personal': [0.88, 0.88] },
  },
  {
    // Autumn at a special school and a village school: interns, taxi transport, the MR.
    folder: 'heldout-18',
    floors: { 'pupil-file': [0.88, 0.94], 'sensitive-personal': [0.92, 0.88] },
  },
  {
    // Spring at a city school with a newcomers' class and a Catholic village school: groep 8
    // advice, HR conflicts, the school nurse, parents writing through translation apps.
    // Measured blind on the seventeenth session's start and end code only.
    folder: 'heldout-19',
    floors: { 'pupil-file': [0.9, 0.91], 'sensitive-personal': [0.78, 0.89] },
  },
  {
    // Winter at a Protestant village school and a Jenaplan city school: a new director, foster
    // care, a substitute on a private address, a burglary, the youth nurse, Ramadan, bullying
    // over Parro. Measured blind on the eighteenth session's start and end code only.
    folder: 'heldout-20',
    floors: { 'pupil-file': [0.95, 0.88], 'sensitive-personal': [0.75, 0.7] },
  },
  {
    // Late spring at an SBO school and a village school with a newcomers' class: a return after
    // sick leave, a conflict with a father, a lost USB stick, camp medication lists, transfer
    // files, board HR. Measured blind on the nineteenth session's start and end code only.
    folder: 'heldout-21',
    floors: { 'pupil-file': [0.92, 0.96], 'sensitive-personal': [0.75, 0.91] },
  },
  {
    // Midwinter at a city school with an international stream and a rural cluster sharing one
    // IB-er: flu and burnout, a ski trip, an icy playground, a school merger, HR in January.
    // Measured blind on the twentieth session's start and end code only.
    folder: 'heldout-22',
    floors: { 'pupil-file': [0.94, 0.92], 'sensitive-personal': [0.76, 1.0] },
  },
  {
    // Late spring at a school in a new housing estate and a Catholic village school: test results
    // and secondary-school advice, camp lists, handovers, an outdoor-day accident, a teacher's
    // long illness, a court case, VOG paperwork. Measured blind on the twenty-first session's
    // start and end code only. One invoice number passing the 11-test is read as a BSN.
    folder: 'heldout-23',
    bsnPrecision: 0.9,
    floors: { 'pupil-file': [0.88, 0.84], 'sensitive-personal': [0.74, 0.86] },
  },
  {
    // November at a large school in a new-build district and a special-needs school, with the
    // board's HR and ICT: a behaviour plan, a burnout and phased return, a parent's money trouble
    // over the camp fee, a pregnancy, a VOG about to be refused, diabetes on a trip. Measured blind
    // on the twenty-second session's start code (pupil-file 41/4/9, sensitive-personal 28/11/3).
    folder: 'heldout-24',
    floors: { 'pupil-file': [0.89, 0.88], 'sensitive-personal': [0.87, 0.9] },
  },
  {
    // Christmas and New Year at three small village schools with one director, the board's
    // finance office and outside care partners: grief, a hungry pupil, a parent in hospital, a
    // caretaker's injury, a hearing problem, a family moving abroad. Measured blind on the
    // twenty-second session's start and end code (the same: pupil-file 44/3/8, sensitive-personal
    // 30/14/4). One repair number passing the 11-test is read as a BSN.
    folder: 'heldout-25',
    bsnPrecision: 0.88,
    floors: { 'pupil-file': [0.9, 0.86], 'sensitive-personal': [0.81, 0.88] },
  },
  {
    // Spring at a school in temporary units during a rebuild (sharing with a childcare centre)
    // and a school with an international stream, with the board's complaints and legal office and
    // an attendance office: a lost cabinet key, a stolen laptop, care files found in storage, an
    // access request from a father without custody. Measured blind on the twenty-third session's
    // start code (pupil-file 56/4/4, sensitive-personal 26/13/1, all 13 false alarms in pupil
    // mails) and its end code (pupil-file 56/3/4).
    folder: 'heldout-26',
    floors: { 'pupil-file': [0.96, 0.96], 'sensitive-personal': [0.72, 0.96] },
  },
  {
    // May and June at a school with a newcomers' class (interpreters, a language buddy, a shelter's
    // contact person, names of many spellings), a village school's camp, sports day and musical
    // (medication lists, foster children, grandparents raising a child), and the board's staff
    // office (a return after burn-out, a reorganisation). Measured blind on the twenty-fourth
    // session's start code: pupil-file 45/4/4, sensitive-personal 33/12/5 (11 of the 12 false
    // alarms in pupil mails), verdicts 116 of 120, no missed block.
    folder: 'heldout-27',
    floors: { 'pupil-file': [0.89, 0.89], 'sensitive-personal': [0.78, 0.86] },
  },
  {
    // Autumn at two schools near a university town: expat families at the October conferences, a
    // custody dispute across borders, a transfer report sent abroad; a village school's groep 8
    // advice, a foster child, a pupil with diabetes on the school trip; a teacher back after
    // burn-out, a caretaker with a wage garnishment, a volunteer's delayed VOG. Many mails name a
    // pupil and adults of whom only one has the sensitive matter. Measured blind on the
    // twenty-fifth session's start code: pupil-file 43/7/9, sensitive-personal 27/12/3, verdicts
    // 106 of 120, no missed block.
    folder: 'heldout-28',
    floors: { 'pupil-file': [0.85, 0.76], 'sensitive-personal': [0.67, 0.9] },
  },
  {
    // Late winter at a special school (SBO) with an international stream and a small village
    // school sharing one intern begeleider: youth-care partners, a school social worker, pupil
    // transport, many replies and forwards; a teacher with long Covid, a parent in debt
    // restructuring, a caretaker's police matter, a director's conflict with a teacher. Measured
    // blind on the twenty-sixth session's start code: pupil-file 51/5/1, sensitive-personal
    // 27/3/7, verdicts 116 of 120, no missed block. Pupil-file precision 0.90 -> 0.89 in the
    // thirty-third session: a name the subject line gives is read as that name in the body; across
    // the held-out sets that found 1 more pupil file and made 1 more false alarm.
    folder: 'heldout-29',
    floors: { 'pupil-file': [0.89, 0.94], 'sensitive-personal': [0.85, 0.85] },
  },
  {
    // Early summer at a large city school with many newcomer families and a newcomer class:
    // interpreters, the school nurse, the attendance officer, a mentor of student teachers; report
    // cards, transfer to secondary school, summer-school lists; a staff member's asylum procedure, a
    // parent's trauma treatment, a volunteer's conviction, a teacher's IVF, a dismissal. Measured
    // blind on the twenty-sixth session's start code: pupil-file 42/4/13, sensitive-personal
    // 25/9/3, verdicts 110 of 120, no missed block.
    folder: 'heldout-30',
    floors: { 'pupil-file': [0.93, 0.8], 'sensitive-personal': [0.8, 0.89] },
  },
  {
    // Autumn at two small rural Catholic schools about to merge, with combination classes, a new
    // director and a part-time intern begeleider; shift-working and expat parents; a head-lice
    // outbreak, St Nicholas, a pupil moved in from Belgium, a foster child, a grandfather picking
    // up against the parents' wishes; a teacher's miscarriage, a volunteer's old conviction, a
    // caretaker's gambling debts, a parent in rehab. Measured blind on the twenty-seventh
    // session's start code: pupil-file 40/4/13, sensitive-personal 31/7/1, verdicts 106 of 120,
    // no missed block.
    folder: 'heldout-31',
    floors: { 'pupil-file': [0.9, 0.75], 'sensitive-personal': [0.85, 0.93] },
  },
  {
    // Deep winter at a Dalton school and a small Montessori school in a new-build suburb: a flu
    // wave, classes sent home and a four-day week, parents writing as on WhatsApp, long threads
    // with a youth-care team and a speech therapist; adults' matters in passing (a divorce
    // mediation, a burn-out, a court date, a mother's chemo, a volunteer's drink-driving fine).
    // Measured blind on the twenty-eighth session's start code: pupil-file 40/2/19,
    // sensitive-personal 19/4/14, verdicts 95 of 120, no missed block.
    folder: 'heldout-32',
    floors: { 'pupil-file': [0.97, 0.71], 'sensitive-personal': [0.84, 0.48] },
  },
  {
    // A large city school with a newcomers' class (Syrian, Ukrainian, Eritrean and Polish
    // families), interpreters and cultural mediators, a social worker on site, the school dentist
    // and Ramadan; parents writing through a translation app, staff in a hurry, a board office with
    // a complaint and a disciplinary case. Measured blind on the twenty-eighth session's start
    // code: pupil-file 47/2/15, sensitive-personal 25/11/10, verdicts 111 of 120, no missed block.
    folder: 'heldout-33',
    floors: { 'pupil-file': [0.96, 0.77], 'sensitive-personal': [0.75, 0.68] },
  },
  {
    // The end of the school year at a small village school near the German border with combination
    // classes and a second location: transfer reports, the group 8 musical, camp on a farm with a
    // diabetic pupil, seasonal-worker families leaving early, a child moving to Germany; adults'
    // matters (a teacher's husband seriously ill, an assistant sacked for theft, a father's
    // restraining order, a volunteer driver's drink-driving past). Measured blind on the
    // twenty-ninth session's start code: pupil-file 41/4/8, sensitive-personal 21/3/9, verdicts 106
    // of 120, no missed block.
    folder: 'heldout-34',
    floors: { 'pupil-file': [0.93, 0.87], 'sensitive-personal': [0.82, 0.63] },
  },
  {
    // Autumn at a special-needs school sharing a building with a regular school: pupil taxis,
    // medical protocols (epilepsy, a nut allergy, a tube-fed child), multidisciplinary meetings, a
    // newcomer class with refugee families and interpreters, parent conferences and Sinterklaas;
    // adults' matters (a caretaker's heart attack, a teacher's pregnancy leave, a director's
    // expense inquiry, a parent under debt administration, a father arrested at the school gate).
    // Measured blind on the thirtieth session's start code: pupil-file 47/4/1, sensitive-personal
    // 27/8/4, verdicts 112 of 120, no missed block.
    folder: 'heldout-35',
    floors: { 'pupil-file': [0.92, 0.97], 'sensitive-personal': [0.81, 0.83] },
  },
  {
    // December and January at a city school with a village branch: transfer advice for secondary
    // school, a flu and norovirus wave, staff appraisals and a contract not renewed, a Christmas
    // musical, a burglary over the holidays, a teacher's long sick leave, a family supervision
    // order, the attendance officer, a father out of work, Indian and Polish families, a snow day.
    // Measured blind on the thirty-first session's start code: pupil-file 41/7/6,
    // sensitive-personal 22/7/7, verdicts 102 of 120, no missed block. Two laptop inventory
    // numbers that pass the 11-test are read as BSNs (7 right, 2 wrong); left as measured, since
    // nobody tunes on held-out mail.
    folder: 'heldout-36',
    floors: { 'pupil-file': [0.88, 0.82], 'sensitive-personal': [0.81, 0.75] },
    bsnPrecision: 0.77,
  },
  {
    // Spring at a school for special primary education with pupils brought by taxi: admissions,
    // care team meetings, pupils moving to and from special education, reports and the end-of-year
    // test, a pregnancy and a knee operation, the taxi lists, a camp with medication forms, a
    // community police officer, a father in debt counselling, Ukrainian and Syrian families.
    // Measured blind on the thirty-second session's start code: pupil-file 41/2/7,
    // sensitive-personal 25/6/4, verdicts 111 of 120, no missed block. One number that is not a
    // BSN but passes the 11-test is read as one (6 right, 1 wrong); left as measured.
    folder: 'heldout-37',
    floors: { 'pupil-file': [0.95, 0.91], 'sensitive-personal': [0.86, 0.86] },
    bsnPrecision: 0.85,
  },
  {
    // Autumn at an integrated child centre where a school shares its building with a childcare
    // partner: toddler-to-groep-1 handovers, a glucose sensor the after-school club must watch, a
    // waiting list for a class for gifted pupils, a teacher's cancer treatment and return, a
    // cleaner's warning, a father out of prison against a court order, families from Belgium and
    // Germany, a measles case. Measured blind on the thirty-third session's start code: pupil-file
    // 40/5/8, sensitive-personal 26/3/4, verdicts 111 of 120, no missed block. A supplier's offer
    // number that passes the 11-test is read as a BSN (7 right, 1 wrong); left as measured.
    folder: 'heldout-38',
    floors: { 'pupil-file': [0.89, 0.85], 'sensitive-personal': [0.92, 0.83] },
    bsnPrecision: 0.87,
  },
  {
    // Spring at a Jenaplan village school near Maastricht with many cross-border and expat families
    // (about 40 % English): a three-day camp (medication lists, allergies, a homesick child, a
    // parent helper's own health), a pupil who stops coming to school and the attendance officer,
    // a child fainting on sports day, a teacher's fertility treatment and miscarriage, a father's
    // gambling debts and bewindvoering, a lost USB stick with camp lists, a transfer report to a
    // Belgian school. Measured blind on the thirty-fourth session's start code: pupil-file 41/4/6,
    // sensitive-personal 26/5/4, BSN 8/0/0, verdicts 112 of 120, no missed block.
    folder: 'heldout-39',
    floors: { 'pupil-file': [0.88, 0.82], 'sensitive-personal': [0.83, 0.86] },
  },
  {
    // The last six weeks of the school year at a Catholic school in a Roermond neighbourhood with
    // many newcomer families (about a third English): group 8 leaving for secondary school
    // (transfer reports, a disputed school advice, trauma therapy in a report), class composition
    // and a pupil repeating a year, a teacher leaving after long sick leave, a false arrest rumour
    // about the caretaker, a summer-school list with medical needs, files forwarded home before the
    // holiday, interpreters. Measured blind on the thirty-fifth session's start code: pupil-file
    // 44/6/3, sensitive-personal 28/4/0, BSN 7/1/0, verdicts 115 of 120, no missed block.
    folder: 'heldout-40',
    floors: { 'pupil-file': [0.88, 0.93], 'sensitive-personal': [0.87, 1] },
    bsnPrecision: 0.87,
  },
  {
    // A special-needs primary school (SBO) in Heerlen in the spring term, about a third English:
    // speech therapists, physiotherapists, a child psychologist, the school social worker, the
    // samenwerkingsverband, pupil transport by taxi and transfers to a secondary special school;
    // short mobile replies beside long formal reports, parents writing in Dutch, Polish-Dutch,
    // Arabic-Dutch and English, pupils named by first name or initials deep in a thread. Measured
    // blind on the thirty-sixth session's start code: pupil-file 43/7/5, sensitive-personal
    // 26/5/4, BSN 7/0/0, verdicts 111 of 120, no missed block.
    folder: 'heldout-41',
    floors: { 'pupil-file': [0.86, 0.89], 'sensitive-personal': [0.83, 0.86] },
  },
  {
    // A primary school in Roermond with a newcomer class in the winter term: the NT2 teacher,
    // interpreters and the interpreter line, COA and the municipality's refugee team, the youth
    // doctor, volunteers, the receiving classes; parents writing short translated Dutch or English
    // or through a relative, pupils' names in several transliterations deep in threads. Measured
    // blind on the thirty-seventh session's start code: pupil-file 44/4/3, sensitive-personal
    // 24/6/4, BSN 7/0/0, verdicts 116 of 120, no missed block.
    folder: 'heldout-42',
    floors: { 'pupil-file': [0.91, 0.93], 'sensitive-personal': [0.75, 0.85] },
  },
  {
    // A Catholic school in Venray and its partners: the intern begeleider, the gym teacher, the
    // after-school care in the building, the cleaning contractor and the speech therapist, with
    // expat parents and many replies and forwards. Measured blind on the thirty-eighth session's
    // start code: pupil-file 44/3/3, sensitive-personal 26/4/4, BSN 7/0/0, verdicts 114 of 120, no
    // missed block.
    folder: 'heldout-43',
    floors: { 'pupil-file': [0.93, 0.93], 'sensitive-personal': [0.86, 0.86] },
  },
  {
    // A special primary school (SBO) in Weert and its contacts: remedial teachers, speech
    // therapists, a children's physio, the samenwerkingsverband, pupil transport by taxi, youth
    // care and a Flemish special school; parents writing long emotional mails, staff from abroad in
    // English, forwards with long quoted history. Measured blind on the thirty-ninth session's start
    // code: pupil-file 44/5/2, sensitive-personal 28/7/0, BSN 6/0/0, verdicts 117 of 120, no missed
    // block.
    folder: 'heldout-44',
    floors: { 'pupil-file': [0.89, 0.95], 'sensitive-personal': [0.8, 1] },
  },
  {
    // The board office and the schools that mail it: HR advisers, payroll, the prevention officer,
    // the occupational health service, the complaints committee and the board's lawyer; staff
    // matters (sickness, reintegration, a disciplinary case, a contract not renewed) and pupils
    // escalated to the board (an expulsion, a formal complaint, a custody dispute). Measured blind
    // on the fortieth session's start code: pupil-file 46/3/1, sensitive-personal 28/13/2, BSN
    // 7/0/0, verdicts 114 of 120, no missed block.
    folder: 'heldout-45',
    floors: { 'pupil-file': [0.93, 0.97], 'sensitive-personal': [0.68, 0.93] },
  },
] as const;

/** BSN precision wanted on a held-out set unless it says otherwise (issue #13). */
const BSN_PRECISION = 0.97;

describe.each<(typeof CORPORA)[number]>(CORPORA)(
  'held-out corpus $folder (other authors)',
  (corpus) => {
    const { folder, floors } = corpus;
    let outcomes: Outcomes;

    beforeAll(async () => {
      outcomes = await scoreCorpus(path.join(FIXTURES, folder));
    }, 120_000);

    it('finds every BSN and misses no block', () => {
      expect(precisionAndRecall(outcomes, 'bsn').recall).toBe(1);
      expect(precisionAndRecall(outcomes, 'bsn').precision).toBeGreaterThanOrEqual(
        'bsnPrecision' in corpus ? corpus.bsnPrecision : BSN_PRECISION,
      );
      const missedBlocks = outcomes.filter(
        (o) => o.expectedVerdict === 'block' && o.verdict !== 'block',
      );
      expect(missedBlocks.map((o) => path.basename(o.mail.file))).toEqual([]);
    });

    it.each(Object.entries(floors))('%s keeps its precision and recall floors', (rule, floor) => {
      const [precision, recall] = floor as readonly [number, number];
      const got = precisionAndRecall(outcomes, rule as 'pupil-file' | 'sensitive-personal');
      expect(got.precision).toBeGreaterThanOrEqual(precision);
      expect(got.recall).toBeGreaterThanOrEqual(recall);
    });
  },
);
