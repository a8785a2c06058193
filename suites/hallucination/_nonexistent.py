"""Word pools and question frames for ``nonexistent.jsonl``.

All surnames, place stems, brand names and genus names below were invented for this suite
(given names and nationalities are ordinary real ones). ``build.py`` combines them with the
suite's seeded RNG into entity names such as "Margit Threlmoor-Oskarrin" or "Mount Kastavel",
so that the entities do not exist. Each frame is ``(question template, fact_type, entity template)``;
``{E}`` in the question is replaced by the entity.
"""

GIVEN = [
    "Margit", "Oskar", "Ilse", "Tomasz", "Amara", "Henrik", "Leona", "Rafael", "Ingrid", "Dmitri",
    "Yuki", "Priya", "Femi", "Lucia", "Anselm", "Corinna", "Matthias", "Elena", "Bartholomew", "Saoirse",
    "Kenji", "Nadia", "Teodor", "Wilhelmina", "Joaquin", "Astrid", "Cyprian", "Ottilie", "Lionel", "Mireille",
    "Halvard", "Beatrix", "Casimir", "Delphine", "Emeric", "Florentyna", "Gustavo", "Hester", "Ignatius",
    "Jolanta",
]

SURNAMES = [
    "Threlmoor", "Oskarrin", "Quellbright", "Drummaine", "Halvesty", "Corvenna", "Pellidar", "Strannick",
    "Vosperine", "Tamberlyn", "Ordwistle", "Kelverton", "Marrasque", "Bexendale", "Yarrowitz", "Glenhasket",
    "Tovarrin", "Ulbricken", "Saffordane", "Wrenholme", "Castelvine", "Duvessant", "Fairquhar", "Ibsworthy",
    "Lindqvaren", "Mortessel", "Pradaskin", "Ravensdowne", "Silvarrow", "Trebuchay", "Aldermoss", "Brisquet",
    "Culvanne", "Dravesholm", "Erringtide", "Gauvrelle", "Korvath", "Lathrimore", "Mistelburn", "Norquaine",
    "Orrisdale", "Penhallick", "Rostavel", "Stellgrave", "Umberlith", "Vellacourt", "Westerhame", "Achterwold",
    "Brannoway", "Embrevik", "Fenstrode", "Ingleworth", "Jasperine", "Kettlesby", "Loamwick", "Ostrovane",
    "Pevensworth", "Quarnvale", "Rydallane", "Sabrevane", "Thistlecombe", "Upwardine", "Varnholt",
    "Wolvercrest", "Yssendrake", "Zelleborn",
]

PLACES = [
    "Quessary", "Drelmoor", "Ostervai", "Tolvanek", "Brennoch", "Kastavel", "Skellanby", "Ythrenna",
    "Caldrimore", "Penvessa", "Lurgavin", "Marrovaine", "Istrebel", "Zorvanje", "Thessenwald", "Ravimund",
    "Olbrecka", "Sundaverre", "Kirrowgate", "Dunmallow", "Vestrakai", "Aurenbeck", "Glimmerholt", "Tremenzia",
    "Ulvastrand", "Corradine", "Falkenmirre", "Jorvessa", "Nimbrecht", "Brisvaine", "Elderquay", "Mossendahl",
    "Quintavel", "Sarvellin", "Tarnhollow", "Wyvelmere", "Askelvyn", "Belmarrow", "Cindrevale", "Dorvasta",
    "Fallowmire", "Gesvarrow", "Hathervane", "Ivarscombe", "Jessentow", "Karnavel", "Lorvanth", "Mirevasse",
    "Nolvessa", "Oskeldrin", "Parravane", "Quillmoor", "Rennavik", "Solvreth", "Tavrimont", "Vardesse",
    "Wenlorrow", "Yarrovesk", "Zenthira", "Hollenquay",
]

BRANDS = [
    "Vyrdall", "Quorvane", "Hulvenrax", "Zentrique", "Osmaveld", "Brindlecore", "Kestrani", "Lumovane",
    "Pellucor", "Starnvik", "Ardevo", "Nixavelle", "Corvexa", "Myrtavane", "Tessaline", "Orbistrel",
    "Velquarne", "Drovanta", "Fennavox", "Gildermatt",
]

