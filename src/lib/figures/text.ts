/** Ends a phrase with one full stop: "9:00 a.m." stays as it is, "9:00 p.m., Smolny" gains one. */
export const sentenceEnd = (phrase: string): string => (phrase.endsWith('.') ? phrase : `${phrase}.`);
