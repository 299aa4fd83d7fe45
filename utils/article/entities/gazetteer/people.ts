// Given names common in French and English news (and the international names they quote), folded. A given name
// opening a two- or three-word name is the strongest sign of a person, and starts a new name when glued to a
// word before it ("Ukraine Kurt Volker").

import { letterShape } from '@/utils/shared/letter-shape';
import { FOREIGN_GIVEN_NAMES } from './foreign-given-names';
import { MORE_GIVEN_NAMES } from './more-given-names';
import { words } from './set';

/** Common given names. Names that are also ordinary capitalised words ("May", "Will", "Grace") are left out. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...words(`
aaron abdel abdul abdullah abraham adam adel adolf adrian adriana adrien agnes ahmad ahmed aidan aisha alain
alan alastair albert alberto aldo alejandra alejandro aleksandr alessandro alex alexander alexandra alexandre alexandria
alexei alexey alfred alfredo ali alice alicia alison amanda amandine amelia amelie amy ana anais anastasia anders andre andrea
andreas andrei andres andrew andrey andy angela angelina angelo anita ann anna anne annie anthony antoine
anton antonia antonio arielle arnaud arnold arthur ashley audrey augusto aurelie axel ayman baptiste barack barbara barry bart bastien
beatrice ben benedict benjamin benoit bernard bernie bertrand beth betty beverly bill billy bjorn bob bobby
boris brad bradley brandon brenda brendan brian brigitte bruce bruno bryan camila camille carl carla carlo carlos
carmen carol caroline carolyn carrie casey catherine cecile cecilia cedric celine cesar chantal charles charlie
charlotte chen cheryl chi chloe chris christian christiane christina christine christophe christopher chuck
cindy claire clara claude claudia claudio clement colin connor corentin craig cristiano cynthia damien dan dana
daniel daniela daniele danielle danny daphne dario darren dave david dean deborah debra delphine denis denise dennis
derek diana diane didier diego dimitri dmitri dmitry dominic dominik donald donna doris dorothy doug douglas
dylan eddie edgar edouard eduardo edward edwin elena eleanor eli elias elisabeth elise eliza elizabeth ella
ellen elodie eloise elon emilio emily emma emmanuel emmanuelle emmerson enrique eric erica erik erin ernest ernesto ernst esteban esther
ethan etienne eugene eugenia eva evan evelyne fabien fabienne fabiola fabrice farid fatima federico felipe felix fernand fernanda
fernando fidel filip fiona florence florian francesca francesco francis francisca francisco franck francois
francoise frank franz fred frederic frederick gabriel gabriela gael gaelle gaetan gaetano gareth gary geoffrey georg george
georges gerald gerard gerhard giacomo gilbert gilles gina giorgio giovanna giovanni giuseppe glenn gordon graham greg gregory
guido guillaume guillermo gustav gustave gustavo guy hakim hamid han hank hannah hans harold harriet harry hassan hector heidi
heinz helen helena helene helmut henri henrique henry herbert hillary hiroshi hori howard hugh hugo hussein ian ibrahim
igor ilhan ines ingrid irene isaac isabel isabella isabelle ivan jack jackie jacob jacqueline jacques jake
james jamie jan jane janet janice jason javier jean jeanne jeff jeffrey jennifer jenny jens jeremy jerome
jerry jesse jessica jill jim jimena jimmy jo joan joanna joao joaquin jocelyn joe joel johan johann johannes john
johnny jon jonathan jordi jorge jose josef josefina joseph josh joshua josiane juan judith julia julian julie julien juliette
julio justin kamala karen karim karin karl kate katherine kathleen kathryn katie kay keith kelly ken kenneth
kevin khaled killian kim kimberly kirk klaus kristen kurt kyle lance larry laura laure laurence laurent lea lee leila
lena leo leon leonard leonardo leticia lionel lisa liu lorena lorenzo louis louise luc luca lucas lucie lucy luis luisa luke
lydia lynn mael magali mahmoud malcolm malick manuel marc marcel marcela marcelo marco marcos margaret margot maria marianne
marie marina mario marion marisa marissa mark marsha martin martina mary matheus mathew mathieu mathis matias matt matteo matthew
matthias matthieu maurice mauricio max maxime megan melanie melissa michael michel michele michelle miguel mike mikhail milan
miles mitch mohamed mohammad mohammed monica monique morgan morgane moritz muhammad myles nabil nadia nancy naomi natalie
natasha nathalie nathan neil nicholas nick nicola nicolas nicole niels nigel nikita nikolai nina noah noel noemie
norbert oceane octavio olaf oleg olga olivia olivier omar oscar pablo pamela paola paolo pascal pascale pat patricia patricio patrick paul
paula paulo pedro peggy penelope peter philip philippe phil pierre pietro priya rachel rafael raphael raquel raul
ray rayan raymond rebecca regis remi renata renato rene renee ricardo richard rick rita rob robert roberta roberto robin rocio rodrigo roger rogerio
roland romain ronald rosa ross ruth ryan sabine sacha sally salma sam samantha samia samuel sandra sara sarah sean
sebastian sebastien serge sergei sergey sergio sharon sheila shirley silvia silvio simon simone sofia sofiane solene sonia sophie
stefan stefano stella stephane stephanie stephen steve steven susan suzanne sven sylvain sylvie tamara tanya
ted teresa theo theodore theresa thierry thomas tim timothy tina tobias todd tom tomas tommaso tommy toni tony tracy tristan
ursula valentin valerie vanessa vasily vera veronica veronique victor victoria vincent virginie vladimir walter wang
wayne wendy werner william willy wolfgang xavier ximena yanis yann yannick yasmine yohan yves yvonne zach zachary zhang
andrzej anja anke annika antje armin bernd bettina birgit britta carsten christa christoph dagmar detlef dieter
dirk ekkehard elke erika frauke friedrich gerd gisela gudrun gunter gunther hannelore hartmut heike hendrik
hermann holger horst ilse ingo inge jorg jurgen jutta kai karsten katharina katrin kerstin konrad lars
lukas manfred marlene markus michaela mirko nadine nils otto petra rainer ralf reinhard renate rudolf silke
tanja thorsten torsten ulf ulrich ulrike ute uwe volker wilhelm alessia alessio antonella chiara
emanuele fabio filippo gianluca giulia giulio lorenza luigi massimo mattia nicolo riccardo
salvatore simona valentina vittorio alba alvaro beatriz cristina gonzalo ignacio lucia mariano marta mercedes
nuria pilar ramon santiago sergi vicente luiz mateus rafaela thiago vinicius agnieszka
katarzyna krzysztof malgorzata marek piotr tomasz wojciech zbigniew olena oleksandr tetiana yulia volodymyr
svetlana tatiana yevgeny yuri aleksei natalia irina ekaterina hiroko kenji akira kwame kofi amina
rahul sanjay amit raj mehmet mustafa recep ahmet yusuf abigail amir arjun dominique evelyn gloria heather judy
kathy lauren lawrence linda martha ralph scott terry zoe ghislaine letitia avi funke ravi sunil anil deepak vijay
rajesh suresh narendra arvind khalid tariq fatou amadou moussa takeshi yuki astrid magnus pekka jukka federica
tiago mariana tyler logan willie elijah randy roy oliver freddie alfie archie finn liam owen nate nathaniel
nolan loren stuart trevor clarence melvin lloyd floyd marvin shane duane calvin ricky mickey sonny lenny joyce
marilyn brittany kayla alexis lori maggie molly ellie mia ava rosie paddy seamus declan niamh siobhan aoife ciaran
eamon fergus hamish callum moira morag kirsty sophia
ousmane kylian mathilde margrethe sundar satya jensen segolene manon enzo jules thibault quentin aurelien ludovic
loic herve sandrine rachida najat mehdi yassine amine rachid samir aminata mamadou abdou kemi imran annalena
giorgia keir rishi demis
debbie mikel hakeem tameka patty maarten liz bukayo fabian jurrien brett allison travis kirsten gillian ron
bianca julianne tess jamal darnell deshawn tyrone latoya shanice keisha lakisha imani chidi tunde chinedu emeka
ngozi vikram rohan aditya neha pooja anjali kavita
jaylen jalen jayson jaden jayden kristaps derrick deandre demar devin darius dwyane lebron kyrie klay giannis luka
nikola trae zion kawhi damian tyrese shai cade scottie lamelo anfernee desmond jrue khris micah saquon tua dak caleb
bijan tyreek ceedee davante deebo jamarr kellen raheem unai trent virgil moises erling ruben marcus kobbie ollie jarrod
cameron lewis radhika inger`),
  ...FOREIGN_GIVEN_NAMES,
  ...MORE_GIVEN_NAMES,
]);

/**
 * Given names that are also ordinary words ("Marine" as in « Marine nationale », "Rose", "Grace"): kept out of
 * GIVEN_NAMES, they say person only where a surname particle and a surname follow ("Marine Le Pen").
 */
