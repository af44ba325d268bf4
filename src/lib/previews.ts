/** The id of the JSON block the offline copy puts in each page: the previews of the entries that page mentions. */
export const PREVIEW_DATA_ID = 'mention-data';
