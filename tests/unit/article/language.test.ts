import { describe, expect, it } from 'vitest';
import { detectLanguage, primarySubtag, resolveLanguage } from '@/utils/article/language';

const FR =
  'Le gouvernement a présenté mardi un projet de loi sur la sécurité des réseaux. Les opérateurs devront signaler les incidents dans les trois jours, et la commission pourra leur imposer des mesures. Cette réforme est attendue par les entreprises qui ont été victimes de piratages.';
const EN =
  'The council said on Tuesday that the new ferry service would start in June. It was paid for by a trust, and the harbour authority has promised to publish the number of passengers every month for the first year of the service.';

describe('language', () => {
  it('normalises tags and locales to a primary subtag', () => {
    expect(primarySubtag('fr-FR')).toBe('fr');
    expect(primarySubtag('en_GB')).toBe('en');
    expect(primarySubtag('EN')).toBe('en');
    expect(primarySubtag('und')).toBeNull();
    expect(primarySubtag('not a tag')).toBeNull();
  });

  it('detects French and English from stopwords, and CJK from scripts', () => {
    expect(detectLanguage(FR)?.lang).toBe('fr');
    expect(detectLanguage(EN)?.lang).toBe('en');
    expect(detectLanguage('東京都は火曜日、新しい図書館の開館を発表した。多くの市民が訪れた。')?.lang).toBe(
      'ja',
    );
    expect(detectLanguage('서울시는 화요일에 새로운 도서관을 열었다고 밝혔다.')?.lang).toBe('ko');
    expect(detectLanguage('北京市周二宣布新图书馆开放，许多市民前来参观。')?.lang).toBe('zh');
    expect(detectLanguage('short')).toBeNull();
  });

  it('prefers the declared language, unless the text clearly contradicts a profiled one', () => {
    expect(resolveLanguage(['fr-FR'], FR)).toBe('fr');
    expect(resolveLanguage([null, 'en'], EN)).toBe('en');
    // A template's default lang="en" on a French article.
    expect(resolveLanguage(['en'], FR)).toBe('fr');
    // A language without a profile is trusted as declared.
    expect(resolveLanguage(['ca'], FR)).toBe('ca');
  });

  it('degrades to the detected language, then to "und"', () => {
    expect(resolveLanguage([], FR)).toBe('fr');
    expect(resolveLanguage([undefined], '12 34 56')).toBe('und');
  });
});

// Texts of our own, long enough (100 words and more) for the text to contradict a declared language.
const ES =
  'El ayuntamiento de la ciudad aprobó en la sesión del martes un plan para renovar las calles del centro. Según el alcalde, las obras empezarán en el mes de mayo y durarán cerca de un año. Los comerciantes de la zona piden que el tráfico no se corte durante las fiestas, y la oposición critica que el proyecto no incluya más árboles ni carriles para las bicicletas. El presupuesto total es de doce millones de euros, de los cuales la mitad llega de fondos europeos. Los vecinos podrán consultar los planos en la biblioteca municipal hasta el final de la semana, y el consejo de barrio votará una propuesta sobre el horario de las obras en la próxima reunión de la asociación.';
const PL =
  'Rada miasta przyjęła we wtorek plan remontu ulic w centrum. Według prezydenta miasta prace rozpoczną się w maju i potrwają około roku. Kupcy z okolicy proszą, żeby ruch nie był zamknięty w czasie świąt, a opozycja krytykuje, że projekt nie obejmuje nowych drzew ani ścieżek dla rowerów. Budżet wynosi dwanaście milionów złotych, z czego połowa pochodzi z funduszy unijnych. Mieszkańcy mogą obejrzeć plany w bibliotece miejskiej do końca tygodnia, a rada osiedla zagłosuje nad wnioskiem w sprawie godzin pracy na najbliższym zebraniu. Jak mówią urzędnicy, przez pierwsze miesiące będzie to trudne dla kierowców, ale jest to jedyny sposób, aby ulice były bezpieczne, i już teraz można zgłaszać uwagi.';
const ID =
  'Pemerintah kota mengumumkan rencana baru untuk memperbaiki jalan di pusat kota pada hari Selasa. Menurut wali kota, pekerjaan akan dimulai bulan Mei dan berlangsung sekitar satu tahun. Para pedagang di daerah itu meminta agar jalan tidak ditutup selama hari raya, dan pihak oposisi mengkritik bahwa proyek ini tidak mencakup pohon baru atau jalur sepeda. Anggaran totalnya dua belas miliar rupiah, dan separuhnya berasal dari dana pusat. Warga dapat melihat rencana itu di perpustakaan kota sampai akhir minggu, dan dewan kelurahan akan memilih usulan tentang jam kerja dan kebisingan pada rapat berikutnya. Para pejabat mengatakan bahwa bulan pertama akan sulit bagi pengemudi, tetapi hanya dengan cara ini jalan dapat menjadi aman bagi semua orang dan anak sekolah.';
const GL =
  'O concello da cidade aprobou na sesión do martes un plan para renovar as rúas do centro. Segundo o alcalde, as obras comezarán no mes de maio e durarán preto dun ano. Os comerciantes da zona piden que o tráfico non se corte durante as festas, e a oposición critica que o proxecto non inclúa máis árbores nin carrís para as bicicletas. O orzamento total é de doce millóns de euros, dos cales a metade chega de fondos europeos. Os veciños poderán consultar os planos na biblioteca municipal ata o final da semana, e o consello de barrio votará unha proposta sobre o horario das obras na próxima reunión da asociación, como pediron os veciños.';
