import { parseConfig } from '../../../../shared/policy/parse-config';
import { EXAMPLE_CONFIG } from '../../../helpers/policy';

const TENANT = '6f1c3d2e-1a2b-4c3d-8e4f-5a6b7c8d9e0f';
const CLIENT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const errorsOf = (identity: unknown) => {
  const result = parseConfig({ ...EXAMPLE_CONFIG, identity });
  return result.ok ? [] : result.errors;
};

describe('the identity section', () => {
  it('fills in the scope and the app-role names', () => {
    const result = parseConfig({
      ...EXAMPLE_CONFIG,
      identity: { tenantId: TENANT, clientId: CLIENT },
    });
    expect(result.ok && result.config.identity).toEqual({
      tenantId: TENANT,
      clientId: CLIENT,
      requiredScope: 'access_as_user',
      ictGroupIds: [],
      privacyOfficerGroupIds: [],
      appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
    });
  });

  it.each([
    [
      'a tenant id that is not a GUID',
      { tenantId: 'kindante.nl', clientId: CLIENT },
      'identity.tenantId: expected the Entra tenant id (a GUID) (got "kindante.nl")',
    ],
    [
      'an audience that is not an application ID URI',
      { tenantId: TENANT, clientId: CLIENT, apiAudience: 'https://x' },
      'identity.apiAudience: expected an application ID URI starting with "api://" (got "https://x")',
    ],
    [
      'a group name instead of its id',
      { tenantId: TENANT, clientId: CLIENT, ictGroupIds: ['ICT'] },
      'identity.ictGroupIds[0]: expected a group object id (a GUID) from Entra ID (got "ICT")',
    ],
    [
      'a client secret in the file',
      { tenantId: TENANT, clientId: CLIENT, clientSecret: 'x' },
      'identity: unknown key "clientSecret"; allowed keys: tenantId, clientId, apiAudience, requiredScope, ictGroupIds, privacyOfficerGroupIds, appRoles',
    ],
  ])('names the key and what is allowed for %s', (_name, identity, message) => {
    expect(errorsOf(identity)).toEqual([message]);
  });
});
