// Given names common in the languages read names only (German, Polish, Spanish, Portuguese, Italian, Nordic,
// South Slavic; Russian in Cyrillic), folded: there a given name is what says a capitalised pair is a person's name
// (see classify's namesAPerson). Names that are ordinary words or places there ("Roman", Russian « роман », a novel;
// "Montserrat", "Lourdes") are left out.
import { words } from './set';

/** Common given names of the languages read names only, that GIVEN_NAMES lacks. */
export const FOREIGN_GIVEN_NAMES = words(`
adriano agnese aleksandar aleksandra alessandra alfio alfonso alicja alina aneta annegret annette antoni araceli
artur aurelio bartosz beata beate begona benedetta benedito bernhard birgitta bogdan bozena branko caio carmelo
catalina cezary conceicao cornelia dagny daniil dariusz davide dawid deniz dietmar domenico dorota dorothea
dragan edoardo edson eduarda edyta eirik elfriede elisa elisabetta elzbieta emanuel emiliana enrico erlend erwin
ettore eugenio ewa ewald fabiana fabrizio faouzi fermin flavia flavio freddy frieder gabriele geraldo gerardo
gerlinde gianfranco gianni gilberto gino giovana girolamo gottfried gregorio grzegorz gunnar hakon halina halvor
hanna hannes heiko helge heloisa henryk horacio hubertus humberto ilaria ingeborg ingvild isidro ivica iwona
izabela izkia jacek jacinto jadwiga jaime jair jakub janina janusz jaroslaw jeanine jerzy joachim joana joaquim
jochen jolanta josefa jostein jozef justine justyna kacper kais kamil karolina kazimierz kinga kjell kristian
krystyna leandro leszek lothar luciana luciano lukasz maciej magdalena marcell marcello marcio marit mariusz
marlies mateusz mathias maximilian maximo mechthild meike michal michela mikolaj milos mirjana miroslaw monika
nenad nicoletta noelia oddvar olafur ornella otavio ottmar paloma pawel pierluigi piero przemyslaw radoslaw
raffaele ragnhild raimundo ramiro reginaldo reinhold rodolfo rogelio rosana rosaria roswitha rudiger ryszard
sabrina sebastiao severino siegfried sigrid slawomir slobodan solveig stanislaw stefania steffen susana susanne
sylwia szymon tadeusz tania terje tilman tiril tiziana torbjorn uliana ulises umberto urszula valdir valerio
vanda vegard vesna vincenzo waldemar waltraud weronika wiebke wieslaw wiktoria winfried witold yasir yitzhak
yolanda zeljko zlatko zofia zoran zuzanna
александр алексеи алла анастасия андреи анна артем бастиан борис вадим валентина валерии виктор виктория
владимир владислав галина григории дарья денис дмитрии евгении евгения екатерина елена елизавета иван игорь илья
ирина катерина кирилл константин кристина ксения лариса леонид лукаш людмила максим марина мария михаил наталья
николаи нина оксана олег ольга павел петр полина светлана сергеи софия станислав татьяна эмма юлия юрии ярослав`);
