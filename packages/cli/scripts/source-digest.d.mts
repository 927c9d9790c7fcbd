/** The digest of the bundled packages' sources as they are now on disk (hex SHA-256). */
export function sourceDigest(): string;
/** Where bundle.mjs writes the digest of the sources it bundled. */
export const digestPath: string;
