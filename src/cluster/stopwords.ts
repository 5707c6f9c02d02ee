/**
 * Words that say nothing about which event a report tells: English function words, reporting
 * verbs and calendar words (calendar words are read as dates, not as topic terms). A word list,
 * kept apart from the code that uses it.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although always am
among amongst an and another any anyhow anyone anything anyway anywhere are around as at back be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by can
cannot could did do does doing done down during each either else elsewhere enough etc even ever every everyone
everything everywhere except few for former formerly from further had has have having he hence her here hereafter
hereby herein hers herself him himself his how however i if in indeed into is it its itself just last latter
latterly least less many may me meanwhile might mine more moreover most mostly much must my myself namely neither
never nevertheless next no nobody none noone nor not nothing now nowhere of off often on once one only onto or
other others otherwise our ours ourselves out over own per perhaps please put rather re same see seem seemed
seeming seems several she should since so some somehow someone something sometime sometimes somewhere still such
than that the their theirs them themselves then thence there thereafter thereby therefore therein thereupon these
they this those though through throughout thru thus to together too toward towards under until up upon us very via
was we well were what whatever when whence whenever where whereafter whereas whereby wherein whereupon wherever
whether which while whither who whoever whole whom whose why will with within without would yet you your yours
yourself yourselves s t don didn doesn isn wasn weren won wouldn couldn shouldn ll ve d m
said says say saying told tell tells according reported reports report reportedly added adding news
new also including include includes like get got go goes going went make made makes take took taken
mr mrs ms dr
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight week weeks
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
year years month months day days time times`.split(/\s+/),
);

/** Words written with a capital letter that are still not names (titles, sentence openers). */
export const CAPITALISED_NON_NAMES: ReadonlySet<string> = new Set(
  `the a an in on at for to of and but or if as by with from after before when while this that these those
it its he she they we i you his her their our my your there here what who which where why how
mr mrs ms dr president minister prime chief police officials official update breaking photo video
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december
sheriff governor gov mayor judge justice coach general manager secretary senator sen rep representative
congressman congresswoman chairman chairwoman chair director spokesman spokeswoman spokesperson captain
officer sergeant detective inspector commissioner king queen prince princess pope bishop reverend rev
professor prof sir lord lady dame minister ambassador envoy chancellor premier councillor councilman
updated posted published copyright photo image reuters ap afp`.split(/\s+/),
);
