/** A name quoted as JSON quotes it (`"Anhui"`), escaping quotes and control characters. */
export const q = (s: string): string => JSON.stringify(s);
