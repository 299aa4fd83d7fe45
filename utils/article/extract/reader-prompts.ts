/**
 * Lines a site writes to its reader, never part of the story wherever they stand in it: a paywall's
 * pitch ("To view the full story, please subscribe", "Already a subscriber? Log in"), a prompt to share
 * the article ("Möchten Sie den Artikel teilen?"), to join the site's channel or app ("¡Mira nuestro canal
 * de YouTube!"), to give it money ("Unterstütze unser Magazin"), a blog's affiliate disclosure ("This post
 * may contain affiliate links"), the notice of a widget whose script did not run ("This slideshow requires
 * JavaScript.") or that waits for consent ("Twitter freischalten"), the publisher's licence and disclaimer
 * notes, a newsletter box or a call to follow the site, and links that lead back or on
 * ("« Zurück zur Übersicht", "Next article"). Phrases of the web's main languages; each one names the
 * reader's action on the site itself, or the site's dealings, not a subject of news.
 */

import { isSpace, moreWordsThan } from '@/utils/article/extract/word-limit';
import { CASELESS_LETTER, caselessAlternatives, caselessSource } from '@/utils/shared/caseless';

/** A prompt is at most this many words: longer, the phrase is quoted or discussed in prose. */
const MAX_PROMPT_WORDS = 45;
/** A navigation line is at most this many words. */
const MAX_NAV_WORDS = 7;

