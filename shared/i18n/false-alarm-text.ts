// The task pane's "Onterecht" (false alarm) button and its outcome, Dutch first.
import type { Text } from '../scan/types';
import type { Language } from './smart-alert-text';

const TEXTS = {
  button: { nl: 'Onterecht', en: 'False alarm' },
  buttonHint: {
    nl: 'Meld dat deze waarschuwing niet klopt. Alleen het soort waarschuwing wordt geteld, niets uit uw mail.',
    en: 'Report that this warning is wrong. Only the kind of warning is counted, nothing from your mail.',
  },
  noted: {
    nl: 'Genoteerd, dank u. Zo kunnen we de controle verbeteren. Er is niets uit uw mail bewaard.',
    en: 'Noted, thank you. This helps us improve the check. Nothing from your mail was kept.',
  },
  failed: {
    nl: 'Dat lukte nu niet; probeer het later opnieuw.',
    en: 'That did not work just now; please try again later.',
  },
} satisfies Record<string, Text>;

export type FalseAlarmTextKey = keyof typeof TEXTS;

export function falseAlarmText(key: FalseAlarmTextKey, language: Language): string {
  return TEXTS[key][language];
}
