import type { Token } from './tokenize';

// « Agence européenne pour la sécurité maritime », « Organisation internationale pour les migrations »,
// « Fondation pour la recherche médicale », « Union pour un mouvement populaire »: French bodies name their purpose
// with « pour », an article and a noun. Phrases of the sentence open the same way: a time (« pour la première
// fois », « pour une durée »), a pronoun and a verb (« pour la financer »), a stake (« pour le reste », « pour un
// montant »), a quantity (« pour une large part », « pour un seul »); an adjective before its noun (« pour une meilleure
// santé ») is read no further.
const ARTICLES = new Set(['la', 'le', 'les', 'un', 'une']);
const NOT_PURPOSES = new Set(
  `premiere premieres seconde deuxieme troisieme derniere dernier fois periode annee annees moment instant occasion
  reste suite heure heures mois semaine semaines jour jours instant compte part plupart duree raison montant total
  somme cout prix mandat temps certain certaine seul seule autre large grande petit petite bonne meilleur meilleure
  nouveau nouvelle`.split(/\s+/),
);
// An infinitive after a pronoun « la », « le », « les » or « l’ »: « pour l’aider », « pour les financer ».
const INFINITIVE = /(?:er|ir)$/;

/**
 * Tokens of « pour la », « pour le », « pour les », « pour un », « pour une » or « pour » before an elided noun at `at`, when a lower-case
 * noun of the sentence `sentence` follows that may name a body's purpose; else 0.
 */
export function purposeLength(tokens: readonly Token[], at: number, sentence: number): number {
  if (tokens[at]?.text !== 'pour') return 0;
  const article = ARTICLES.has(tokens[at + 1]?.text ?? '') ? 1 : 0;
  const noun = tokens[at + 1 + article];
  if (!noun?.isWord || noun.stop || noun.capital || noun.sentence !== sentence) return 0;
  if (article === 0 && !noun.elided) return 0;
  if (
    !/^\p{Ll}[\p{Ll}-]{2,}$/u.test(noun.text) ||
    NOT_PURPOSES.has(noun.folded) ||
    INFINITIVE.test(noun.folded)
  )
    return 0;
  return 1 + article;
}
