import { fold } from '@/utils/shared/fold';

// How Spanish, Portuguese and Italian build the names of bodies: a head noun first, then its complement through a
// contracted article ("Ordem dos Médicos", "Teatro alla Scala", "Direção Executiva do SNS") or an adjective
// ("Banco Central", "Ministerio Público"). French and English heads are in the gazetteer's ORG_WORDS.

/** Languages that name bodies so (primary subtags). */
const ROMANCE = new Set(['es', 'pt', 'it', 'ca', 'gl']);

export const isRomance = (lang: string): boolean => ROMANCE.has(lang);

/**
 * Contracted articles that join two capitalised parts of one name in those languages (never English or French
 * words: "do" is an English verb). Spanish "del", Portuguese "da" and Italian "di" are connectors everywhere.
 */
export const ROMANCE_CONNECTORS = new Set(
  'do dos das della dello delle degli dei alla allo alle agli ai dal dalla'.split(' '),
);

/**
 * Head nouns of bodies' names, folded: a capitalised one inside a sentence, with its complement, names a body
 * ("la Fiscalía del Estado de Jalisco", "o Hospital de Santa Maria", "il Comune di Milano").
 */
export const BODY_HEADS = new Set(
  `academia accademia agencia agenzia asamblea assemblea assembleia associacao associazione asociacion auditoria
  autoridad autoridade autorita ayuntamiento banca banco biblioteca camara comision comissao
  commissione comune confederacion confederacao confederazione congreso congresso consejo conselho consiglio
  contraloria corte defensoria direcao direccao direccion direzione escola escuela facolta facultad faculdade federacion
  federacao federazione fiscalia fondazione fundacao fundacion gobierno governo hospital instituto istituto
  juzgado ministerio ministero municipalidad museo museu ordem ordine partido partito policia polizia prefeitura
  procuraduria procuradoria procura prefettura secretaria senado senato servicio servico
  servizio sindicato superintendencia teatro tribunal tribunale universidad universidade universita`.split(
    /\s+/,
  ),
);

/** A name of two words or more opened by a body's head noun: "Teatro alla Scala", "Banco Central". */
export function headsBodyName(surface: string): boolean {
  const space = surface.indexOf(' ');
  return space > 0 && BODY_HEADS.has(fold(surface.slice(0, space)));
}
