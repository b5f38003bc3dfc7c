"""The words and patterns the entity step matches: titles, org and place heads, agencies, acronyms."""
import re

PERSON, ORG, LOC = "PERSON", "ORG", "LOC"
# Titles only people carry ("Mr. Trump"), written without their dots.
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr"}
# Capitalised words before a name that are titles, not first names ("President Xi").
TITLE_LIKE = {"president", "mr", "mrs", "ms", "dr", "minister", "premier", "prime", "senator", "sen",
              "gov", "governor", "mayor", "judge", "justice", "king", "queen", "prince", "princess",
              "pope", "chief", "general", "gen", "sir", "lord", "lady", "rev", "professor", "prof",
              "coach", "ceo", "cfo", "coo", "cto", "chairman", "secretary", "ambassador", "councillor", "mp", "mla",
              "mpp", "captain", "capt", "sgt", "const", "det", "officer", "director", "leader",
              "spokesperson", "spokesman", "spokeswoman", "commissioner", "deputy", "vice",
              "chancellor", "rep", "representative", "congressman", "congresswoman", "sheikh",
              "sultan", "emperor", "president-elect", "nonpartisan", "former", "late", "dame",
              "lt", "col", "adm", "insp", "supt", "cst", "hon", "uncle", "aunt", "saint", "st"}
# Capitalised words NER sometimes puts in front of a person's name that are not part of it.
LEADING_DESCRIPTORS = {"nonpartisan", "independent", "veteran", "former", "incumbent", "newcomer",
                       "localist", "conservative",
                       "liberal", "democrat", "republican", "socialist", "centrist"}
# A legislator's party letter and district or state: 'D-Newport News', 'R-Texas', 'I-Vt.'.
PARTY_AND_DISTRICT = re.compile(r"[DRI]-[A-Z]")
CAMP_WORD = re.compile(r"(?:Pro|Anti|Pan|Non)-[A-Za-z]+\b")  # 'Pro-Beijing', 'Pan-democrat'
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Punctuation a real name never spans: a span crossing one is split there.
SPLITTERS = {",", ";", ":", "(", ")", "[", "]", "\"", "“", "”", "—", "–", "|", "/", "?", "!", "‘"}
LEADING_JUNK = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                "these", "those", "'", "’", "‘", "\"", "“", "”", "-", "—", "–", "(", ")", "."}
POSSESSIVE = {"'s", "’s", "'", "’", "s"}
# Lowercase words allowed inside a proper name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = {"of", "and", "for", "on", "the", "de", "da", "das", "do", "dos", "du", "del", "della",
              "der", "den", "van", "von", "la", "le", "les", "al", "el", "bin", "ibn", "bint", "y",
              "in", "at", "&", "to", "upon", "-", "'", "’", "st.", "e", "di", "ter", "zu", "a"}
# All-caps abbreviations of places: everything else all-caps that NER calls a place is an org.
PLACE_ABBREVIATIONS = {"us", "usa", "uk", "uae", "ussr", "prc", "drc", "roc", "dprk", "gb", "nyc",
                       "la", "dc", "bc", "pei", "ns", "nb", "nl", "qc", "ab", "sk", "mb", "nwt", "yt",
                       "nu", "on", "ny", "nj", "ca", "tx", "fl", "sf", "hk", "kl"}
