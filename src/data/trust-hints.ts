/**
 * What to do about the data-trust issues (positions against the generalised boundaries, schematic routes,
 * undated figures, unused recorded sites), in plain words. Like hints.ts: the CLI prints these English
 * texts; the app's "Data issues" panel translates the same keys from the `trust.hint` namespace (the
 * English ones checked to be these texts by trust-hints.test.ts).
 */
export const TRUST_HINT_TEXTS = {
  nearDistrict:
    'keep the position where its source puts it: the district boundaries are approximate (about 1–2 km, up to 3.5 km off), so {{km}} km outside {{district}} is accepted',
  sparseRoute:
    'add a position at each town, pass or bend between vertices {{from}} and {{to}}: a schematic route needs one at least every {{max}} km',
  farFromDistricts:
    'check the position (GeoJSON is [longitude, latitude]): it is {{km}} km from the nearest district, {{district}}',
  undatedFigure:
    'give the date of the source the figures come from (sources[].date), or write in the caption when they were true',
  approximateWithSite: 'place the project at its site.position ({{position}}) and set precision to "exact"',
} as const;

export type TrustHintKey = keyof typeof TRUST_HINT_TEXTS;