MODELS = ["Kestrin", "Aurelle", "Orrel", "Silvane", "Tavix", "Quenly", "Drovel", "Ismer", "Calvex", "Norrin",
          "Pexa", "Velline"]
MODEL_CODES = ["X4", "Q7", "9", "Pro 3", "S200", "Mini 2", "Air 5", "Z11", "One", "Max 8", "L6", "GT"]

PRODUCT_TYPES = ["smartwatch", "e-reader", "electric bicycle", "camera drone", "noise-cancelling headset",
                 "robot vacuum cleaner", "tablet", "digital camera", "portable speaker", "fitness tracker",
                 "electric toothbrush", "handheld games console"]

GENERA = ["Velanthia", "Quessaria", "Drelmonia", "Ostrivella", "Tolvanekia", "Brennochia", "Kastavellia",
          "Skellania", "Ythrennia", "Caldrimia", "Penvessia", "Lurgavia"]

NATIONALITIES = ["Danish", "Portuguese", "Canadian", "Austrian", "Chilean", "Scottish", "Polish", "Dutch",
                 "Norwegian", "Hungarian", "Irish", "Belgian", "Swiss", "Czech", "Finnish", "Brazilian"]

FIELDS = ["Coastal Engineering", "Applied Linguistics", "Soil Science", "Tropical Medicine", "Glass Chemistry",
          "Urban Ecology", "Music Cognition", "Polar Studies"]

# paper titles
TITLE_ADJ = ["Recursive", "Stochastic", "Asymmetric", "Nonlinear", "Sparse", "Adaptive", "Anomalous", "Coupled",
             "Latent", "Thermal"]
TITLE_NOUN = ["Lattice Damping", "Phase Drift", "Spectral Folding", "Gradient Echoes", "Boundary Flux",
              "Resonance Collapse", "Kernel Smoothing", "Tidal Coupling", "Ion Trapping", "Signal Pruning"]
TITLE_NOUN2 = ["Manifolds", "Networks", "Crystals", "Plasmas", "Polymers", "Estimators", "Membranes", "Lattices",
               "Fluids", "Graphs"]
THERAPIES = ["Breathing Therapy", "Light Exposure", "Balance Training", "Cold-Water Immersion",
             "Rhythmic Walking", "Humming Exercises"]
OUTCOMES = ["Sleep Quality", "Blood Pressure", "Recovery Time", "Memory Scores", "Chronic Back Pain",
            "Migraine Frequency"]
POPULATIONS = ["Older Adults", "Night-Shift Nurses", "Adolescent Athletes", "Office Workers",
               "Patients after Knee Surgery"]
SURVEY_TOPICS = ["Reading Habits", "Commuting Patterns", "Sleep and Screen Use", "Trust in Local News",
                 "Household Recycling", "Attitudes to Remote Work"]
SURVEY_GROUPS = ["Teenagers", "Retired Farmers", "First-Year Students", "Small Shop Owners", "Bus Drivers"]

WORK_TITLES = [
    "The Lanterns of {P}", "A Winter in {P}", "The {P} Variations", "{G} of {P}", "The Glass Orchards of {P}",
    "Letters from {P}", "The Last Ferry to {P}", "Under the {P} Sky", "The Cartographer of {P}",
    "Salt and Ash at {P}", "The {S} Inheritance", "Night Train to {P}", "The Bells of {P}",
    "The Widow of {P}", "Harvest at {P}", "The {P} Quartet", "Blue Hours in {P}", "The Lighthouse at {P}",
    "Songs for {P}", "The {S} Affair",
]

