const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids reach the database only when well formed: a malformed one would be a driver error, not
 * "not found". Anchored and fixed-length, so it is linear on any input.
 */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