COUNTRY_ABBREVIATIONS = {"us", "usa", "uk", "uae", "ussr", "prc", "drc", "dprk", "roc"}
# All-caps words that are not organizations when NER leaves them untagged.
NOT_ORG_ACRONYMS = {"ceo", "cfo", "cto", "coo", "tv", "gdp", "am", "pm", "ok", "id", "dna", "rna",
                    "hiv", "aids", "covid", "sars", "pdf", "url", "usb", "gps", "it", "ai", "lgbt",
                    "lgbtq", "lgbtq2", "faq", "diy", "vip", "mvp", "atm", "suv", "cd", "dvd", "mp",
                    "mpp", "mla", "mna", "pr", "hr", "uv", "ad", "bc", "et", "pt", "est", "edt",
                    "pst", "pdt", "mdt", "mst", "cst", "cdt", "utc", "gmt", "icu", "er", "iq", "ipo",
                    "rip", "ps", "pc", "i", "a", "q", "usd", "cad", "eur", "gbp", "rmb", "km", "mph",
                    "ii", "iii", "iv", "vi", "jr", "sr", "ceos", "mps", "tvs", "ufo", "vs", "rsvp",
                    "asap", "fyi", "lol", "omg", "hiv/aids", "ptsd", "adhd", "ct", "mri", "ebola",
                    "cbd", "thc", "lng", "ev", "evs", "ngo", "ngos", "un-", "phd", "md", "bs", "ba",
                    "ma", "mba", "no", "yes", "the", "and", "of", "in", "at", "sos"}
# Wire services and broadcasters NER often mistakes for people or places.
NEWS_AGENCIES = {"xinhua", "reuters", "afp", "ap", "tass", "interfax", "yonhap", "kyodo", "bernama",
                 "cctv", "cgtn", "bbc", "cnn", "cbc", "ctv", "abc", "nbc", "cbs", "pbs", "npr",
                 "ria novosti", "itar-tass", "al jazeera", "bloomberg", "sputnik", "kcna", "anadolu",
                 "wikinews", "associated press", "canadian press", "agence france-presse", "ani",
                 "pti", "dpa", "ansa", "efe", "global news", "fox news", "sky news"}
# Last words that make a name an organization or a place whatever NER says ("Lakefront Brewery").
ORG_HEADS = {"school", "brewery", "images", "press", "inc", "corp", "corporation", "group", "company",
             "co", "ltd", "foundation", "institute", "association", "society", "council",
             "committee", "club", "bank", "party", "university", "college", "hospital", "museum",
             "gallery", "library", "church", "restaurant", "café", "cafe", "media", "news",
             "times", "post", "record", "records", "studios", "productions", "pictures",
             "entertainment", "energy", "motors", "airlines", "airways", "systems", "technologies",
             "labs", "pharmaceuticals", "capital", "partners", "holdings", "services", "network",
             "agency", "department", "ministry", "commission", "authority", "board", "union",
             "federation", "league", "academy", "centre", "center", "conference", "lrt", "llc", "plc", "gmbh", "trust", "fund", "alliance", "coalition", "army", "navy",
             "police", "court", "tribunal", "parliament", "senate", "assembly", "office", "magazine",
             "journal", "herald", "gazette", "tribune", "radio", "tv", "television", "star", "sun",
             "globe", "mail", "telegraph", "observer", "chronicle", "examiner", "inquirer", "courier",
             "sentinel", "international", "sport", "sports", "national", "movement", "team", "org"}
# Org words that are also surnames: after a first name they make a person ('Jim Press').
SURNAME_HEADS = {"press", "bank", "post", "star", "sun", "mail", "church", "record", "media", "news",
                 "globe", "times", "court", "union", "fund", "national", "board", "office", "trust",
                 "capital", "society", "energy", "chief"}
# Credit labels of captions: 'Ahmed Mohamed Image: Twitter' ends the name before 'Image'.
CREDIT_LABELS = {"image", "images", "photo", "photos", "photograph", "credit", "video", "source", "file"}
# Last words of events and undertakings, which are neither organizations nor people ("FIFA World
# Cup", "Google Science Fair", "Space Shuttle Program").
EVENT_HEADS = {"cup", "fair", "festival", "championship", "championships", "tournament", "invitational",
               "expo", "games", "olympics", "marathon", "awards", "prize", "summit", "program",
               "programme", "project", "study", "survey", "campaign", "war", "election", "elections"}
PLACE_HEADS = {"square", "street", "st", "road", "avenue", "ave", "boulevard", "station", "mall",
               "park", "bridge", "airport", "highway", "river", "lake", "mountain", "island",
               "county", "city", "province", "valley", "bay", "beach", "falls", "harbour", "harbor",
               "drive", "lane", "plaza", "arena", "stadium", "field", "base", "terminal", "port",
               "hotel", "towers", "tower", "planetarium", "hangar", "pier", "wharf"}
