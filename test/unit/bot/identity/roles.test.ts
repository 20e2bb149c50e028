import type { IncidentRole } from '../../../../bot/identity/principal';
import {
  canHandleIncidents,
  canSeeIncident,
  resolveRoles,
  type RoleSettings,
} from '../../../../bot/identity/roles';

const settings: RoleSettings = {
  ictGroupIds: ['ict-group'],
  privacyOfficerGroupIds: ['fg-group'],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};

describe('resolveRoles', () => {
  it.each<[string, string[], string[], IncidentRole[]]>([
    ['a teacher in no configured group', ['staff'], [], []],
    ['a member of the ICT group', ['staff', 'ict-group'], [], ['ict']],
    ['a member of the privacy officer group', ['fg-group'], [], ['privacy-officer']],
    ['a user with the ICT app role', [], ['Privacywacht.ICT'], ['ict']],
    [
      'a user with the privacy officer app role',
      [],
      ['Privacywacht.PrivacyOfficer'],
      ['privacy-officer'],
    ],
    ['someone in both', ['ict-group'], ['Privacywacht.PrivacyOfficer'], ['ict', 'privacy-officer']],
    ['a user with an unrelated app role', [], ['Other.Role'], []],
  ])('gives %s the roles %j', (_name, groupIds, appRoles, expected) => {
    expect(resolveRoles({ groupIds, appRoles }, settings)).toEqual(expected);
  });
});

describe('who may see and handle incidents', () => {
  const incident = { reporter: { id: 'reporter', name: 'Meester Jan' } };
  const teacher = { id: 'reporter', roles: [] };
  const colleague = { id: 'colleague', roles: [] };
  const ict = { id: 'ict-member', roles: ['ict'] as const };
  const officer = { id: 'fg', roles: ['privacy-officer'] as const };

  it('lets the reporter see their own incident but not handle it', () => {
    expect(canSeeIncident(teacher, incident)).toBe(true);
    expect(canHandleIncidents(teacher)).toBe(false);
  });

  it("keeps a colleague out of someone else's incident", () => {
    expect(canSeeIncident(colleague, incident)).toBe(false);
  });

  it.each([
    ['the ICT domain', ict],
    ['the privacy officer', officer],
  ])('lets %s see and handle every incident', (_name, principal) => {
    expect(canSeeIncident(principal, incident)).toBe(true);
    expect(canHandleIncidents(principal)).toBe(true);
  });
});
