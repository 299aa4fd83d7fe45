// More given names, folded, by the families of names French and English news writes about: those born in France
// from the 1930s to today (Breton ones included), the names of families from North and West Africa, Turkey and
// Iran, from Portugal, from Central and Eastern Europe and the Baltics, from the Nordic countries and the Low
// Countries, English, Welsh and Irish names, and South Asian ones. A known given name before a surname is what types a person
// mentioned without a title or a role. Names that are also ordinary words or places in English or French ("Amber",
// "Chelsea", "Lincoln", "Madison", "Ville", "Said", "Emir") are left out.
import { words } from './set';

/** French given names. */
const FRENCH = words(`
achille adele adeline adolphe adrienne agathe alban albane albertine aline alix alphonse amedee anaelle anatole
andree angele angelique annabelle annick anselme antoinette antonin apolline ariane aristide arlette armand armel armelle
arsene auguste augustin axelle aymeric basile baudouin benedicte berangere berenice bernadette berthe blaise
blandine briac brice brieuc capucine carine celia charline christelle clarisse claudette claudine clemence clotilde
clovis colette coline constantin coralie corinne cyprien cyrielle cyril cyrille dorian doriane edmond eleonore
eliane elie eloi elsa emeline emeric emile emilie enora erwan estelle eugenie fanny faustine ferdinand firmin flavie
florent francine frederique gabin gabrielle gaspard gaston gauthier gautier genevieve geoffroy georgette germain
germaine gervais ghislain gilberte gildas ginette gisele goulven gregoire gwenaelle gwendal gwendoline gwenola
heloise henriette hortense hugues huguette ilan isidore jacky janine jeannette jeannine jeremie jocelyne joelle
josette karine katell klervi laetitia laurine lazare leandre leopold liliane lilou lison lola louna lucette lucien
lucienne lucille ludivine lydie madeleine maelle maelys maiwenn malo marceline marcelle marguerite marthe martine
maryse matheo maud maureen mauricette maxence maximilien melodie micheline mickael mikael mila mireille muriel
murielle mylene nadege nael nestor noe noelle nolwenn odette odile odilon ophelie oriane pacome patrice paule
paulette perrine philibert pierrick raoul raphaelle raymonde regine renaud reynald rodolphe rodrigue rolande romuald
romy ronan rosalie roseline rozenn rudy salome severine soazig soizic stanislas sylvestre sylviane tanguy teddy
theophile therese thibaud thibaut timeo timothee tiphaine tugdual valery vianney victorien viviane vivien yoann
yolande youenn yvan yvette yvon zacharie`);

/** Given names of families from North and West Africa, Turkey and Iran. */
const AFRICA_AND_MIDDLE_EAST = words(`
abdelali abdelaziz abdelhak abdelkader abdelkrim abdellah abdelmajid abderrahmane abdeslam abdoulaye abena aboubacar
adaeze adama adebayo adil adjoa aicha aissa aissatou akim akosua akua alassane amel asma assa assetou
assia awa aya ayodele ayoub ayse aziz babacar babajide bakary baris bilal binta bintou boubacar bouchra brahim burak
busra cem cengiz chafik chaima chiamaka chinonso chioma chukwuemeka coumba daouda davood demba derya djamel djamila
djibril driss ebru elif emine emre ercan erdal erkan esra fadila farah farida farzaneh fatiha fatim fatma fatoumata
fode folake fouad funmilayo ghizlane gokhan gulsen habib habiba hafsa hajar hakan hakima halima hamza hanane hasan
hatice hawa hichem hocine hossein houria huseyin ibrahima idir idrissa ifeanyi ifeoma ikram ilyas ilyes imane ismail
issa issam jamel jamila jihane kader kadiatou kadidiatou kamal kamel karima kehinde kemal kenza kerem khadija khalil
kojo kwabena kwasi lakhdar lamia lamine larbi latifa levent leyla lotfi loubna mahsa malek malik malika mamadi
mamoudou mariam mariama maryam melike meriem merve meryem mesut metin modibo mohand mohsen mokhtar mounia mounir
mourad murat mustapha myriam nabila nacer nadjib nafissatou naima najib narges naser nasrin nasser nassim nawel
ndeye nihat njeri nnamdi nora nordine noureddine obinna olumide oluwaseun omer onur orhan osman oumar oumarou oumou
ozan ozlem parisa rabah ramatoulaye redouane reza riad rokia ryad sadio saida salah salif salim samira samy sekou
selim selin serdar serkan seydou shirin sidiki siham sihem sinan slimane smail songul soraya souad souleymane
soumaya taiwo tarek tatenda temitope tendai tidiane tolga tolulope tuncay uchenna ugur uhuru volkan wafa walid
wangari wanjiru wassim yacine yacouba yamina yasin yassin yasmina yetunde youcef younes youssef youssouf zafer zaha zakaria
zeynep zineb zohra zoubir`);

