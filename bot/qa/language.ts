// Is a question Dutch or English? Counts common function words of each language; Dutch wins a tie,
// because most staff write Dutch and a bare keyword ("datalek") is Dutch more often than not.
import type { Language } from '../../shared/policy/knowledge/types';
import { wordsOf } from './analyzer';

const DUTCH = new Set(
  `de het een ik je jij mijn mag moet kan kun wat hoe wie waar wanneer welke welk waarom niet geen
  van voor naar met bij ook nog maar dat die dit deze zijn wordt worden hebben heeft heb er als dan
  mij we wij ze onze ons jullie uw moeten mogen kunnen willen zou bent ben eigenlijk mee om over door
  uit aan tot en hoeveel hoelang iemand iets mn graag welke zonder tijdens`.split(/\s+/),
);

const ENGLISH = new Set(
  `the a an i my can may must what how who where when which why not no of for to with also but that
  this these those are was were have has do does did should would could will you your we our they
  their it its about from into any there here please tell one does dont cant whats without during`.split(
    /\s+/,
  ),
);

/** @example detectLanguage('Can I email a BSN?') // 'en' */
export function detectLanguage(question: string): Language {
  let dutch = 0;
  let english = 0;
  for (const word of wordsOf(question)) {
    if (DUTCH.has(word)) dutch++;
    if (ENGLISH.has(word)) english++;
  }
  return english > dutch ? 'en' : 'nl';
}
