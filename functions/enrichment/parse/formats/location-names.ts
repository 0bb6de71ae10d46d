/**
 * Place names → ISO 3166-1 alpha-2: countries (English and local spellings), states and provinces
 * that locations name instead of a country ("Frankston, Victoria", "Pune, Maharashtra"), and the
 * capitals and larger job-market cities of each country. Keys are lower case without diacritics
 * (see `foldPlace`): "Kraków" and "Krakow" are both "krakow". Packed as "CC name|name;" to keep the
 * bundle small. Left out on purpose: cities whose name is a common word or is shared by two job
 * markets ("Reading", "Split", "Newcastle", "Hamilton", "Kingston", "Córdoba", "Panama City").
 */

/** Lower case, diacritics and ligatures folded to ASCII: "Łódź" → "lodz", "São Paulo" → "sao paulo". */
export function foldPlace(text: string): string {
  const lower = text.toLowerCase();
  // Most place names are ASCII already: the decomposition is only paid for the others.
  if (!/[^\x20-\x7e]/.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łđøæœßı’]/g, (c) => FOLD[c] ?? c);
}

const FOLD: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  '’': "'",
};

function table(packed: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of packed.split(';')) {
    const code = entry.slice(0, 2);
    for (const name of entry.slice(3).split('|')) map.set(name, code);
  }
  return map;
}

/** Country names as sources spell them, in English and in the country's own language. */
export const COUNTRY_NAMES = table(
  'US united states|united states of america|usa|us|u.s.|u.s.a.|america;' +
    'GB united kingdom|uk|u.k.|great britain|britain|england|scotland|wales|northern ireland;' +
    'CA canada;AU australia;NZ new zealand|aotearoa;IE ireland|eire|republic of ireland;' +
    'DE germany|deutschland;FR france;NL netherlands|the netherlands|nederland|holland;' +
    'BE belgium|belgie|belgique;LU luxembourg;ES spain|espana;IT italy|italia;PT portugal;' +
    'CH switzerland|schweiz|suisse|svizzera;AT austria|osterreich;SE sweden|sverige;NO norway|norge;' +
    'DK denmark|danmark;FI finland|suomi;IS iceland;PL poland|polska;CZ czech republic|czechia|cesko;' +
    'SK slovakia;HU hungary|magyarorszag;RO romania;BG bulgaria;GR greece;HR croatia|hrvatska;' +
    'RS serbia;SI slovenia;UA ukraine;LT lithuania;LV latvia;EE estonia;TR turkey|turkiye;' +
    'CY cyprus;MT malta;IL israel;AE united arab emirates|uae|u.a.e.;SA saudi arabia|ksa;QA qatar;' +
    'KW kuwait;BH bahrain;OM oman;JO jordan;LB lebanon;EG egypt;MA morocco;TN tunisia;NG nigeria;' +
    'KE kenya;GH ghana;ZA south africa|rsa;ET ethiopia;RW rwanda;UG uganda;TZ tanzania;' +
    'IN india|bharat;PK pakistan;BD bangladesh;LK sri lanka;NP nepal;SG singapore;MY malaysia;' +
    'ID indonesia;PH philippines;TH thailand;VN vietnam|viet nam;HK hong kong;TW taiwan;CN china;' +
    'JP japan;KR south korea|korea|republic of korea;MX mexico;BR brazil|brasil;AR argentina;' +
    'CL chile;CO colombia;PE peru;UY uruguay;EC ecuador;VE venezuela;CR costa rica;' +
    'GT guatemala;DO dominican republic;PR puerto rico',
);

/**
 * States, provinces and territories named in place of a country. "Georgia" and "Punjab" go to the
 * US and India, where job postings name them; "Victoria" alone is the Australian state (the city
 * in British Columbia comes with ", BC").
 */
