import { xmlAddinId } from '../../../manifest/xml-addin-id';

const appId = '0b4c6f3e-2d1a-4e8f-9c7b-5a6d3e2f1c0b';

describe('xmlAddinId', () => {
  it('is a version 5 GUID, the same on every build and different from the app id', () => {
    const id = xmlAddinId(appId);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(xmlAddinId(appId.toUpperCase())).toBe(id);
    expect(id).not.toBe(appId);
  });

  it('differs between two apps', () => {
    expect(xmlAddinId(appId)).not.toBe(xmlAddinId('9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b'));
  });
});
