/** Polish stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

// "i", "o", "to", "do", "na" are as frequent in English or Portuguese: they tell no language apart.
export const POLISH: StopwordList = {
  lang: 'pl',
  distinctive: `w z że nie się jest jak co po ale od za przez jego są tak być dla już który która które oraz także
może tym tego ich jej został była było będzie`,
  function: `a i o u do na to ten ta te tej tych temu ze we ku bez przy pod nad przed między lub albo czy gdy
gdyż bo więc jednak jeśli aby żeby by nas nam was wam mnie mi ci go mu nim niej nich ja ty on ona ono my wy oni
one mój moja moje twój swój swoja swoje swoich sobie siebie był były byli będą mam ma mają można trzeba też tu
tam tutaj teraz jeszcze bardzo tylko nawet wszystko wszystkie wszystkich każdy kiedy gdzie dlaczego której
którego którym których`,
  topicless: `rok roku lat lata dzień dni dziś dzisiaj wczoraj jutro według również około proc procent styczeń
luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień stycznia lutego marca
kwietnia maja czerwca lipca sierpnia września października listopada grudnia poniedziałek wtorek środa czwartek
piątek sobota niedziela czytaj więcej zdjęcie wideo artykuł udostępnij`,
};
