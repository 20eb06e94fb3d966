// The world map draws its boundaries in src/features/charts/map/borders.ts and the method page
// explains them: both read this one note, so what the map does and what the page says stay one.

/** Shown under the map and on the method page: which lines the map draws, and why. */
export const bordersNote =
  'Boundaries: Natural Earth 1:110m (via world-atlas 2.0.2), whose lines follow who controls the ground. The map redraws them to show internationally recognised borders: Crimea is part of Ukraine, Northern Cyprus part of Cyprus and Somaliland part of Somalia. Karabakh is part of Azerbaijan and is not drawn as a separate area. Kosovo, Western Sahara, Palestine, Taiwan and the overseas territories in the data are drawn in outline only, taking no position on their status. Elsewhere the lines are Natural Earth’s and imply no position. Antarctica is left out. States too small for this scale are listed in the table.'
