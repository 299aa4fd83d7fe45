// "the vessel Ocean Star", "aboard the Solomon Browne", « le navire Marie-Galante », "the Cassini probe": ships and
// spacecraft take people's names and are none of a person, a body or a place. The words around the name say so.
import { ORGANIZATIONS, PLACES } from './gazetteer';
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';
import type { Mention } from './mention';

// Kinds of vessels and craft written before their name ("the tanker Vela", « le chalutier Saint-Yves »).
const CRAFT_BEFORE = words(`vessel ship ferry tanker freighter trawler yacht liner lifeboat tug tugboat
schooner frigate destroyer submarine warship icebreaker steamer steamship spacecraft probe rover lander orbiter
navire paquebot cargo chalutier voilier fregate sous-marin vaisseau sonde atterrisseur`);
// Kinds of spacecraft written after their name ("the Juno probe", "the Perseverance rover"); a vessel's kind
// after a name is a place's or a firm's as often ("the Guemes ferry", "the Penlee lifeboat").
const CRAFT_AFTER = words('probe spacecraft rover lander orbiter');
// Ship prefixes: "MV Rena", "HMS Victory", "USS Nimitz", "RMS Titanic", "M/V Guemes".
const SHIP_PREFIXES = words('mv hms uss rms hmas hmcs hmnzs mt');
// "aboard the X", « à bord du X »: what is boarded is a craft (flights are boarded with a carrier's name before
// them, so a known body stays one).
const ABOARD = words('aboard onboard');
const BOARD_ARTICLES = words('the du');
// "aboard Aerolis flight 12", "aboard a Trenna train": a carrier's name before what is boarded.
const CARRIED_IN = words('flight flights plane jet airliner train bus coach vol avion');

/** The words before or after the mention say a ship or a spacecraft. */
export function craftCued(m: Mention): boolean {
  const [b0 = '', b1 = ''] = m.before;
  const [a0 = ''] = m.after;
  return (
    CRAFT_BEFORE.has(b0) ||
    SHIP_PREFIXES.has(b0) ||
    (b0 === 'v' && b1 === '/') ||
    ((ABOARD.has(b0) || (BOARD_ARTICLES.has(b0) && (ABOARD.has(b1) || b1 === 'bord'))) &&
      !CARRIED_IN.has(a0)) ||
    CRAFT_AFTER.has(a0)
  );
}

/**
 * Half the group's mentions at least are a craft's (see craftCued), and none of its names is a known body or place
 * ("aboard Ryanair flights", "the NASA probe" keep theirs).
 */
export function isCraft(g: EntityGroup): boolean {
  if ([...g.keys].some((k) => ORGANIZATIONS.has(k) || PLACES.has(k))) return false;
  return g.mentions.filter(craftCued).length * 2 >= g.mentions.length;
}