export const REGION_NAMES = table(
  'US alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|district of columbia|' +
    'd.c.|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|' +
    'maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|' +
    'new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|' +
    'pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|' +
    'washington|west virginia|wisconsin|wyoming;' +
    'CA alberta|british columbia|manitoba|new brunswick|newfoundland and labrador|newfoundland|' +
    'nova scotia|northwest territories|nunavut|ontario|prince edward island|quebec|saskatchewan|yukon;' +
    'AU new south wales|victoria|queensland|western australia|south australia|tasmania|' +
    'northern territory|australian capital territory;' +
    'IN maharashtra|karnataka|tamil nadu|telangana|andhra pradesh|kerala|gujarat|uttar pradesh|' +
    'west bengal|haryana|rajasthan|punjab|madhya pradesh|odisha|goa|bihar|delhi ncr;' +
    'ZA gauteng|western cape|kwazulu-natal|kwazulu natal|eastern cape;' +
    'DE bavaria|bayern|baden-wurttemberg|hesse|hessen|north rhine-westphalia|nordrhein-westfalen;' +
    'ES catalonia|catalunya|cataluna|comunidad de madrid;GB greater london|greater manchester',
);

/** Capitals and the larger job-market cities, under their English and local names. */
export const CITY_NAMES = table(
  'GB london|city of london|manchester|birmingham|edinburgh|glasgow|leeds|bristol|liverpool|' +
    'sheffield|nottingham|leicester|cardiff|belfast|aberdeen|milton keynes|oxford|cambridge|' +
    'southampton|brighton|coventry|newcastle upon tyne|swansea|bradford|norwich|guildford|swindon|' +
    'croydon|warrington|dundee|plymouth|portsmouth|exeter;' +
    'IE dublin|cork|galway|limerick;' +
    'US new york|new york city|nyc|manhattan|brooklyn|san francisco|seattle|chicago|boston|austin|' +
    'los angeles|atlanta|denver|dallas|washington dc|houston|phoenix|philadelphia|san diego|' +
    'san jose|miami|minneapolis|detroit|pittsburgh|charlotte|raleigh|nashville|salt lake city|' +
    'portland|baltimore|st. louis|st louis|saint louis|kansas city|indianapolis|cincinnati|' +
    'cleveland|tampa|orlando|sacramento|las vegas|san antonio|fort worth|jacksonville|milwaukee|' +
    'oklahoma city|palo alto|mountain view|sunnyvale|menlo park|redmond|irvine|plano|boise;' +
    'CA toronto|vancouver|montreal|calgary|ottawa|edmonton|winnipeg|quebec city|mississauga|' +
    'waterloo|kitchener|saskatoon|markham|brampton|burnaby|gatineau;' +
    'AU sydney|melbourne|brisbane|perth|adelaide|canberra|hobart|darwin|gold coast|parramatta|' +
    'geelong|wollongong|townsville|north sydney;' +
    'NZ auckland|wellington|christchurch;' +
    'DE berlin|munich|munchen|muenchen|hamburg|frankfurt|frankfurt am main|cologne|koln|koeln|' +
    'dusseldorf|duesseldorf|stuttgart|leipzig|dresden|nuremberg|nurnberg|nuernberg|hannover|' +
    'bremen|essen|dortmund|bonn|karlsruhe|mannheim|heidelberg|wiesbaden|mainz;' +
    'FR paris|lyon|marseille|toulouse|lille|bordeaux|nantes|nice|strasbourg|montpellier|rennes|' +
    'grenoble|sophia antipolis|la defense;' +
    "NL amsterdam|rotterdam|the hague|den haag|'s-gravenhage|utrecht|eindhoven|groningen|leiden|" +
    'delft|haarlem|amstelveen|hoofddorp|schiphol|arnhem|nijmegen|tilburg|breda|almere;' +
    'BE brussels|bruxelles|brussel|antwerp|antwerpen|anvers|ghent|gent|gand|leuven|louvain|liege|' +
    'luik|mechelen|charleroi;' +
    'ES madrid|barcelona|valencia|seville|sevilla|malaga|bilbao|zaragoza|alicante|palma|murcia|' +
    'valladolid;' +
    'PT lisbon|lisboa|porto|oporto|braga|coimbra|aveiro;' +
    'IT rome|roma|milan|milano|turin|torino|naples|napoli|florence|firenze|bologna|genoa|genova|' +
    'venice|venezia|verona|padua|padova|bari|palermo|trieste;' +
    'CH zurich|zuerich|geneva|geneve|genf|ginevra|basel|bale|bern|berne|lausanne|lugano|zug|winterthur;' +
    'AT vienna|wien|graz|linz|salzburg|innsbruck;' +
    'SE stockholm|gothenburg|goteborg|malmo|uppsala|linkoping;NO oslo|bergen|trondheim|stavanger;' +
    'DK copenhagen|kobenhavn|aarhus|arhus|odense|aalborg;FI helsinki|espoo|tampere|oulu|turku|vantaa;' +
    'IS reykjavik;' +
    'PL warsaw|warszawa|krakow|cracow|wroclaw|gdansk|gdynia|poznan|lodz|katowice|lublin|szczecin|' +
    'bialystok;' +
    'CZ prague|praha|brno|ostrava;SK bratislava|kosice;HU budapest|debrecen;' +
    'RO bucharest|bucuresti|cluj-napoca|cluj|iasi|timisoara|brasov;BG sofia|plovdiv|varna;' +
    'GR athens|athina|thessaloniki;HR zagreb;RS belgrade|beograd|novi sad;SI ljubljana;' +
    'UA kyiv|kiev|lviv|kharkiv|odesa|odessa|dnipro;BY minsk;LT vilnius|kaunas;LV riga;EE tallinn|tartu;' +
    'TR istanbul|ankara|izmir;RU moscow|moskva;CY nicosia|limassol;MT valletta;' +
    'IL tel aviv|tel aviv-yafo|jerusalem|haifa|herzliya|petah tikva;' +
    'AE dubai|abu dhabi|sharjah;SA riyadh|jeddah|dammam;QA doha;KW kuwait city;BH manama;OM muscat;' +
    'JO amman;LB beirut;EG cairo|giza;MA casablanca|rabat|marrakech;TN tunis;NG lagos|abuja;' +
    'KE nairobi|mombasa;GH accra;ET addis ababa;RW kigali;UG kampala;TZ dar es salaam;' +
    'ZA johannesburg|joburg|cape town|durban|pretoria|sandton|port elizabeth|gqeberha|centurion|' +
    'stellenbosch|midrand;' +
    'IN bangalore|bengaluru|mumbai|bombay|delhi|new delhi|gurgaon|gurugram|noida|hyderabad|chennai|' +
    'kolkata|calcutta|pune|ahmedabad|kochi|cochin|jaipur|chandigarh|coimbatore|thiruvananthapuram|' +
    'trivandrum|indore|bhubaneswar|nagpur|mysore|mysuru|vadodara|lucknow|navi mumbai|thane|' +
    'visakhapatnam|mohali;' +
    'PK karachi|lahore|islamabad;BD dhaka;LK colombo;NP kathmandu;' +
    'MY kuala lumpur|penang|petaling jaya|cyberjaya|johor bahru;ID jakarta|bandung|surabaya;' +
    'PH manila|metro manila|makati|taguig|cebu|cebu city|quezon city|pasig;TH bangkok|chiang mai;' +
    'VN ho chi minh city|hanoi|ha noi|da nang|saigon;TW taipei|hsinchu|taichung;' +
    'CN beijing|shanghai|shenzhen|guangzhou|hangzhou|chengdu|nanjing|wuhan|suzhou;' +
    'JP tokyo|osaka|kyoto|yokohama|fukuoka|nagoya;KR seoul|busan|pangyo|seongnam;' +
    'MX mexico city|ciudad de mexico|cdmx|guadalajara|monterrey|queretaro|tijuana|puebla;' +
    'BR sao paulo|rio de janeiro|belo horizonte|brasilia|curitiba|porto alegre|recife|' +
    'florianopolis|campinas|fortaleza;' +
    'AR buenos aires|rosario|mendoza;CL santiago|santiago de chile|valparaiso;' +
    'CO bogota|medellin|barranquilla;PE lima;UY montevideo;EC quito|guayaquil;VE caracas;' +
    'GT guatemala city;DO santo domingo',
);
