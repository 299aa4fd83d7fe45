// Given names common in the languages read names only (German, Polish, Spanish, Portuguese, Italian, Nordic,
// South Slavic; Russian in Cyrillic), folded: there a given name is what says a capitalised pair is a person's name
// (see classify's namesAPerson). Names that are ordinary words or places there ("Roman", Russian « роман », a novel;
// "Montserrat", "Lourdes") are left out.
import { words } from './set';

/** Common given names of the languages read names only, that GIVEN_NAMES lacks. */
export const FOREIGN_GIVEN_NAMES = words(`
adolfo adriano agnese aleksandar aleksandra alessandra alfio alfonso alicja alina alois aneta angelika annegret annette
antoni
araceli arianna arne artur aurelio barbel bartosz beata beate begona benedetta benedikt benedito bernhard berthold
birgitta bogdan
bozena branko burkhard caio carina carmelo carola catalina cezary christin clemens conceicao cornelia cornelius daan
dagny daniil dariusz
davide dawid deniz detlev dietmar domenico dorota dorothea dorothee dragan eckhard edeltraud edith edoardo edson
eduarda edyta eirik elfriede eleonora elisa elisabetta elzbieta emanuel emil emiliana enrico erich erlend erwin ettore
eugenio eva-maria ewa ewald fabiana fabrizio faouzi fermin flavia flavio franziska freddy frieda frieder fritz
gabriele geraldo
gerardo gerlinde gerrit gertrud gesine gianfranco gianni gilberto gino giovana girolamo gottfried gregor gregorio greta
grzegorz
gunda gunnar hakon halina halvor hanna hanneke hannes hanno hans-jurgen hans-peter harald hedwig heiko heinrich
heinz-peter helga helge helmuth heloisa henning henryk herta hildegard horacio hubert hubertus humberto ida
ilaria
imke ingeborg ingvild irmgard isidro ismael ivica iwona izabela izkia jacek jacinto jadwiga jaime jair jakub jana
janina
jannik janusz jaroslaw jasmin jeanine jeroen jerzy joachim joana joaquim jochen johanna jolanta jonas jorn josefa
josephine jostein
jozef justine justyna kacper kais kamil karla karol karolina kathrin kazimierz kinga kjell klara konstantin korbinian
kristian
kristin kristina krystyna leandro lennart leonie leszek lieke lina linus lothar luciana luciano ludwig lukasz lutz
maciej magdalena
maik malte manuela marcell marcello marcin marcio margarete marian marie-luise marit marius mariusz marjan marlies mateusz mathias
mathilda maximilian maximo mechthild meike merle michal michela mikolaj milos miriam mirjana miroslaw monika
nele nenad nico
nicoletta niklas noelia oddvar olafur ornella oskar otavio ottilie ottmar paloma pauline pawel philipp pierluigi
piero
przemyslaw radoslaw raffaele ragnhild raimundo ramiro reginaldo reinhold rodolfo rogelio rolf rosana rosaria
rosemarie roswitha rudiger ryszard sabrina sascha sebastiao severino sibylle siegfried siegmund sigrid sigurd
slawomir slobodan solveig sonja sonke stanislaw stefania stefanie steffen susana susanne svenja sylvia sylwia
szymon
tadeusz tania terje thilo tilman tilo timo tiril tiziana torbjorn uliana ulises ulla umberto urszula uta valdir
valeria valerio vanda vegard verena veronika vesna viktor vincenzo walburga waldemar waltraud weronika wiebke wieslaw
wiktoria
wilfried winfried witold wolfram yasir yitzhak yolanda zeljko zlatko zofia zoran zuzanna
александр алексеи алла анастасия андреи анна артем бастиан борис вадим валентина валерии виктор виктория
владимир владислав галина григории дарья денис дмитрии евгении евгения екатерина елена елизавета иван игорь илья
ирина катерина кирилл константин кристина ксения лариса леонид лукаш людмила максим марина мария михаил наталья
николаи нина оксана олег ольга павел петр полина светлана сергеи софия станислав татьяна эмма юлия юрии ярослав`);
