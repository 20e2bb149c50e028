import { createPrincipalResolver } from '../../../../bot/identity/resolve-principal';
import type { VerifiedUser } from '../../../../bot/identity/token-validator';

const roles = {
  ictGroupIds: ['ict-group'],
  privacyOfficerGroupIds: ['fg-group'],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};
const user = (memberships: Partial<VerifiedUser['memberships']>): VerifiedUser => ({
  id: 'user-1',
  tenantId: 'tenant',
  name: 'Juf Petra',
  memberships: { groupIds: [], appRoles: [], hasGroupOverage: false, ...memberships },
});

describe('createPrincipalResolver', () => {
  it("takes the roles from the token's groups", async () => {
    const resolve = createPrincipalResolver({ roles });
    expect((await resolve(user({ groupIds: ['ict-group'] }))).roles).toEqual(['ict']);
  });

  it('asks Graph for the configured groups when the token lists too many groups', async () => {
    const asked: string[][] = [];
    const resolve = createPrincipalResolver({
      roles,
      memberGroups: (_id, groupIds) => {
        asked.push([...groupIds]);
        return Promise.resolve(['fg-group']);
      },
    });
    const principal = await resolve(user({ hasGroupOverage: true }));
    expect(asked).toEqual([['ict-group', 'fg-group']]);
    expect(principal.roles).toEqual(['privacy-officer']);
  });

  it('keeps only what the token proves when Graph cannot tell', async () => {
    const resolve = createPrincipalResolver({
      roles,
      memberGroups: () => Promise.resolve(undefined),
    });
    const principal = await resolve(
      user({ hasGroupOverage: true, appRoles: ['Privacywacht.ICT'] }),
    );
    expect(principal.roles).toEqual(['ict']);
  });
});
