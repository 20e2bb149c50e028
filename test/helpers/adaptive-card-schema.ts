// Validates card JSON against the official Adaptive Cards 1.5 schema (test/fixtures/adaptive-cards).
import Ajv, { type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import schema from '../fixtures/adaptive-cards/adaptive-card-1.5.schema.json';

let validate: ValidateFunction | undefined;

/** The schema's errors for this card, as "path message" lines; empty when the card is valid. */
export function adaptiveCardErrors(card: unknown): string[] {
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
    ajv.addMetaSchema(draft06);
    // Draft-06 names the schema's own URI `id`; ajv 8 reads only `$id`.
    const { id, ...definitions } = schema;
    validate = ajv.compile({ $id: id, ...definitions });
  }
  if (validate(card)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
