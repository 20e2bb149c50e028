import {
  parseCachedAttachmentScan,
  stillApplies,
  type CachedAttachmentScan,
} from '../../../../addin/launchevent/cached-attachment-scan';
import type { Finding } from '../../../../shared/scan/types';

const finding = (name: string): Finding => ({
  rule: 'bsn',
  severity: 'critical',
  message: { nl: 'BSN', en: 'BSN' },
  location: { part: 'attachment', name },
  excerpt: '******863',
  explanation: 'test',
  policySection: 'Bijlage 7',
});

const cache: CachedAttachmentScan = {
  attachmentKeys: ['klas.csv|30', 'fw.eml|900'],
  findings: [finding('klas.csv'), finding('fw.eml › lijst.csv')],
  notices: [],
};

describe('the cached attachment scan', () => {
  it('reads back what was saved', () => {
    expect(parseCachedAttachmentScan(JSON.stringify(cache))).toEqual(cache);
  });

  it.each([
    '',
    'not json',
    'null',
    '{"attachmentKeys":[1],"findings":[],"notices":[]}',
    '{"attachmentKeys":[],"findings":[{"rule":"bsn"}],"notices":[]}',
  ])('ignores session data it did not write: %j', (text) => {
    expect(parseCachedAttachmentScan(text)).toBeUndefined();
  });

  it('keeps only findings of attachments still on the mail, including files inside an attached mail', () => {
    expect(
      stillApplies(cache, [{ name: 'fw.eml', size: 900 }])?.findings.map((item) => item.location),
    ).toEqual([{ part: 'attachment', name: 'fw.eml › lijst.csv' }]);
    expect(stillApplies(cache, [{ name: 'klas.csv', size: 31 }])?.findings).toEqual([]);
  });
});