# Entity templates use {G} given name, {S}/{S2} surnames, {P} place stem, {B} brand, {M} model,
# {T} product type, {N} nationality, {Y} year, {F} field, {GEN} genus, {EP} epithet,
# {PT} paper title, {CT} clinical-study title, {ST} survey title, {WT} work title.
FRAMES = {
    "person": [
        ("In what year was the {N} composer {E} born?", "year", "{G} {S}-{S2}"),
        ("In which city was the {N} architect {E} born?", "place", "{G} {S}-{S2}"),
        ("Which university awarded the physicist {E} a doctorate?", "name", "Dr. {G} {S}-{S2}"),
        ("How many novels did the {N} writer {E} publish?", "number", "{G} {S}-{S2}"),
        ("Who supervised the doctoral thesis of the chemist {E}?", "person", "Dr. {G} {S}-{S2}"),
        ("In what year did the economist {E} receive the Nobel Memorial Prize?", "year", "{G} {S}-{S2}"),
        ("Which country did the {N} diplomat {E} serve as ambassador to?", "place", "{G} {S}-{S2}"),
        ("What instrument did the jazz musician {E} play?", "other", "{G} {S}-{S2}"),
        ("How many Olympic medals did the {N} swimmer {E} win?", "number", "{G} {S}-{S2}"),
        ("What was the name of the first ship commanded by the naval officer {E}?", "name", "{G} {S}-{S2}"),
        ("Who taught the {N} painter {E} to paint?", "person", "{G} {S}-{S2}"),
        ("Which disease did the physician {E} develop a treatment for?", "other", "Dr. {G} {S}-{S2}"),
        ("Which political party did the {N} politician {E} lead?", "name", "{G} {S}-{S2}"),
    ],
    "paper": [
        ("Who was the lead author of the {Y} paper '{E}'?", "person", "{PT}"),
        ("In which journal was the paper '{E}' published?", "name", "{PT}"),
        ("In what year was the paper '{E}' first published?", "year", "{PT}"),
        ("At which university were the authors of the paper '{E}' based?", "name", "{PT}"),
        ("How many patients took part in the clinical study '{E}'?", "number", "{CT}"),
        ("Who proved {E}?", "person", "the {S}-{S2} theorem"),
        ("In what year was {E} proved?", "year", "the {S} conjecture"),
        ("Who first described {E} in solid-state physics?", "person", "the {S}-{S2} effect"),
        ("In what year was {E} first published?", "year", "the {S}-{S2} equation"),
        ("What quantity does {E} in statistics estimate?", "other", "the {S}-{S2} estimator"),
        ("How many people were surveyed in the study '{E}'?", "number", "{ST}"),
        ("What was the main finding of the paper '{E}'?", "other", "{PT}"),
    ],
    "place": [
        ("In which country is the town of {E}?", "place", "{P}"),
        ("How long is {E}, in kilometres?", "number", "the {P} River"),
        ("How high is {E}, in metres?", "number", "Mount {P}"),
        ("Into which sea does {E} flow?", "place", "the {P} River"),
        ("In what year was the town of {E} founded?", "year", "{P}"),
        ("Who was the first person to climb {E}?", "person", "Mount {P}"),
        ("How deep is {E} at its deepest point, in metres?", "number", "Lake {P}"),
        ("Which mountain range does {E} belong to?", "name", "Mount {P}"),
        ("What is the largest town on the island of {E}?", "name", "{P}"),
        ("In which region is the village of {E}?", "place", "{P}"),
        ("Which river flows through the city of {E}?", "name", "{P}"),
        ("Which famous writer was born in the village of {E}?", "person", "{P}"),
        ("What is the surface area of {E}, in square kilometres?", "number", "Lake {P}"),
    ],
    "product": [
        ("In what year was the {E} released?", "year", "{B} {M} {T}"),
        ("Who designed the {E}?", "person", "{B} {M} {T}"),
        ("How much did the {E} cost at launch, in US dollars?", "number", "{B} {M} {T}"),
        ("In which country is the {E} manufactured?", "place", "{B} {M} {T}"),
        ("How many units of the {E} were sold in its first year?", "number", "{B} {M} {T}"),
        ("What is the battery life of the {E}, in hours?", "number", "{B} {M} {T}"),
        ("Which processor does the {E} use?", "name", "{B} {M} {T}"),
        ("How much does the {E} weigh, in grams?", "number", "{B} {M} {T}"),
        ("Which design award did the {E} win?", "name", "{B} {M} {T}"),
        ("Which operating system does the {E} run?", "name", "{B} {M} {T}"),
        ("Who was the lead engineer behind the {E}?", "person", "{B} {M} {T}"),
        ("Which company makes the {E}?", "name", "{M} {T}"),
    ],
    "event": [
        ("In what year was {E} signed?", "year", "the Treaty of {P}"),
        ("Who commanded the winning army at {E}?", "person", "the Battle of {P}"),
        ("How many people died in {E}?", "number", "the Great {P} Fire"),
        ("In which city was {E} signed?", "place", "the {P} Accord"),
        ("In what year did {E} begin?", "year", "the {P} Uprising"),
        ("Who won the first edition of {E}?", "person", "the {P} International Piano Competition"),
        ("How many countries took part in {E}?", "number", "the {P} Conference on Fisheries"),
        ("Which city hosted {E}?", "place", "the {Y} {P} Games"),
        ("What caused {E}?", "other", "the {P} Flood of {Y}"),
        ("Who led {E}?", "person", "the {S} Expedition to Greenland"),
        ("Which two countries fought {E}?", "other", "the {P} War"),
        ("How many days did {E} last?", "number", "the {P} Dockworkers' Strike"),
        ("In what year did {E} take place?", "year", "the {P} Rebellion"),
        ("Who negotiated {E}?", "person", "the {P} Compromise"),
    ],
    "work": [
        ("Who wrote the novel '{E}'?", "person", "{WT}"),
        ("Who directed the {Y} film '{E}'?", "person", "{WT}"),
        ("In what year was the album '{E}' released?", "year", "{WT}"),
        ("Which actor played the lead role in the film '{E}'?", "person", "{WT}"),
        ("How many chapters are there in the novel '{E}'?", "number", "{WT}"),
        ("Which literary prize did the novel '{E}' win?", "name", "{WT}"),
        ("Who composed the opera '{E}'?", "person", "{WT}"),
        ("In which city did the play '{E}' first open?", "place", "{WT}"),
        ("Which museum holds the painting '{E}'?", "name", "{WT}"),
        ("How many episodes does the television series '{E}' have?", "number", "{WT}"),
        ("Who painted the picture '{E}'?", "person", "{WT}"),
        ("In what year was the poetry collection '{E}' published?", "year", "{WT}"),
        ("Which band recorded the song '{E}'?", "name", "{WT}"),
    ],
    "organisation": [
        ("In what year was {E} founded?", "year", "the {S}-{S2} Institute for {F}"),
        ("Who founded {E}?", "person", "the {P} Maritime Company"),
        ("In which city is {E} headquartered?", "place", "the {B} Group"),
        ("How many employees does {E} have?", "number", "{B} Logistics"),
        ("Who was the first director of {E}?", "person", "the {P} Observatory"),
        ("At which stadium does {E} play its home matches?", "name", "{P} Rovers Football Club"),
        ("How many members does {E} have?", "number", "the {P} Society of Engravers"),
        ("Which bank took over {E}?", "name", "the {S} and {S2} Savings Bank"),
        ("In what year did {E} stop flying?", "year", "{P} Airways"),
        ("Who is the patron of {E}?", "person", "the {P} Horticultural Society"),
        ("What does {E} fund?", "other", "the {G} {S} Foundation"),
        ("In which country is {E}?", "place", "the University of {P}"),
        ("Who conducted {E} at its first concert?", "person", "the {P} Philharmonic Orchestra"),
    ],
    "species": [
        ("What does {E} mainly eat?", "other", "{S}'s marsh warbler"),
        ("On which island is the {E} found?", "place", "{P} cave salamander"),
        ("How many eggs does the {E} lay at a time?", "number", "{P} tree frog"),
        ("In what year was {E} first described?", "year", "{S}'s pygmy shrew"),
        ("Who first described the orchid {E}?", "person", "{GEN} {EP}"),
        ("What is the wingspan of the {E}, in centimetres?", "number", "{P} hawk moth"),
        ("In which river does the {E} live?", "place", "{P} river dolphin"),
        ("How long does {E} live on average, in years?", "number", "{S}'s giant tortoise"),
        ("What colour are the flowers of the {E}?", "other", "{P} lily"),
        ("Which mountain range is home to {E}?", "name", "{S}'s snow vole"),
        ("How much does an adult {E} weigh, in kilograms?", "number", "{P} lynx"),
        ("What is the conservation status of {E}?", "other", "{S}'s leaf-nosed bat"),
        ("In which country was the beetle {E} discovered?", "place", "{GEN} {EP}"),
    ],
}
