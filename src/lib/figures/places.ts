/** The kinds of place a map marks (content/places/*.json). */
export const PLACE_KINDS = ['building', 'bridge', 'station', 'mooring', 'works', 'fortress', 'town', 'city'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A place as the maps use it, with its id and file. */
export interface Place {
  id: string;
  filePath: string;
  name: string;
  russian: string;
  lat: number;
  lon: number;
  kind: PlaceKind;
  glossary?: string | undefined;
  people: string[];
  chapter?: string | undefined;
  checked: string;
}
