// Words that mark sensitive information about a person, grouped by whom they are usually about.
// Written lower-case without accents. A term matches a word (or words) starting with it, so
// compounds match ("dyslexieverklaring"); a leading "=" asks for the whole word ("=opp").
// Strong terms are sensitive on their own next to a person; weak ones need a second term.
// Sources: Bijlage 7 (no pupil files or special personal data in plain mail), AVG art. 9 and 10.

export interface TopicTerms {
  strong: readonly string[];
  weak: readonly string[];
}

/** Documents and support that only exist for pupils: the leerlingdossier and its parts. */
export const PUPIL_RECORD_TERMS: TopicTerms = {
  strong: [
    'ontwikkelingsperspectief', '=opp', 'handelingsplan', 'groeidocument', 'leerlingdossier',
    'zorgdossier', 'overstapdossier', 'overdrachtsdossier', 'onderwijskundig rapport', '=okr',
    'toelaatbaarheidsverklaring', '=tlv', 'tlv-aanvraag', 'dyslexieverklaring', 'dyscalculieverklaring',
    'arrangement', 'ondersteuningsbehoefte', 'zorgleerling', 'leerachterstand', 'doublure', 'doubleren',
    'verlengde kleuterperiode', 'begeleidingsplan', 'individueel plan', 'faalangst', 'gedragsprobleem',
    'gedragsproblemen', 'schoolweigering', 'thuiszitter', 'verzuimmelding', 'leerplichtambtenaar',
    'sociaal-emotionele problem', 'sociaal-emotionele ontwikkeling', 'sociaal emotionele ontwikkeling',
    'plaatsing op het sbo', 'speciaal basisonderwijs', 'speciaal onderwijs', '=lwoo', 'dossier van',
    'leerlingbespreking', 'multidisciplinair overleg', 'ondersteuningsteam', 'zorgteam', '=mdo',
    'onderzoeksverslag', 'observatieverslag', 'intakeverslag', 'kindgesprek',
  ],
  weak: ['extra ondersteuning', 'ondersteuning', 'begeleiding', 'intern begeleider', '=ib', "ib'er", '=ib-er', 'remedial', 'dossier', 'gedrag', 'achterstand', 'observatie'],
};

/** Health, diagnoses and treatment: about a pupil or an adult, depending on whom the text is about. */
export const HEALTH_TERMS: TopicTerms = {
  strong: [
    'adhd', '=add', 'autisme', 'autistisch', '=ass', 'pdd-nos', 'dyslexie', 'dyscalculie', 'epilep',
    'diabet', 'medicatie', 'medicijngebruik', 'ritalin', 'concerta', 'methylfenidaat', 'insuline', 'epipen',
    'diagnose', 'diagnostiek', 'gediagnosticeerd', 'stoornis', 'angststoornis', 'depressie', 'depressief',
    'psychiat', 'kinderpsycholoog', 'psycholoog', 'psychologisch', 'orthopedagoog', 'orthopedagogisch',
    'neuroloog', 'kinderarts', 'hechtingsstoornis', 'trauma', 'suicid', 'zelfbeschadig', 'zelfmoord',
    'eetstoornis', 'anorexia', 'boulimia', 'chronische ziekte', 'kanker', 'chemo', 'leukemie', 'tumor',
    'hartafwijking', 'syndroom van', 'downsyndroom', 'spierziekte', '=ggz', 'jeugd-ggz', 'revalidatie', 'slechthorend', 'slechtziend', 'hersenschudding',
    'verslaafd', 'verslaving', 'alcoholprobleem', 'alcoholverslaving', 'drugsgebruik', 'psychose',
    'bipolair', 'dwangstoornis', 'tourette', 'prikkelverwerking', 'intelligentieonderzoek', '=iq',
    '=iq-test', 'iq-onderzoek', '=wisc', 'wisc-', 'hoogbegaafd', 'medische gegevens', 'medisch dossier',
    'onder behandeling', 'opgenomen in', 'opname in', 'rouwverwerking', 'taalontwikkelingsstoornis',
    'astma', 'allergie', 'allergisch', 'anafylact', 'longziekte', 'operatie', 'geopereerd', 'handicap',
    'gehandicapt', 'lichamelijke beperking', 'verstandelijke beperking', 'fysieke klachten',
    'psychische klachten', 'psychische problemen', 'angstklachten', 'paniekaanval', 'slaapproblemen',
  ],
  weak: [
    'therapie', 'therapeut', 'speltherapie', 'behandeling', 'behandeld', 'ziekenhuis', 'medicijn',
    'logopedie', 'logopedist', 'fysiotherap', 'ergotherap', 'huisarts', 'jeugdarts', 'medisch', 'medische',
    'ziekte', 'klachten', 'onderzoek', 'angstig', 'somber', 'pijn', 'gezondheid', 'beperking', 'zorgen',
  ],
};

