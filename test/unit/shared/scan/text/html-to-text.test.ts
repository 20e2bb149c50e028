import { htmlToText } from '../../../../../shared/scan/text/html-to-text';

describe('htmlToText', () => {
  it.each([
    [
      'keeps table cells apart',
      '<table><tr><th>Naam</th><th>BSN</th></tr><tr><td>Daan</td><td>1</td></tr></table>',
      '\n\nNaam\tBSN\t\n\nDaan\t1\t\n\n',
    ],
    ['drops scripts and styles', '<style>p{}</style><p>Hoi</p><script>x()</script>', '\nHoi\n'],
    ['decodes entities', 'Caf&eacute; &amp; co &#8364;5 &#x20AC;', 'Café & co €5 €'],
    ['skips comments', 'a<!-- 123456782 -->b', 'ab'],
    ['survives an unclosed tag', 'tekst <b', 'tekst '],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});
