import { findCitizenNumbers } from '../../../../../shared/scan/detectors/citizen-numbers';
import { testPolicy } from '../../../../helpers/policy';

const policy = testPolicy({ scan: { allowedNumbers: ['8123.45.672'] } });
const options = policy.citizenNumbers;
const found = (text: string) => findCitizenNumbers(text, options).map((match) => match.digits);

// Every number below passes the eleven-test; what differs is how and where it is written.
describe('findCitizenNumbers', () => {
  it.each([
    ['a lone 9-digit number', 'Hierbij het nummer 725763863 zoals gevraagd.', ['725763863']],
    ['dotted 4-2-3', 'BSN: 1622.75.869', ['162275869']],
    [
      'a BSN right after a word for other numbers',
      'In this case her BSN is 162275869',
      ['162275869'],
    ],
    ['dotted 2-2-2-3', 'bsn 12.34.56.782', ['123456782']],
    ['spaced 3-3-3', 'Burgerservicenummer 192 285 142 (Daan)', ['192285142']],
    ['dashed 3-3-3', 'sofinummer 691-682-483', ['691682483']],
    ['an onderwijsnummer', 'Onderwijsnummer: 107312081', ['107312081']],
    ['an 8-digit BSN next to its keyword', 'BSN leerling: 58802897', ['58802897']],
    [
      'an 8-digit BSN near its keyword with a phone label after it',
      'Het burgerservicenummer (zonder 0) is\n\n58802897 en telefoon moeder 0612345678',
      ['58802897'],
    ],
    [
      'a number in a BSN table column',
      'Naam\tBSN\tGroep\nDaan\t987825707\t5\nEmma\t688136138\t6',
      ['987825707', '688136138'],
    ],
    ['a number right of a BSN cell', 'Naam\tDaan\nBSN\t864623112', ['864623112']],
    [
      'a number right of a BSN cell, under a header for amounts',
      'Omschrijving\tBedrag / gegeven\nWerknemer\tEmma Clarke\nBSN\t3990.98.483\nLoon\t€ 47.812',
      ['399098483'],
    ],
    [
      'a number under a BSN header laid out with spaces',
      'Naam      BSN          Groep\nDaan      725763863    5',
      ['725763863'],
    ],
    ['a number after a "BSN:" heading line', 'BSN van de leerling:\n321146487', ['321146487']],
    [
      'the BSN among labelled other numbers',
      'Tel. 0612345678, BSN 725763863, factuur 162275869',
      ['725763863'],
    ],
    ['a number with its label after it in brackets', '725763863 (bsn)', ['725763863']],
    [
      'a BSN with an amount elsewhere on the line',
      'Eigen bijdrage € 35,00 voor 725763863',
      ['725763863'],
    ],
    [
      'a number whose line labels an earlier number, not this one',
      'Tel. 12 of 725763863',
      ['725763863'],
    ],
    ['a number after a class number', 'Groep 5 725763863', ['725763863']],
    ['a number after "report" with no number word', 'Her school report 725763863', ['725763863']],
    [
      'a number after "membership" with no number word',
      'My union membership ended; my citizen number is 725763863',
      ['725763863'],
    ],
    [
      'a BSN after dates and times on its line',
      'Op 12-03-2026 om 14.30 uur: bsn 1622.75.869',
      ['162275869'],
    ],
  ])('flags %s', (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['an invoice number', 'Factuurnummer: 725763863'],
    ['an order number', 'Uw ordernr. 162275869 is verzonden'],
    ['a customer number', 'Klantnummer 192285142'],
    ['a reference', 'Ons kenmerk: 691682483'],
    ['an inventory number', 'Laptop inventarisnummer 725763863 is weer terug'],
    ['an asset tag', 'Chromebook asset tag 162275869, groep 7'],
    ['a claim number', 'Schadenummer 192285142 bij de verzekeraar'],
    [
      'a registration number with an organiser',
      'Het aanmeldnummer van de school bij het toernooi is 490350689, noem dat bij wijzigingen',
    ],
    ['an enrolment number for a course', 'Je inschrijfnummer voor de cursus: 725763863'],
    ['an English case number', 'Case no. 691682483 has been closed'],
    ['an English member ID', 'Member ID 691682483, library card'],
    [
      'a club membership number',
      'Magnus is a member of the swimming club, membership number 171886872',
    ],
    ['an English report ID', 'Report ID: 204518337   Date: 10 February 2025'],
    ['a Dutch report number', 'Rapportnummer 691682483 van de inspectie'],
    ['an English card number', 'The class card number is 551026388; borrow up to 40 books'],
    ['a case number written with #', 'Re: case# 691682483'],
    ['an English serial number', 'Serial number: 725763863'],
    ['an English purchase order', 'PO 162275869 was approved yesterday'],
    ['an English booking reference', 'Booking 192285142 for the school trip'],
    ['a number in an invoice column', 'Factuurnr\tBedrag\n987825707\t€ 12,50\n688136138\t€ 8,00'],
    ['a mobile number after 06-', 'Bel me op 06-91220385'],
    ['a mobile number after 06 and a space', 'mobiel 06 91220385'],
    ['a number after +31', 'Bereikbaar via +31 658940600'],
    ['a number after +31 6', 'of +31 6 91220385'],
    ['a number after 0031', 'of 0031 658940600'],
    ['an unlabelled 8-digit number', 'Het pakket 58802897 komt morgen'],
    ['a valid IBAN', 'Graag overmaken op NL91 ABNA 0417 1643 00 t.n.v. de OR'],
    ['a compact IBAN', 'IBAN:NL91ABNA0417164300'],
    [
      'an old bank account ending in 0',
      'Maak het bedrag over op rekening 527239380 t.n.v. Stichting',
    ],
    ['an old account number ending in 0 with bank words', 'giro of bank: 826064310'],
    ['the board’s own RSIN from the allow-list', 'Stichting Kindante, RSIN 8123 45 672'],
    ['digits glued to letters', 'Code A725763863 of 725763863B01'],
    ['an amount with decimals', 'Totaal 725.763.863,00'],
    ['a number with decimals in a sentence', 'De teller stond op 725763863,5 kilometer'],
    ['a euro amount', 'Begroting: € 725763863'],
    ['an amount in EUR', 'Prijs EUR 725763863'],
    ['a dollar amount', 'Prijs $725763863'],
    ['a URL parameter', 'https://example.nl/?id=725763863'],
    ['grouped digits cut out of a longer run', 'Serie 12 34 56 782 11'],
    ['a date and time', 'op 12-03-2026 om 14.30 uur, kamer 1.23'],
    ['a postcode and house number', '6211 AB Maastricht, postbus 725763863'],
    ['a phone number in a telephone column', 'Naam;Telefoon\nDaan;725763863'],
    [
      'a column of invoice numbers laid out with spaces',
      'Factuurnr     Datum        Bedrag\n527713958     04-08-2026   € 1.146,30\n725763863     18-08-2026   €   612,00',
    ],
  ])('ignores %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  // A column header that names a numbering of its own ("Uitleennr", "Badge #") says what the
  // whole column holds; a person's numbering by another name may still be a BSN.
  it.each([
    ['a loan-number column (nl)', 'uitleennr\tlener\tgroep\n713706855\tIlse\t5'],
    ['a badge column (en)', 'Badge #\tName\tRole\n895434386\tIngrid\tcleaner'],
    ['a return-number column (en)', 'RMA no.\tSerial\tFault\n127908511\tNXH31366\thinge'],
    ['an English inventory column', 'Inventory #,Model,User\n765099731,Dell,Patrick'],
    ['a device-ID column (en)', 'Device ID\tSerial\tLocation\n655383207\t3LX10467\toffice'],
    ['an abbreviated listed label (nl)', 'Meldingsnr\tDatum\n735786537\t21-01-2026'],
    ['an abbreviated label in a sentence (nl)', 'Zijn lidnr. 725763863 staat op de pas'],
    ['an unlisted one-word numbering right before it (nl)', 'vacaturenummer 104593647'],
    ['an unlisted abbreviated numbering right before it (nl)', 'Zorgpasnr 725763863'],
    [
      'a label wrapped above its number, as in a narrow PDF cell (nl)',
      'Factuurnummer\t568617745\nDebiteurnumme\n159511896\nr',
    ],
  ])('ignores %s', (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ['a student-number column (en)', 'Student number\tName\n725763863\tDaan'],
    ['a person-number column (nl)', 'Persoonsnr\tNaam\n725763863\tDaan'],
    ['a bare ID column', 'ID\tNaam\n725763863\tDaan'],
    ['a name alone on the line above', 'Daan\n725763863'],
    ['a borrower-ID column (en)', 'Borrower ID\tName\n725763863\tDaan'],
    ['a pupil-ID column (nl)', 'Leerling-ID\tNaam\n725763863\tDaan'],
    [
      'a numbering word further back, maybe cut off by the reading window',
      'Hierbij het burgerservicenummer van Jurre voor de aanmelding bij de schoolarts: 725763863',
    ],
  ])('still flags %s (near miss)', (_name, text) => {
    expect(found(text)).toEqual(['725763863']);
  });

  it('reports where the number is and why', () => {
    const [match] = findCitizenNumbers('BSN: 1622.75.869', options);
    expect(match).toMatchObject({ kind: 'bsn', start: 5, end: 16 });
    expect(match?.reason).toContain('layout 4-2-3');
    expect(match?.reason).toContain('labelled');
  });
});
