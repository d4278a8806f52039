// Event types of SCHEMA.md, in display order, with the colour used by the timeline. The map
// markers use the same colours through CSS classes t-<slug> (app.css).
export const TYPES = [
  ["Battles", "#c0392b"],
  ["Explosions/Remote violence", "#e67e22"],
  ["Violence against civilians", "#8e44ad"],
  ["Protests", "#2980b9"],
  ["Riots", "#8d6e63"],
  ["Strategic developments", "#7f8c8d"],
  ["Diplomacy", "#16a085"],
  ["Humanitarian", "#27ae60"],
];
export const TYPE_NAMES = TYPES.map(([name]) => name);
export const colorOf = (type) => (TYPES.find(([n]) => n === type) || [null, "#555"])[1];
