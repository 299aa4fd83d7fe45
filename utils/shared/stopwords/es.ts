/** Spanish stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const SPANISH: StopwordList = {
  lang: 'es',
  distinctive: `el los las y que del se por con para una es su al lo como más pero sus fue este ha también entre
cuando muy sin sobre ya hay`,
  function: `la de en un a o u e ni no si me te le les nos os mi mis tu tus yo él ella ellos ellas esta esto
estos estas ese esa eso esos esas aquel aquella otro otra otros otras todo toda todos todas son era eran ser
está están estar han he sido tiene tienen puede pueden donde desde hasta hacia durante ante bajo contra tras
porque aunque mientras cual cuales quien quienes`,
  topicless: ``,
};
