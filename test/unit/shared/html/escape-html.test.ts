import { escapeHtml } from '../../../../shared/html/escape-html';

describe('escapeHtml', () => {
  it('turns the characters that open markup or end an attribute into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('leaves ordinary text, accents included, as it is', () => {
    expect(escapeHtml('Basisschool Zoë, groep 5')).toBe('Basisschool Zoë, groep 5');
  });
});