# Buildings called a centre by what happens in them ('Kennedy Space Center', 'Metro Toronto
# Convention Centre'); a centre of research or policy is an organization ('Pew Research Center').
FACILITY_CENTRE_KINDS = {"space", "science", "convention", "conference", "rocket", "art", "arts",
                         "shopping", "trade", "community", "aquatic", "sports", "civic", "events",
                         "exhibition", "visitor", "visitors", "detention", "transit", "distribution",
                         "recreation", "fitness", "performing", "congress", "expo", "flight"}
CENTRE = {"center", "centre"}
# Nouns that describe an organization beside its name ("the California tech giant Oracle",
# "Irish low cost airline, Ryanair,").
ORG_DESCRIPTIONS = {"giant", "firm", "brand", "maker", "retailer", "chain", "charity", "outlet",
                    "startup", "carrier", "insurer", "lender", "organization", "organisation", "outfit",
                    "operator", "developer", "publisher", "manufacturer", "provider", "producer",
                    "airline", "company", "group", "agency", "business", "band", "team", "newspaper",
                    "broadcaster", "network", "bank", "club", "union", "school", "college", "university",
                    "hospital", "museum", "party", "movement", "magazine", "website", "institute"}
# Heads of an institution named for two of its collections ('X Museum and Art Gallery').
COLLECTION_HEADS = {"museum", "gallery", "galleries", "library", "archives", "gardens", "garden"}
EXAMPLE_PREPOSITIONS = {"including", "as", "like"}  # 'companies including X', 'firms such as X'
# Occupations, offices and kin that, beside a name NER took for a place or an organization, make it
# a person ('fashion designer Halston', 'The Mexican president, Enrique Peña Nieto', 'Musk's
# brother, Kimbal'). Words that also name firms ('producer', 'publisher', 'developer', 'leader',
# 'owner') are organization descriptions or nothing.
PERSON_DESCRIPTIONS = {"actor", "actress", "singer", "songwriter", "musician", "rapper", "drummer",
                       "guitarist", "designer", "artist", "painter", "sculptor", "photographer", "poet",
                       "novelist", "author", "writer", "playwright", "comedian", "filmmaker", "director",
                       "dancer", "athlete", "golfer", "boxer", "sprinter", "swimmer", "skater", "wrestler",
                       "goalkeeper", "striker", "defender", "midfielder", "quarterback", "pitcher", "chef",
                       "model", "journalist", "reporter", "columnist", "historian", "economist",
                       "scientist", "physicist", "biologist", "lawyer", "attorney", "surgeon", "architect",
                       "activist", "businessman", "businesswoman", "entrepreneur", "philanthropist",
                       "brother", "sister", "son", "daughter", "wife", "husband", "mother", "father",
                       "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
                       "grandmother", "grandfather", "widow", "widower", "fiancé", "fiancée", "dad", "mom",
                       "mum", "stepfather", "stepmother", "stepson", "stepdaughter",
                       "president", "minister", "senator", "governor", "mayor", "premier", "chancellor",
                       "ambassador", "chairman", "chairwoman", "spokesman", "spokeswoman", "spokesperson",
                       "lawmaker", "congressman", "congresswoman", "councillor", "councilor", "judge",
                       "prosecutor", "candidate", "nominee", "founder", "cofounder", "co-founder",
                       "professor", "coach", "captain", "teammate", "detective", "sheriff"}
# Nouns that, beside a name, make it a craft or a work rather than an organization or a person
# ('the cruise ship Freewinds', 'the orbiter Space Shuttle Enterprise', 'the film Easy Rider').
THING_DESCRIPTIONS = {"ship", "vessel", "yacht", "ferry", "liner", "tanker", "submarine", "orbiter", "spacecraft",
                      "rocket", "satellite", "aircraft", "airliner", "plane", "jet", "helicopter", "locomotive",
                      "browser", "film", "movie", "documentary", "album", "song", "novel", "painting",
                      "sculpture", "opera", "musical", "sitcom", "videogame", "game", "book", "cookbook",
                      "memoir", "biography", "play", "installation", "exhibition", "podcast", "series"}