export const PARTICLE_GIVEN_NAMES = words(`
marine rose grace may will june april victoire constance prudence faith hope joy iris jade olive violet
dawn summer august`);

/**
 * Very common Chinese, Korean and Vietnamese surnames, which these languages write first ("Wang Yi", "Choi
 * Soon-sil", "Nguyen Van Thieu"), folded. Those that are also English or French words are left out ("Park",
 * "Sun", "Song", "Moon", "Ma", "He", "Ho", "Le": "Park Avenue", a sentence opening "He").
 */
export const EAST_ASIAN_SURNAMES = words(`
wang li zhang liu chen yang huang zhao wu zhou xu zhu hu guo lin gao luo zheng liang xie tang xiao deng feng
han cao zeng peng cai yuan jiang dong yu su wei qian tian xi zhong jin bai wen qin yan shen
kim lee choi jung kang cho yoon jang lim shin kwon hwang ahn jeon seo yoo
nguyen tran pham hoang huynh phan vu vo dang bui ngo duong dinh`);

/**
 * Surnames written before a hyphenated given name ("Kim Jong-un", "Park Geun-hye", "Moon Jae-in", "Sun Yat-sen",
 * "Chiang Kai-shek"): in that shape even those that are English words name a person.
 */
export const HYPHENATED_GIVEN_SURNAMES: ReadonlySet<string> = new Set([
  ...EAST_ASIAN_SURNAMES,
  ...words('park moon song oh sun ho chiang mao'),
]);

/** A romanised given name of two syllables joined by a hyphen: "Jong-un", "Geun-hye", "Jae-in". */
export const isTwoSyllableGivenName = (word: string): boolean =>
  /^Ul{0,4}[-‐‑]l{1,4}$/.test(letterShape(word));
