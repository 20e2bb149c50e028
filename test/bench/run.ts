// `npm run bench`: every benchmark of the project, one after the other.
import { runAddinBench } from './addin-bench';
import { runBotEndpointBench } from './bot-endpoint-bench';
import { runCliBench } from './cli-bench';
import { runDocumentBench } from './document-bench';
import { runOutboxBench } from './outbox-bench';
import { runQaBench } from './qa-bench';
import { runRegisterBench } from './register-bench';
import { runScanBench } from './scan-bench';
import { buildNodeInstall } from '../helpers/node-build';

async function main(): Promise<void> {
  // One compiled installation for the commands an admin runs: the bomb scan and the CLI start-up.
  const install = buildNodeInstall();
  process.stdout.write('Scan engine (the webpack bundle Outlook loads)\n');
  await runScanBench();
  process.stdout.write('\nDocument reading (PDF throughput, a mail of zip bombs)\n');
  runDocumentBench(install);
  process.stdout.write('\nCommand line (a whole process, as an admin starts it)\n');
  runCliBench(install);
  process.stdout.write('\nOutlook add-in event script\n');
  await runAddinBench();
  process.stdout.write('\nBreach register (datalek reports)\n');
  await runRegisterBench();
  process.stdout.write("\nTeams outbox (a burst of reports at Teams' rate limits)\n");
  await runOutboxBench();
  process.stdout.write('\nPolicy question answering\n');
  runQaBench();
  process.stdout.write('\nTeams bot endpoint\n');
  await runBotEndpointBench();
}

void main();
