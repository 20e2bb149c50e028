import { scanMail } from '../../../../../shared/scan/engine';
import { mailWith, testPolicy } from '../../../../helpers/policy';

const MIB = 1024 * 1024;
const policy = testPolicy();
const result = (sizes: number[]) =>
  scanMail(
    mailWith({ attachments: sizes.map((size, i) => ({ name: `foto${i}.jpg`, size })) }),
    policy,
  );

describe('attachment-size rule', () => {
  it('flags attachments together over 3 MiB, as information that does not stop the mail', () => {
    const scanned = result([1.2 * MIB, 1.2 * MIB, 1.2 * MIB]);
    expect(scanned.findings.map((finding) => finding.rule)).toEqual(['attachment-size']);
    expect(scanned.findings[0]?.severity).toBe('info');
    expect(scanned.verdict).toBe('allow');
    expect(scanned.findings[0]?.message.nl).toContain('3,6 MB');
  });

  it.each([[[2.9 * MIB]], [[3 * MIB]], [[100_000, 200_000]]])('lets through %j bytes', (sizes) => {
    expect(result(sizes).findings).toEqual([]);
  });
});
