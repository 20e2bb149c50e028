// The engine as one self-contained script for Outlook's JavaScript-only runtime: the event handlers
// of the add-in (issue #3) load it; today it also proves shared/ needs no Node or DOM API.
export { scanMail } from '../../shared/scan/engine';
export { buildScanPolicy } from '../../shared/scan/scan-policy';
