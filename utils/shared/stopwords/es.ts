/** Spanish stopwords (lower case; consumers fold them as they need). */
import type { StopwordList } from './types';

export const SPANISH: StopwordList = {
  lang: 'es',
  distinctive: `el los las y que del se por con para una es su al lo como más pero sus fue este ha también entre
cuando muy sin sobre ya hay`,
  function: `un unos unas de en a o u ni le les me te nos os mi mis tu tus nuestro nuestra nuestros nuestras
esta estos estas ese esa esos esas aquel aquella ellos ellas él ella yo tú usted ustedes nosotros vosotros
quien quienes cual cuales cuyo donde cuanto porque pues aunque si no sí hasta desde hacia contra durante
mediante según tras son era eran fueron ser estar está están estaba han había hubo tiene tienen puede pueden
hace hacer otro otra otros otras todo toda todos todas mismo misma cada`,
  topicless: `ahora hoy ayer mañana además después antes luego entonces así solo sólo siempre nunca también
tampoco aún todavía casi bien mal mucho mucha muchos muchas poco pocos varios varias algún alguna algunos
algunas ningún ninguna nuevo nueva nuevos nuevas primer primera año años día días lunes martes miércoles
jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre lea leer más foto vídeo publicado compartir`,
};