/** Home situation and child protection: about a pupil and the family. */
export const HOME_AND_SAFETY_TERMS: TopicTerms = {
  strong: [
    'vechtscheiding', 'omgangsregeling', 'gezagsregeling', 'ouderlijk gezag', 'gezinsvoogd', 'voogdij',
    'uithuisplaats', 'pleeggezin', 'pleegouder', 'pleegzorg', 'huiselijk geweld', 'kindermishandeling',
    'mishandel', 'misbruik', 'verwaarloos', 'verwaarlozing', 'veilig thuis', 'meldcode', 'zorgmelding',
    'jeugdzorg', 'jeugdbescherming', 'ondertoezichtstelling', '=ots', 'kinderbescherming', 'jeugdhulp',
    'crisisopvang', 'vrouwenopvang', 'gedetineerd', 'detentie', 'gevangenis', 'huisverbod', 'voedselbank',
    'schuldhulp', 'financiele problemen', 'financiele zorgen', 'dakloos', 'zorgen over de thuissituatie',
    'zorgsignaal', 'signalen van', 'uit huis geplaatst', 'contactverbod', 'straatverbod', 'echtscheiding',
  ],
  weak: ['scheiding', 'gescheiden', 'thuissituatie', 'wijkteam', 'sociaal team', '=cjg', 'schoolmaatschappelijk', 'politie', 'aangifte', 'ruzie thuis', 'spanningen thuis', 'gezinssituatie'],
};

/** Test results and levels: sensitive in lists of named pupils. */
export const RESULTS_TERMS: readonly string[] = [
  'cito', '=lvs', 'leerlingvolgsysteem', 'toetsuitslag', 'toetsresultat', 'eindtoets', 'doorstroomtoets',
  '=iep', 'schooladvies', 'uitslag', 'resultaten', 'scores', '=score', 'vaardigheidsscore',
  'functioneringsniveau', '=dle', 'niveau', 'rapportcijfer', 'cijferlijst', '=toets', 'toetsen',
];

/** Sensitive facts about adults: identity documents, pay, debts, records, HR files (AVG art. 9–10). */
export const ADULT_RECORD_TERMS: TopicTerms = {
  strong: [
    'salarisstrook', 'loonstrook', 'jaaropgave', 'salarisspecificatie', 'loonspecificatie', 'loonbeslag',
    'beslaglegging', 'derdenbeslag', 'beslag op', 'deurwaarder', 'schuldsanering', '=wsnp', 'bewindvoer',
    'beschermingsbewind', 'schuldeiser', 'incassobureau', 'strafblad', 'justitiele documentatie',
    'veroordeeld', 'veroordeling', 'strafrechtelijk', 'kopie paspoort', 'kopie van mijn paspoort',
    'kopie van het paspoort', 'kopie id', 'id kaart', 'kopie van mijn id', 'kopie identiteitsbewijs', 'paspoort',
    'identiteitsbewijs', 'identiteitskaart', 'id-kaart', 'rijbewijs', 'verblijfsvergunning', 're-integratie',
    'reintegratie', 'bedrijfsarts', 'arbodienst', 'arbo-arts', 'verzuimdossier', 'arbeidsongeschikt',
    '=wia', 'disfunctioneren', 'disfunctioneert', 'officiele waarschuwing', 'schriftelijke waarschuwing',
    'berisping', 'schorsing', 'geschorst', 'ontslagdossier', 'ontslagaanvraag', 'verbetertraject',
    'beoordelingsgesprek', 'beoordelingsverslag', 'verslag functioneringsgesprek', 'personeelsdossier',
    'integriteitsmelding', 'homoseksu', 'lesbisch', 'biseksu', 'transgender', 'seksuele geaardheid',
    'geloofsovertuiging', 'politieke voorkeur', 'vaststellingsovereenkomst', 'vog geweigerd',
    'vog is geweigerd', 'vog niet', 'voornemen tot weigering', 'loonvordering', 'betalingsachterstand',
    'burn-out', 'burnout', 'overspannen', 'miskraam',
  ],
  weak: [
    'salaris', 'inschaling', 'salarisschaal', 'schulden', 'schuld', '=vog', 'ziekmelding', 'ziekgemeld',
    'ziekteverzuim', 'verzuim', '=uwv', 'ontslag', 'waarschuwing', 'functioneren', 'klacht', 'gesprek',
    'sollicitatie', 'moslim', 'islamitisch', 'joods', 'katholiek', 'religie', 'geloof', 'vakbond',
  ],
};

/** Words that make a mail general rather than about one person: broadcasts, training, templates. */
export const GENERAL_TERMS: readonly string[] = [
  'nieuwsbrief', 'informatieavond', 'ouderavond', 'training', 'cursus', 'workshop', 'webinar', 'scholing',
  'studiedag', 'studiemiddag', 'sjabloon', 'template', 'blanco', '=format', '=leeg', '=lege', 'voorbeeld',
  'agenda', 'uitnodiging', 'inschrijven', 'inschrijving', 'landelijk', 'bijeenkomst', 'teamvergadering',
  'beleidsplan', 'beleidsstuk', 'handreiking', 'vacature', '=cao', 'beste ouders,', 'beste ouders/verzorgers', 'beste ouders en verzorgers',
  'lieve ouders,', 'beste ouders van groep',
  'alle ouders', 'ouders van groep', 'alle leerlingen', 'alle collega', 'beste collega', 'beste allemaal',
  'hallo allemaal', 'dag allemaal', 'kinderen met', 'leerlingen met', 'veel kinderen', 'sommige kinderen',
  'in het algemeen', 'presentatie', 'folder', 'brochure', 'themaweek', 'voorlichting', 'informatiebijeenkomst',
];