/** Portuguese, Central and Eastern European, Baltic, Nordic and Dutch given names. */
const EUROPE = words(`
adnan afonso agneta aino aleksi algirdas amra anatoly andreia andris andriy anneli annemarie anouk antti arkady
artem arturs bohdan bojan bram camilla catarina danuta daria darko diogo dragana dusan ebba edin eero egle
eskil ewelina femke filipa filipe fredrik frida fyodor galina gennady gintaras goncalo goran graca grazyna grigory
gunhild gunilla halvard hana hanne haris heikki helder henrik hilde ilze inese irena iryna ivana ivo jakob janis
jari jasna jelena jesper jiri joakim joost juha jurgis kaja kamila kari kateryna katja kestutis kimmo kirill
kjersti klaudia knut koen ksenia larisa leif lenka lidia liliana linnea liv lotte lubomir ludmila lurdes lyudmila
mads maja marianna marieke marija marko martyna matti mette mikkel mikko milica mindaugas miroslav mojca mykola
nataliya nebojsa nika nikolay nuno oksana oleksiy olof ondrej paivi patrycja paulina pavel pavol pernille pertti
petr petro petter pieter polina pyotr radek ragnar rasa rasmus rui ruslan sanna sanne serhiy sjoerd slavica snezana
soren spela stanislav stig taras tatyana tereza timur tove trine tuula ulrika vaclav vasyl vitaly vitor vytautas
wilma wouter zdenek zlatan zuzana`);

/** English, Welsh and Irish given names. */
const BRITISH_AND_IRISH = words(`
aaliyah abby agatha aiden alana alistair alyssa amberly angharad aoibhinn barnaby beatrix bethan brianna bridget
caitlin carys cerys cian ciara clodagh colleen conor courtney crispin dafydd darcy deirdre diarmuid donal dorcas
eileen elliot elliott emyr eoin euan eunice evie felicia ffion fionnuala freya gabriella georgina gethin gideon
giles grainne gwen gwendolyn gwyneth hayley hilary imogen jemima jenna josiah juliana kaitlyn kendra kiara lara
latisha layla leah lillian lilly madeline mandy matilda mikayla millicent naoise nia noreen oisin orla
padraig paige phillip priscilla rachael rhian rhys roisin rosamund ruairi rupert saoirse scarlett shaniqua shaun
sian sinead stacy struan tahlia tamika terence tilly toby tonya tracey tristram zac`);

/** South Asian given names (Pakistani, Indian, Bangladeshi), as English news writes them. */
const SOUTH_ASIAN = words(`
aamir aditi ajay akbar akram akshay amjad ananya anwar arif ashok asif ayesha divya fahad faisal farhan fawad geeta
gopal harish irfan javed junaid kamran kiran lakshmi manoj meenakshi mohsin mukesh nadeem nasir naveed naveen nirmala
nitin prakash rakesh ramesh rashid rizwan rohit sachin saeed saira sajid salman shahid shahrukh shobha shoaib shreya
sohail srinivas sunita usman venkata vivek waqar wasim waseem zafar zahid zainab`);

/** Given names GIVEN_NAMES adds to its own list (see people.ts). */
export const MORE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...FRENCH,
  ...AFRICA_AND_MIDDLE_EAST,
  ...EUROPE,
  ...BRITISH_AND_IRISH,
  ...SOUTH_ASIAN,
]);