# Kinds of institution that, capitalised alone, stand for a named one ('the State', 'the Crown').
GENERIC_INSTITUTIONS = {"state", "administration", "crown", "government", "court", "department", "ministry",
                        "agency", "commission", "committee", "council", "board", "bureau", "office",
                        "authority", "assembly", "cabinet", "legislature", "municipality", "province",
                        "region", "federation", "union", "party", "company", "corporation", "institute",
                        "university", "college", "school", "foundation", "church", "police", "army",
                        "navy", "ministries", "organization", "organisation"}
NAME_CONNECTORS = {"of", "and", "for", "&"}
TWEET_SIGNATURE = re.compile(  # '— Kyle Benning (@KBBenning) December 22, 2018'
    r"[—–-][ \t]*(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){1,3})[ \t]*\(@\w{1,30}\)")
ADJECTIVE_SUFFIX = re.compile(r"-(?:like|style|esque|based|backed|led|born|owned|funded|linked|era)$", re.I)
CONCEPT_WORD = re.compile(r"(?:isms?|ists?|phobia)$")
CAMPUS_HEADS = {"university", "college"}  # 'University of Texas at Austin'
PURPOSE_HEADS = {"foundation", "institute", "society", "center", "centre", "council", "association", "fund",
                 "endowment", "alliance", "league", "coalition", "committee", "commission", "trust"}
DANGLING = {"at", "of", "and", "for", "in", "on", "the", "&"}  # a name never ends in these
SCORE_AFTER = re.compile(r"\d{1,2}\s*[-–—:]\s*\d{1,2}\b")
ROMAN_NUMERAL = re.compile(r"[IVXLCDM]+")  # 'Pope Leo XIV', 'Super Bowl LIII'
UNTAGGED_ACRONYM = re.compile(r"[A-Z][A-Z&]{2,}")
ACRONYM = re.compile(r"(?:[A-Z]\.?){2,}|[A-Z][A-Z&]*[A-Z]")
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]|Jr|Sr|Inc|Corp|Co|Ltd|St|Mt|Dr|Mr|Mrs|Ms")
POSSESSIVE_ENDING = re.compile(r"(?<=\w)['’]s?$")
POSSESSIVE_S = re.compile(r"['’‘`]s\b")
DOTS_AND_APOSTROPHES = re.compile(r"[.'’‘`]")
NOT_NAME_CHARS = re.compile(r"[^\w&]+")
# Online platforms NER tends to read as people.
PLATFORMS = {"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "linkedin",
             "reddit", "google", "whatsapp", "wechat", "weibo", "telegram", "netflix", "amazon"}
# Province and state abbreviations written after a place: "Mississauga, Ont."
REGION_ABBREVIATIONS = {"ont", "que", "alta", "sask", "man", "nb", "ns", "nl", "pei", "bc", "nwt",
                        "calif", "fla", "mass", "wash", "ore", "ariz", "colo", "conn", "ga", "ill",
                        "ind", "kan", "ky", "la", "md", "mich", "minn", "miss", "mo", "mont", "neb",
                        "nev", "nh", "nj", "nm", "ny", "nc", "nd", "okla", "pa", "ri", "sc", "sd",
                        "tenn", "tex", "va", "vt", "wis", "wyo", "ala", "ark", "del", "dc"}
# Nouns that name the kind of place a name after 'of' is ('the town of Yeoncheon').
SETTLEMENT_NOUNS = {"town", "city", "village", "province", "county", "district", "region", "state",
                    "capital", "port", "island", "suburb", "municipality", "hamlet", "neighbourhood",
                    "neighborhood", "prefecture", "governorate", "oblast", "canton", "borough"}
CONCEPT_NAMES = {"islam", "christianity", "shinto"}  # religions without the -ism of CONCEPT_WORD
PLACE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "across", "around", "between"}
