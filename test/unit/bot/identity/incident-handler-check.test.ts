import { createIncidentHandlerCheck } from '../../../../bot/identity/incident-handler-check';

const roles = {
  ictGroupIds: ['ict-group'],
  privacyOfficerGroupIds: ['fg-group'],
  appRoles: { ict: 'Privacywacht.ICT', privacyOfficer: 'Privacywacht.PrivacyOfficer' },
};
const membership: Record<string, string[] | undefined> = {
  'ict-member': ['ict-group'],
  officer: ['fg-group'],
  teacher: [],
  'graph-down': undefined,
};
const check = createIncidentHandlerCheck({
  roles,
  memberGroups: (userId) => Promise.resolve(membership[userId]),
});

describe('createIncidentHandlerCheck', () => {
  it.each([
    ['an ICT group member', 'ict-member', true],
    ['a privacy officer group member', 'officer', true],
    ['a teacher', 'teacher', false],
    ['anyone while Graph cannot tell', 'graph-down', false],
  ])('lets %s handle incidents: %s', async (_name, id, expected) => {
    expect(await check({ id })).toBe(expected);
  });

  it('refuses everyone when no groups are configured', async () => {
    const none = createIncidentHandlerCheck({
      roles: { ...roles, ictGroupIds: [], privacyOfficerGroupIds: [] },
      memberGroups: () => Promise.resolve(['ict-group']),
    });
    expect(await none({ id: 'ict-member' })).toBe(false);
  });
});
