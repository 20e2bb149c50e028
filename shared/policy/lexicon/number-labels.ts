// Words that say what a number is. A word matches a token that starts with it ("factuurnr",
// "klantnummer"), unless it is listed as exact. Lower-case, without accents.

/** Labels that make a number a citizen number (BSN, onderwijsnummer, PGN). */
export const CITIZEN_NUMBER_LABELS: readonly string[] = [
  'bsn',
  'burgerservice',
  'sofinummer',
  'sofi-nummer',
  'onderwijsnummer',
  'onderwijsnr',
  'persoonsnummer',
  'persoonsgebonden',
  'citizen',
];

/** Exact tokens for short citizen-number labels that would match too much as prefixes. */
export const CITIZEN_NUMBER_EXACT_LABELS: readonly string[] = ['pgn', 'sofi'];

/** Labels that say a number is something else (Bijlage 7 pitfalls: phone, invoice, bank, KvK). */
export const OTHER_NUMBER_LABELS: readonly string[] = [
  'telefoon', 'telnr', 'mobiel', 'phone', 'fax', 'whatsapp',
  'factuur', 'invoice', 'order', 'bestel', 'klant', 'customer', 'debiteur', 'crediteur', 'relatienummer',
  'rekening', 'account', 'iban', 'giro', 'bankrekening', 'kvk', 'rsin', 'btw', 'vat', 'fiscaal',
  'kenmerk', 'betalingskenmerk', 'referentie', 'reference', 'postcode', 'bedrag', 'totaal', 'amount',
  'ticket', 'zaaknummer', 'artikel', 'isbn', 'ean', 'polis', 'contract', 'boeking', 'reservering',
  'pakket', 'zending', 'tracking', 'transactie', 'machtiging', 'incasso', 'lidnummer', 'leerlingnummer',
  'leerlingnr', 'personeelsnummer', 'personeelsnr', 'medewerkersnummer', 'registratienummer', 'brin',
  'vestigingsnummer', 'dossiernummer', 'offerte', 'quote', 'aanvraagnummer', 'meldingsnummer',
  'serienummer', 'licentie', 'pasnummer', 'kamer',
];

export const OTHER_NUMBER_EXACT_LABELS: readonly string[] = ['tel', 'mob', 'gsm', 'ref', 'kvk-nummer', 'bic', 'ordernr'];

/** Words near an unlabelled number ending in 0 that point to an old bank account number. */
export const BANK_CONTEXT_PREFIXES: readonly string[] = [
  'bank', 'rekening', 'giro', 'overmak', 'overgemaakt', 'storten', 'betaal', 'betalen', 'betaling', 'iban',
  'rabobank', 'triodos',
];
export const BANK_CONTEXT_EXACT: readonly string[] = ['tnv', 'ing', 'abn', 'sns', 'knab', 'asn'];
