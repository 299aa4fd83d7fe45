import { describe, expect, it } from 'vitest';
import { isNavigationLine, isReaderPrompt } from '@/utils/article/extract/reader-prompts';

describe('isReaderPrompt', () => {
  it.each([
    'To read the full story, please subscribe to The Harbour Courier. Plans start at $4 a week.',
    'Already a subscriber? Log in for immediate access to this story.',
    'New subscribers also receive a tote bag made by local weavers!',
    'Werden Sie jetzt Mitglied und erhalten Sie exklusive Angebote!',
    'Möchten Sie den Artikel teilen?',
    'Den Artikel mit anderen teilen:',
    'Cet article est réservé aux abonnés.',
    '¡Mira lo que tiene nuestro canal de YouTube!',
    '¿Sabías que tenemos canal de Telegram? Únete desde tu celular.',
    'Get the latest news straight to your phone with our app.',
    'Folgen Sie unserem WhatsApp-Kanal.',
    'By Jo on 3 May | This post may contain affiliate links. As an Amazon Associate I earn from qualifying purchases.',
    'Dieser Beitrag enthält Affiliate-Links.',
    'This slideshow requires JavaScript.',
    'Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.',
    'Bei der Gründung haben wir entschieden, keine Bezahlschranke einzuführen.',
    'If you value our reporting, please support our journalism.',
    'Bitte JavaScript aktivieren, um das Video zu sehen.',
    'Wir respektieren deine Privatsphäre und stellen ohne dein Einverständnis keine Verbindung zu Mastodon her.',
    'Klicken Sie auf den Button, um den Inhalt von www.kartendienst.example zu laden.',
    'An dieser Stelle steht ein externer Inhalt, den Ihr mit einem Klick anzeigen lassen könnt.',
    'Datenschutzeinstellungen verwalten',
    'Mastodon freischalten',
    'Click here to load the embedded content.',
    'Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-SA 4.0.',
    'This article is republished under a Creative Commons license.',
    'Dieser Beitrag gibt die Meinung des Autors wieder, nicht die der Redaktion.',
    'The views expressed in this column are those of the author.',
    'Les opinions exprimées dans cette tribune n’engagent que leur auteur.',
    '(Alle Angaben ohne Gewähr)',
    // Newsletter boxes, their label and calls to follow or download, by their words alone.
    'Harbour Weekly Newsletter',
    'Sign up to get the week’s best stories in your inbox every Friday.',
    'Never miss a story: get our morning briefing delivered straight to your inbox.',
    'Verpasse keine News zu Fähren und Häfen',
    'Jetzt kostenlos registrieren',
    'SUBSCRIBE',
    'Subscribe to The Harbour Courier and stay on top of the coast’s news.',
    'Sign up for the free weekly Harbour newsletter for more ferry news!',
    'Abonnez-vous à notre newsletter quotidienne',
    'Suscríbete a nuestro boletín',
    'Iscriviti alla nostra newsletter',
    'Schrijf je in voor onze nieuwsbrief',
    'Zapisz się do naszego newslettera',
    'Follow us on Mastodon and Bluesky.',
    'Ferry columnist. Sailor. You can keep up with me on Instagram: @jo_sails',
    'Folgen Sie uns auf Facebook',
    'Like us on Facebook',
    'Suivez-nous sur Instagram',
    'Síguenos en Instagram',
    'For breaking news download our apps for iOS and Android.',
    // A paywall's pitch and an advertiser's disclosure in more words and languages.
    'Subscribe now to our print edition for the full story.',
    'Per continuare a leggere abbonati al giornale.',
    'Para seguir leyendo, suscríbete.',
    'Om verder te lezen moet je abonnee zijn.',
    'Advertising disclosure: we may receive compensation for some of the links in our stories.',
    'Für Käufe über diese Links erhalten wir eine Provision.',
  ])('reads "%s" as the site talking to its reader', (text) => {
    expect(isReaderPrompt(text)).toBe(true);
  });

  it.each([
    'The paper said subscribers fell by a tenth last year, while advertising revenue held steady.',
    'The channel between the two islands was closed to shipping on Tuesday.',
    'Der Kanal wird im Winter für die Schifffahrt gesperrt, teilte das Amt mit.',
    'El canal de Panamá reabrió el martes tras las lluvias.',
    'Die Stiftung will Schulen unterstützen, die Bezahlschranken der Verlage bleiben ein Thema.',
    'Werden Sie Produkttester und unterstützen Sie uns dabei, unsere Rezepte zu verbessern.',
    'Hundreds of volunteers turned out to support the striking nurses on Monday.',
    'The browser maker said JavaScript engines now run twice as fast as in 2015.',
    'The retailer cut the commission it pays on affiliate links to bloggers by half, the filing shows.',
    'Der Konzern darf Daten nur mit Einverständnis der Nutzer weitergeben, urteilte das Gericht.',
    'Die neue Brücke ist die wichtigste Verbindung zum Hafen.',
    'Inhalte unter CC-BY dürfen mit Namensnennung weiterverbreitet werden, erklärt die Juristin.',
    'Der Kommentar gibt die Stimmung im Ort wieder: Die Meinung des Bürgermeisters teilt kaum jemand.',
    'Alle Angaben ohne Gewähr, sagte der Sprecher, und verwies auf die laufenden Ermittlungen der Polizei.',
    'Voters can sign up for postal ballots until October, the council said.',
    'Sign up for a ferry pass for $12 a month.',
    'Register of ships: the harbour master keeps one for every vessel.',
    'The newsletter, founded in 1998, reached 20,000 readers by 2005 and made its editor famous.',
    'Er verpasst keine Gelegenheit, die Fähre zu loben.',
    'Follow the river for two kilometres until the old bridge.',
    'Visitors can find us on the quay every Saturday, the stallholder said.',
    'The islanders follow the ferry’s timetable closely in winter.',
    // A long paragraph that quotes a prompt is prose.
    `${'The regulator looked at how news sites ask readers to pay. '.repeat(6)}One read: "Already a subscriber? Log in."`,
  ])('reads "%s" as text', (text) => {
    expect(isReaderPrompt(text)).toBe(false);
  });
});

describe('isNavigationLine', () => {
  it.each([
    '« Zurück zu den Veranstaltungen',
    'zurück',
    'Back to overview',
    'Next article',
    'Vorheriger Beitrag',
  ])('reads "%s" as a navigation line', (text) => {
    expect(isNavigationLine(text)).toBe(true);
  });

  it.each(['Back pain is the most common reason for a visit to the doctor, the survey found.', 'Next steps'])(
    'reads "%s" as text',
    (text) => {
      expect(isNavigationLine(text)).toBe(false);
    },
  );
});