const PT =
  'A câmara da cidade aprovou na sessão de terça-feira um plano para renovar as ruas do centro. Segundo o prefeito, as obras vão começar em maio e devem durar cerca de um ano. Os comerciantes da região pedem que o trânsito não seja cortado durante as festas, e a oposição critica que o projeto não inclua mais árvores nem ciclovias. O orçamento total é de doze milhões de euros, dos quais metade vem de fundos europeus.';
const PINYIN = 'wo de xin ni de ai ta de meng zhe shi wo de ge ni de lian shang you wo de lei '.repeat(8);
const LYRICS = '我的心 你的爱\nwo de xin ni de ai\n他的梦 我的歌\nta de meng wo de ge\n'.repeat(6);
const RU =
  'Городской совет во вторник утвердил план ремонта улиц в центре. По словам мэра, работы начнутся в мае и продлятся около года. Торговцы просят не закрывать движение в праздники, а оппозиция считает, что в проекте мало деревьев и нет велосипедных дорожек. Жители смогут посмотреть эти планы в библиотеке до конца недели.';
const UK =
  'Міська рада у вівторок затвердила план ремонту вулиць у центрі. За словами мера, роботи почнуться у травні й триватимуть близько року. Торговці просять не закривати рух у свята, а опозиція вважає, що в проєкті замало дерев і немає велосипедних доріжок. Мешканці зможуть побачити ці плани в бібліотеці до кінця тижня.';

describe('language: the text over a wrong declared language', () => {
  it('counts only the words that tell two close languages apart', () => {
    // "la", "que", "en", "de" are French or Dutch too: they say nothing between Spanish and those.
    const dense =
      'En el centro de la ciudad, que es el corazón de la región, se abrió en marzo una escuela de música para los niños de los barrios del sur. Según la directora, la escuela tiene plazas para cien alumnos de entre seis y doce años, y las clases son gratuitas para las familias de la zona. En la primera semana se inscribieron más de ochenta niños de siete barrios de la ciudad.';
    expect(detectLanguage(dense)?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(resolveLanguage(['en'], dense)).toBe('es');
    expect(resolveLanguage(['en'], ES)).toBe('es');
    expect(resolveLanguage(['es'], ES)).toBe('es');
  });

  it('reads Polish as Polish, not as Portuguese', () => {
    expect(detectLanguage(PL)?.lang).toBe('pl');
    expect(resolveLanguage(['pt'], PL)).toBe('pl');
  });

  it('takes one lookalike word repeated, or a few stray ones, for no evidence', () => {
    expect(detectLanguage(PINYIN)).toBeNull();
    expect(detectLanguage(ID)).toBeNull();
  });

  it('reads names only when a long text shows none of the declared language and no clear other one', () => {
    expect(resolveLanguage(['en'], ID)).toBe('und');
    expect(resolveLanguage(['it'], ID)).toBe('und');
    // "Spanish or Portuguese", not which: still not English.
    const halves = `${ES.slice(0, 420)} ${PT}`;
    expect(detectLanguage(halves)?.confidence).toBeLessThan(0.5);
    expect(resolveLanguage(['en'], halves)).toBe('und');
    // A language we have no profile for is trusted.
    expect(resolveLanguage(['id'], ID)).toBe('id');
    expect(resolveLanguage(['gl'], GL)).toBe('gl');
  });

  it('keeps the declared language of a short text, and of a page that quotes another language', () => {
    expect(resolveLanguage(['de'], 'Standorte: Japan, Deutschland. Kameras: Widelux, Pentax.')).toBe('de');
    const quoting = `Er sagte in der Rede vor den Studenten: "The first story is about connecting the dots, and it was the best decision I have ever made." Das ist nicht nur eine Anekdote, denn die Idee wird heute von vielen Firmen zitiert und auch in der Lehre gern genutzt.`;
    expect(resolveLanguage(['de'], quoting)).toBe('de');
  });

  it('never reads a non-Latin script as a Latin-script language', () => {
    expect(resolveLanguage(['nl'], LYRICS)).toBe('zh');
    expect(resolveLanguage([], LYRICS)).toBe('zh');
    expect(resolveLanguage(['en'], RU)).toBe('ru');
    expect(resolveLanguage([], UK)).toBe('uk');
    expect(resolveLanguage(['ru'], RU)).toBe('ru');
    // And a Latin-script text is not in a language written otherwise.
    expect(resolveLanguage(['ru'], ES)).toBe('es');
    expect(resolveLanguage(['zh-CN'], EN)).toBe('en');
    // Cyrillic without the letters that tell Russian from Ukrainian: unknown, read names only.
    expect(
      resolveLanguage(['en'], 'Градски съвет одобри план за ремонт на улиците в центъра на града.'),
    ).toBe('und');
  });

  it('trusts a declared language without a word list, unless the text is plainly English or in another script', () => {
    const catalan = `El Govern ha aprovat aquest dimarts un pla contra la sequera que afecta bona part del país. Segons la consellera, els embassaments es troben al divuit per cent de la seva capacitat i els pagesos ja han perdut part de la collita.`;
    expect(resolveLanguage(['ca'], catalan)).toBe('ca');
    expect(resolveLanguage(['gl'], EN)).toBe('en');
    expect(resolveLanguage(['ca'], LYRICS)).toBe('zh');
    expect(resolveLanguage(['ca'], RU)).toBe('ru');
    // A language of the text's script stays: Ukrainian or Bulgarian on Cyrillic text we cannot tell apart.
    expect(
      resolveLanguage(['bg'], 'Градски съвет одобри план за ремонт на улиците в центъра на града.'),
    ).toBe('bg');
  });
});
