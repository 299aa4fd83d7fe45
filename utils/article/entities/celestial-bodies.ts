// Planets, moons, dwarf planets, asteroids and comets are none of a person, a body or a place a reader would list:
// "Jupiter", "Enceladus", « Saturne », "Bennu". Read in French and English only ("Europa" is Europe elsewhere).
import { words } from './gazetteer/set';
import type { EntityGroup } from './group';

// Names no person, body or town commonly bears.
const BODIES = words(`earth jupiter saturn uranus neptune enceladus ganymede callisto phobos deimos
charon ceres vesta bennu ryugu apophis arrokoth eris makemake haumea sedna oumuamua terre saturne pluton
encelade`);
// Names shared with gods, people, firms or papers ("Freddie Mercury", "Venus Williams", "The Sun", « Le Soleil »,
// "Titan" the submersible): a celestial body only where the text speaks of space.
const SHARED = words('mercury venus mars pluto europa titan io triton miranda mercure venus lune');
// Lower-case words of astronomy: the text is about the sky ("the planet", "its moons", « la sonde »).
const SKY_WORDS = words(`planet planets moon moons orbit orbits orbiting orbiter spacecraft probe telescope
astronomers astronomer asteroid comet solar planete planetes orbite sonde astronomes asteroide
comete solaire satellite`);

/**
 * Every name of the group is a planet's, a moon's, an asteroid's or a comet's. `lower`: folded words the text
 * writes in lower case (see TextEvidence); `lang`: the text's language.
 */
export function isCelestialBody(
  g: EntityGroup,
  lower: ReadonlyMap<string, number> | undefined,
  lang: string,
): boolean {
  if (lang !== 'en' && lang !== 'fr') return false;
  const sky = (): boolean => [...SKY_WORDS].some((w) => lower?.has(w));
  return [...g.keys].every((k) => BODIES.has(k) || (SHARED.has(k) && sky()));
}