/** Paywall and membership pitches. */
const PAYWALL =
  /\bto (?:view|read|continue reading|access) (?:the |this )?(?:full |entire |rest of the )?(?:story|article)\b|\balready (?:a )?(?:subscriber|member)\b|\blog ?in (?:for|to get) (?:immediate |full )?access\b|\bsubscribers? (?:also )?(?:receive|get)\b|\bbereits (?:abonnent|abonniert)|\bwerden sie (?:jetzt )?mitglied\b|\bjetzt mitglied werden\b|\bdéjà abonné|\bréservée? aux abonnés\b|\bpour lire la suite\b|\bya eres (?:suscriptor|miembro)\b|\bgià abbonato\b|\b(?:subscribe|log in|sign in)\b.{0,40}\bfor the full (?:story|article)\b|\bper (?:continuare a leggere|leggere l'articolo completo)\b|\bpara (?:seguir|continuar) leyendo\b|\bpara continuar (?:a )?ler\b|\bom verder te lezen\b|\bal abonnee\b|\baby (?:przeczytać|czytać) (?:dalej|całość|cały artykuł)\b/i;

/** Prompts to share the article itself. */
const SHARE =
  /\b(?:möchten sie|wollen sie) (?:den|diesen) (?:artikel|beitrag) teilen\b|\b(?:den |diesen )?(?:artikel|beitrag) (?:mit anderen )?teilen\b|\bshare this (?:article|story|post|page)\b|\bparta(?:gez|ger) cet article\b|\bcomparte (?:esta|este) (?:nota|artículo|noticia)\b|\bcondividi (?:questo|l')\s?articolo\b/i;

/** Invitations to the site's own channels and apps. */
const CHANNEL =
  /\b(?:our|nuestro|unser(?:em|en)?|notre|nostro|nosso)\s+(?:(?:youtube|telegram|whatsapp|instagram|tiktok)[- ])?(?:canal|channel|kanal|chaîne|canale)\b|\bcanal de (?:youtube|telegram|whatsapp)\b.*(?:^|[\s¿¡])únete\b|\b(?:get|receive) the latest (?:news|stories|headlines) (?:straight|directly|delivered) to your\b/i;

/**
 * The publisher's appeal for money ("Unterstütze unser Magazin", "keine Bezahlschranke", "Support our work");
 * "unterstützen Sie uns dabei, ..." asks for help with a task, not for money.
 */
const SUPPORT =
  /\bunterstütze(?:n sie|t)? (?:uns(?! dabei)|unser(?:e|en)? (?:magazin|arbeit|journalismus|projekt|redaktion|blog))\b|\b(?:keine|nicht hinter einer) bezahlschranke\b|\bspenden könnt ihr\b|\bsupport (?:us|our (?:journalism|work|reporting))\b|\bsoutenez[- ](?:nous|notre (?:travail|journalisme|média))\b|\bapoya (?:a )?nuestro periodismo\b/i;

/** A blog's affiliate disclosure ("This post may contain affiliate links", "As an Amazon Associate I earn..."). */
const DISCLOSURE =
  /\b(?:this|the|my|our) (?:post|article|page|site|blog|recipe) (?:may )?contains? affiliate links?\b|\bas an amazon associate\b|\b(?:dieser|der) (?:beitrag|artikel) enthält (?:affiliate|werbe)-?links\b|\bcet article contient des liens (?:affiliés|d'affiliation)\b|\beste (?:artículo|post) contiene enlaces de afiliados?\b|\bwe (?:may )?(?:receive|earn|get) (?:a )?(?:small )?(?:compensation|commission)\b|^advertising disclosure\b|\b(?:this|the) (?:post|article|page) contains references to products\b|\b(?:erhalten wir|wir erhalten) (?:ggf\. |eventuell |unter umständen )?(?:eine )?provision\b|\bnous (?:pouvons )?(?:percevoir|recevoir|toucher) une commission\b/i;

/** What a page shows where its script did not run ("This slideshow requires JavaScript."). */
const NO_SCRIPT =
  /\b(?:requires|needs|enable|activate) javascript\b|\bjavascript (?:is )?(?:required|disabled|must be enabled)\b|\bjavascript (?:aktivieren|aktiviert)\b|\bactivez javascript\b|\bhabilita javascript\b/i;

/**
 * The placeholder of an embed that waits for the reader's consent ("Klicken Sie auf den Button, um den
 * Inhalt von www.example.org zu laden", "Wir respektieren deine Privatsphäre und stellen ohne dein
 * Einverständnis keine Verbindung zu Twitter her", "Click to load the content", "Manage privacy settings").
 */
const CONSENT =
  /\bohne (?:dein|ihr|euer)e? (?:einverständnis|zustimmung|einwilligung)\b.*\bverbindung\b|\bum (?:den|diesen|die|externe) inhalte? (?:von \S+ )?(?:zu laden|anzuzeigen|zu sehen)\b|\bexterne[nr]? inhalte?\b.*\b(?:laden|anzeigen|anzeigen lassen|zulassen|freischalten|einverstanden)\b|\b(?:datenschutz|cookie|privatsphäre)-?einstellungen (?:verwalten|ändern|anpassen)\b|^\S+ (?:freischalten|entsperren)$|\b(?:click|tap) (?:here |below |the button )?to (?:load|show|display|enable) (?:the |this )?(?:external |embedded |third[- ]party )?(?:content|embed)\b|\bmanage (?:your )?(?:privacy|cookie|consent) (?:settings|preferences)\b|\bcharger (?:le|ce) contenu (?:externe|tiers)\b|\bpara (?:ver|cargar|mostrar) (?:este|el) contenido (?:externo)?\b.*\b(?:cookies|aceptar|consentimiento)\b/i;

/**
 * The publisher's notes on the article rather than its text: its licence ("Dieser Text wurde veröffentlicht
 * unter der Lizenz CC-BY", "This work is licensed under a Creative Commons licence"), a disclaimer that the
 * opinion is the author's, or that its figures come without guarantee ("Alle Angaben ohne Gewähr").
 */
const NOTICE =
  /\b(?:dieser (?:text|beitrag|artikel|inhalt)|inhalte dieser (?:website|seite)|this (?:work|article|post|text|content|story)|(?:the )?content (?:of|on) this (?:site|page|website)|cet article|ce texte|este (?:artículo|texto)) (?:\S+ ){0,4}(?:unter|under|sous|bajo) (?:\S+ ){0,4}(?:cc[- ]by|creative commons|licen[cs]e|lizenz|licencia)\b|\b(?:dieser (?:beitrag|artikel|text)|der (?:beitrag|artikel|gastbeitrag)) gibt (?:\S+ ){0,3}meinung (?:des|der) (?:autors|autorin|verfassers|verfasserin|gastautors|gastautorin)\b|\bthe (?:views|opinions) expressed (?:\S+ ){0,6}are (?:those of the (?:author|writer)s?|the (?:author|writer)'?s? own|solely those)\b|\bles opinions exprimées\b.*\bn['’]engagent que\b|\blas opiniones (?:expresadas|vertidas)\b.*\b(?:responsabilidad|no (?:reflejan|representan))\b|^\(?alle angaben ohne gewähr\.?\)?$/i;

/**
 * Calls to sign up, follow or download, in the web's main languages: a newsletter box ("Sign up to get the
 * best of the week", "Verpasse keine News", « Abonnez-vous à notre newsletter », "Jetzt registrieren"), its
 * label ("Tech Newsletter", in `NEWSLETTER_LABEL`), "Follow us on Twitter", "Download our apps for iOS and
 * Android". Without the `u` flag, as the patterns above: V8 matches ignoring case some fifteen times slower
 * with it, and these words need none.
 */
const SIGN_UP =
  /^(?:sign up|subscribe)(?: (?:now|today|here))?(?: (?:to|for))? (?:get|receive|our|free|the (?:best|latest))\b|\b(?:sign up|subscribe) (?:now |today |here )?(?:for|to) (?:the|our|a) (?:\S+ ){0,4}(?:newsletters?|briefing|digest)\b|^subscribe(?: to (?:\S+ ){0,3}?\S+)?(?: and\b.*|[.!]?)$|^register (?:now|here|today|for free)\b|\bsubscribe to (?:our|the) (?:\S+ )?newsletter\b|\bnever miss an? (?:story|post|thing|beat|update|article)\b|\b(?:delivered|straight) (?:straight |directly )?to your inbox\b|\bnewsletter (?:abonnieren|bestellen)\b|\b(?:verpasse|verpassen sie|verpasst) (?:keine|nichts)(?: \S+){0,2} (?:news|nachrichten|artikel|beiträge|neuigkeiten|updates|folge|mehr)\b|^jetzt (?:kostenlos )?(?:registrieren|anmelden|abonnieren)\b|\b(?:abonnez|inscrivez)-vous (?:à|a) (?:notre|la) (?:\S+ )?(?:newsletter|lettre)\b|\bne (?:manquez|ratez) (?:plus )?(?:aucun|aucune|rien)\b|\bsuscr[ií]bete (?:a|al) (?:nuestro |nuestra |el |la )?(?:boletín|newsletter)\b|\biscriviti alla (?:nostra )?newsletter\b|\b(?:assine|inscreva-se)(?: (?:a|na|em))? (?:nossa )?newsletter\b|\bschrijf je in (?:voor|op) (?:onze|de) nieuwsbrief\b|\bzapisz się do (?:naszego )?newslettera\b/i;

/**
 * A newsletter box's label ("Tech Newsletter"), a few words of any letters: the one pattern that needs `u`, so
 * its words are caseless classes rather than `i` (utils/shared/caseless.ts): cheaper to compile, same matches.
 */
const NEWSLETTER_LABEL = new RegExp(
  `^(?:[${CASELESS_LETTER}\\d&]+ ){0,3}(?:${caselessAlternatives('newsletter|nieuwsbrief|boletín')})${caselessSource('s')}?[!.:]?$`,
  'u',
);

/** The site's or author's account elsewhere ("Follow us on Twitter", « Suivez-nous sur Facebook », "Obserwuj nas"). */
const FOLLOW =
  /\b(?:follow|keep up with) (?:me|us) on\b|\b(?:find|like) (?:me|us) on (?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|bluesky|mastodon|threads|pinterest|social media)\b|\b(?:folgen|liken) sie uns auf\b|\b(?:folge|folgt|like) uns auf\b|\bsuivez-(?:nous|moi) sur\b|\bs[ií]guenos en\b|\bseguici su\b|\bsiga-nos\b|\bvolg ons op\b|\bobserwuj nas\b|\bdownload (?:our|the) (?:\S+ ){0,4}apps? (?:for|on|from)\b/i;

/** Links back to a listing or on to the next story. */
const NAV =
  /^[\s«‹<←]*(?:zurück|back|retour|volver|indietro|torna|voltar)\b|\b(?:nächste[nrs]?|vorherige[nrs]?|next|previous|suivant|précédent|siguiente|anterior)\s+(?:artikel|beitrag|article|post|story|entry|seite|page|noticia|articolo)\b/i;

/**
 * The patterns above, tried one by one. Joined into one alternation they ran about three times faster on an
 * article's lines once compiled, but Chromium took 15-30 ms to compile the joined pattern on its first use (the
 * popup's first open), three times the ten patterns' own compile time.
 */
const PROMPTS = [PAYWALL, SHARE, CHANNEL, SUPPORT, DISCLOSURE, NO_SCRIPT, CONSENT, NOTICE, SIGN_UP, FOLLOW];

/** True when `text` (one line of the article) is the site talking to its reader, not the story. */
export function isReaderPrompt(text: string): boolean {
  if (moreWordsThan(text, MAX_PROMPT_WORDS, isSpace)) return false;
  return PROMPTS.some((pattern) => pattern.test(text)) || NEWSLETTER_LABEL.test(text);
}

/** True when `text` is a link line leading back to a listing or on to another story. */
export function isNavigationLine(text: string): boolean {
  return !moreWordsThan(text, MAX_NAV_WORDS, isSpace) && NAV.test(text);
}
