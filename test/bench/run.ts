// `npm run bench`: every benchmark of the project, one after the other.
import { runScanBench } from './scan-bench';

process.stdout.write('Scan engine (the webpack bundle Outlook loads)\n');
void runScanBench();
