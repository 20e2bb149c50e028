// The issuer of development tokens: a name no Entra token can carry, so the validator can tell
// them apart before checking anything and refuse them outside development mode.
export const DEVELOPMENT_ISSUER = 'https://privacywacht.invalid/development';
