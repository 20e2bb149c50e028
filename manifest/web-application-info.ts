// Single sign-on for the tab and the add-in, the same in manifest.json and manifest.xml: the API's
// app registration from the configuration's `identity` section, else the bot's own registration
// (one app registration for both), with the application ID URI the service accepts by default.
import { defaultApiAudience } from '../bot/identity/entra-issuers';
import type { Config } from '../shared/policy/config-schema';
import type { PackageEnvironment } from './package-environment';

export function webApplicationInfo(
  config: Pick<Config, 'identity'>,
  { botAppId, host }: Pick<PackageEnvironment, 'botAppId' | 'host'>,
): { id: string; resource: string } {
  const id = config.identity?.clientId ?? botAppId;
  return { id, resource: config.identity?.apiAudience ?? defaultApiAudience(host, id) };
}
