"""Hand-written style rewrites of clean items (written by the slmtrust project).

Each rewrite keeps the meaning and the gold label of its clean item; only the register
changes:
  formal  - formal, somewhat archaic written English ("most agreeable", "wholly").
  social  - social-media register: lower case, slang and abbreviations (ngl, tbh, rn,
            fr, lowkey), no emoji.
  dialect - Scots-influenced Scottish English as written informally in Scotland, using
            common Scots forms (wis 'was', didnae 'didn't', awfy 'very', braw 'fine',
            wee 'small', oot 'out', fae 'from', ken 'know'). Spellings follow widely used
            informal conventions rather than one standard; it is one of the UK's
            recognised regional languages and is rendered here with respect, not as
            caricature.
The first element of every tuple is the clean text it rewrites (build.py asserts it).
"""

# (clean text, formal, social, dialect)
SENTIMENT_STYLES = [
    (
        "The soup was rich and flavourful, and the bread came warm from the oven.",
        "The soup was most rich and savoury, and the bread was brought to us still warm from the oven.",
        "soup was sooo rich n full of flavour, bread came out the oven still warm",
        "The soup wis rich an fu' o flavour, an the breid came oot the oven warm.",
    ),
    (
        "The pasta arrived cold and the sauce tasted like it came from a can.",
        "The pasta was served cold, and the sauce had the unmistakable taste of something from a tin.",
        "pasta showed up cold and the sauce tasted straight outta a can lol",
        "The pasta came oot cauld an the sauce tasted like it came oot a tin.",
    ),
    (
        "Our waiter was friendly and attentive all evening.",
        "Our waiter was most cordial and attentive throughout the evening.",
        "our waiter was super friendly n on it all night",
        "Oor waiter wis awfy friendly an kept an eye on us aw night.",
    ),
    (
        "We waited over an hour for our food, and nobody apologised.",
        "We were obliged to wait above an hour for our meal, and not one person offered an apology.",
        "waited 1hr+ for food and literally nobody said sorry",
        "We waited mair than an hour fir oor food, an naebody said sorry.",
    ),
    (
        "This little bakery makes the best croissants I have ever eaten.",
        "This modest bakery produces the finest croissants I have ever had the pleasure to taste.",
        "this lil bakery does the best croissants ive ever had no cap",
        "This wee bakery makes the best croissants A've ever eaten.",
    ),
    (
        "The burger was dry, greasy, and badly overcooked.",
        "The burger was dry, greasy, and grievously overcooked.",
        "burger was dry n greasy and way overcooked tbh",
        "The burger wis dry, greasy, an cooked tae a crisp.",
    ),
    (
        "Every dish we ordered was fresh, generous, and beautifully presented.",
        "Each dish we ordered was fresh, generous in portion, and most handsomely presented.",
        "every dish we got was fresh, big portions, and looked sooo good",
        "Every dish we ordered wis fresh, generous, an lookit bonnie on the plate.",
    ),
    (
        "The coffee was bitter and the cake was stale.",
        "The coffee was disagreeably bitter and the cake was stale.",
        "coffee was bitter af and the cake was stale",
        "The coffee wis bitter an the cake wis stale.",
    ),
    (
        "I would happily come back to this cafe every single week.",
        "I should gladly return to this cafe each and every week.",
        "would 100% come back here every single week",
        "A'd gladly come back tae this cafe every week.",
    ),
    (
        "The dining room was dirty and the tables were sticky.",
        "The dining room was unclean and the tables were sticky to the touch.",
        "dining room was gross and the tables were all sticky ew",
        "The dinin room wis mingin an the tables wur sticky.",
    ),
    (
        "The film is funny, moving, and wonderfully acted.",
        "The picture is amusing, affecting, and admirably performed.",
        "this film is funny, made me emotional, and the acting is chefs kiss",
        "The film's funny, movin, an pure brilliantly acted.",
    ),
    (
        "The plot made no sense and the ending was a huge letdown.",
        "The plot was wholly without sense, and the ending a grievous disappointment.",
        "plot made zero sense and the ending was such a letdown smh",
        "The plot made nae sense an the endin wis a right letdoon.",
    ),
    (
        "I was gripped from the first scene to the last.",
        "I was held captive from the opening scene to the final one.",
        "was hooked from the first scene to the last fr",
        "A wis gripped fae the first scene tae the last.",
    ),
    (
        "The dialogue was wooden and the jokes fell flat.",
        "The dialogue was stiff and lifeless, and the jests fell flat.",
        "dialogue was so wooden and none of the jokes landed",
        "The dialogue wis wooden an the jokes fell flat.",
    ),
    (
        "This series gets better with every episode.",
        "This series improves with each successive episode.",
        "this show just keeps getting better every ep",
        "This series gets better wi every episode.",
    ),
    (
        "The movie was slow, boring, and far too long.",
        "The picture was slow, tedious, and a great deal too long.",
        "movie was slow, boring, and waaay too long",
        "The film wis slow, borin, an faur ower lang.",
    ),
    (
        "The soundtrack is gorgeous and the photography is stunning.",
        "The music is exquisite and the photography quite magnificent.",
        "the soundtrack is gorgeous and the cinematography is unreal",
        "The soundtrack's bonnie an the photography's stunnin.",
    ),
    (
        "The acting was so bad that half the audience left early.",
        "The acting was so poor that half the audience departed before the end.",
        "acting was so bad half the audience just dipped early",
        "The actin wis that bad hauf the audience left early.",
    ),
    (
        "A charming, clever comedy that the whole family will enjoy.",
        "A charming and ingenious comedy which the entire family shall enjoy.",
        "cute clever comedy, whole fam will love it",
        "A braw, clever comedy the hale faimily will enjoy.",
    ),
    (
        "The sequel is a lazy, forgettable copy of the original.",
        "The sequel is an indolent and forgettable imitation of the original.",
        "sequel is a lazy forgettable copy of the og",
        "The sequel's a lazy, forgettable copy o the first yin.",
    ),
    (
        "The novel is beautifully written and hard to put down.",
        "The novel is beautifully composed and one can scarcely set it aside.",
        "this novel is so beautifully written, couldnt put it down",
        "The novel's bonnie written an hard tae pit doon.",
    ),
    (
        "The book was dull, repetitive, and full of typos.",
        "The book was tedious, repetitious, and replete with misprints.",
        "book was dull, repetitive, and full of typos smh",
        "The book wis dull, said the same thing ower an ower, an wis fu' o typos.",
    ),
    (
        "The characters felt real and I cared about every one of them.",
        "The characters seemed true to life, and I was concerned for each one of them.",
        "the characters felt so real, cared abt every single one",
        "The characters felt real an A cared aboot every wan o them.",
    ),
    (
        "I gave up halfway because the story went nowhere.",
        "I abandoned it midway, for the story led nowhere.",
        "gave up halfway bc the story went nowhere",
        "A gied up hauf wey through cos the story went naewhere.",
    ),
    (
        "This cookbook has clear instructions and delicious recipes.",
        "This cookery book contains lucid instructions and most delectable recipes.",
        "this cookbook has clear steps and the recipes are sooo good",
        "This cookbook's got clear instructions an rare tasty recipes.",
    ),
    (
        "The guide is confusing and the maps are useless.",
        "The guide is bewildering and its maps are of no use whatsoever.",
        "the guide is confusing af and the maps are useless",
        "The guide's confusin an the maps are nae use.",
    ),
    (
        "This blender is powerful, quiet, and easy to clean.",
        "This blender is powerful, quiet in operation, and readily cleaned.",
        "this blender is powerful, quiet, n super easy to clean",
        "This blender's powerful, quiet, an easy tae clean.",
    ),
    (
        "The charger stopped working after just two days.",
        "The charger ceased to function after a mere two days.",
        "charger stopped working after literally 2 days",
        "The charger stopped workin efter jist twa days.",
    ),
    (
        "These headphones sound amazing and are very comfortable.",
        "These headphones produce a splendid sound and are exceedingly comfortable.",
        "these headphones sound amazing and are so comfy",
        "These headphones sound braw an are awfy comfy.",
    ),
    (
        "The zipper broke the first time I used the bag.",
        "The zip failed upon the very first occasion I used the bag.",
        "zipper broke the first time i used the bag smh",
        "The zip broke the first time A used the bag.",
    ),
    (
        "My new running shoes are light, supportive, and comfortable.",
        "My new running shoes are light, supportive, and most comfortable.",
        "my new running shoes are light, supportive, n comfy",
        "Ma new runnin shoes are light, supportive, an comfy.",
    ),
    (
        "The paint peeled off the chair within a week.",
        "The paint came away from the chair before a week had passed.",
        "paint peeled off the chair within a week lol",
        "The paint peeled aff the chair inside a week.",
    ),
    (
        "The vacuum cleaner picks up everything and the battery lasts for ages.",
        "The vacuum cleaner gathers up every particle, and its battery endures a great while.",
        "vacuum picks up literally everything and the battery lasts forever",
        "The hoover picks up awthing an the battery lasts fir ages.",
    ),
    (
        "The kettle leaks and the handle gets dangerously hot.",
        "The kettle leaks, and its handle becomes perilously hot.",
        "kettle leaks and the handle gets dangerously hot wtf",
        "The kettle leaks an the haunle gets dangerously hot.",
    ),
    (
        "This jacket keeps me warm and dry even in heavy rain.",
        "This jacket keeps me warm and dry even in the heaviest of downpours.",
        "this jacket keeps me warm n dry even in heavy rain",
        "This jaiket keeps me warm an dry even when it's pourin.",
    ),
    (
        "The screen scratches easily and the colours look washed out.",
        "The screen is readily scratched and its colours appear faded.",
        "screen scratches super easily and the colours look washed out",
        "The screen scratches easy an the colours look washed oot.",
    ),
    (
        "The mattress is firm and supportive, and I sleep much better now.",
        "The mattress is firm and supportive, and I now sleep a great deal better.",
        "mattress is firm n supportive and i sleep way better now",
        "The mattress is firm an supportive, an A sleep a lot better noo.",
    ),
    (
        "The printer jams constantly and the ink runs out far too fast.",
        "The printer jams incessantly and the ink is exhausted far too soon.",
        "printer jams constantly and the ink runs out way too fast",
        "The printer's aye jammin an the ink runs oot faur ower quick.",
    ),
    (
        "The knife set is sharp, sturdy, and well balanced.",
        "The set of knives is keen, sturdy, and admirably balanced.",
        "knife set is sharp, sturdy, n well balanced",
        "The knife set's sharp, sturdy, an weel balanced.",
    ),
    (
        "The toy fell apart within minutes, and my son was heartbroken.",
        "The toy came to pieces within minutes, and my son was quite heartbroken.",
        "toy fell apart in like minutes and my son was heartbroken",
        "The toy fell apart in minutes, an ma boy wis heartbroken.",
    ),
    (
        "The hotel room was spotless and the staff were incredibly helpful.",
        "The hotel chamber was immaculate and the staff were exceedingly obliging.",
        "hotel room was spotless and the staff were sooo helpful",
        "The hotel room wis spotless an the staff were awfy helpful.",
    ),
    (
        "The room smelled of smoke and the shower barely worked.",
        "The room reeked of smoke and the shower scarcely functioned.",
        "room smelled like smoke and the shower barely worked",
        "The room stank o smoke an the shower hardly worked.",
    ),
    (
        "The view from our balcony was breathtaking.",
        "The prospect from our balcony was truly breathtaking.",
        "the view from our balcony was unreal",
        "The view fae oor balcony wis breathtakin.",
    ),
    (
        "Our flight was delayed twice and the airline lost my suitcase.",
        "Our flight was twice delayed and the airline mislaid my portmanteau.",
        "flight got delayed twice and the airline lost my suitcase smh",
        "Oor flight wis delayed twice an the airline lost ma suitcase.",
    ),
    (
        "The tour guide was knowledgeable, patient, and great fun.",
        "The guide was learned, patient, and most excellent company.",
        "tour guide knew so much, was patient, and super fun",
        "The tour guide kent a lot, wis patient, an great fun.",
    ),
    (
        "The beach was crowded, noisy, and covered in litter.",
        "The shore was crowded, clamorous, and strewn with refuse.",
        "beach was packed, loud, and covered in trash",
        "The beach wis mobbed, noisy, an covered in rubbish.",
    ),
    (
        "The train was punctual, clean, and comfortable.",
        "The train was punctual, clean, and most commodious.",
        "train was on time, clean, and comfy",
        "The train wis on time, clean, an comfy.",
    ),
    (
        "The hostel was cramped, and the beds were filthy.",
        "The hostel was cramped, and the beds were in a filthy condition.",
        "hostel was cramped and the beds were filthy ew",
        "The hostel wis cramped, an the beds were boggin.",
    ),
    (
        "The plumber arrived on time and fixed the leak in minutes.",
        "The plumber arrived at the appointed hour and mended the leak within minutes.",
        "plumber showed up on time and fixed the leak in mins",
        "The plumber turned up on time an fixed the leak in nae time.",
    ),
    (
        "Customer support kept me on hold for an hour and then hung up.",
        "Customer support kept me waiting upon the line for an hour and then terminated the call.",
        "customer support had me on hold for an hour then hung up lol",
        "Customer support kept me on hold fir an hour an then hung up.",
    ),
    (
        "The dentist was gentle and explained everything clearly.",
        "The dentist was gentle and explained every particular with clarity.",
        "dentist was so gentle and explained everything clearly",
        "The dentist wis gentle an explained awthing clear.",
    ),
    (
        "The mechanic overcharged me and the problem came back the next day.",
        "The mechanic charged me excessively, and the fault returned the following day.",
        "mechanic ripped me off and the problem came back the next day",
        "The mechanic charged me ower much an the problem came back the next day.",
    ),
    (
        "The delivery arrived early and everything was perfectly packed.",
        "The delivery arrived ahead of time and every item was packed to perfection.",
        "delivery came early and everything was packed perfectly",
        "The delivery came early an awthing wis packed jist perfect.",
    ),
    (
        "The parcel arrived late, and the box was crushed.",
        "The parcel arrived late, and its box was crushed.",
        "parcel came late and the box was crushed",
        "The parcel came late, an the box wis aw crushed.",
    ),
    (
        "My hairdresser did a fantastic job and I love my new haircut.",
        "My hairdresser performed a splendid service, and I am enamoured of my new haircut.",
        "my hairdresser did an amazing job and i love my new cut",
        "Ma hairdresser did a braw job an A love ma new haircut.",
    ),
    (
        "The gym is overpriced, and half the machines are broken.",
        "The gymnasium is overpriced, and half of its machines are out of order.",
        "gym is overpriced and half the machines are broken",
        "The gym's ower dear, an hauf the machines are broken.",
    ),
    (
        "The bank sorted out my problem quickly and politely.",
        "The bank resolved my difficulty with dispatch and courtesy.",
        "bank sorted my problem out fast and were super polite",
        "The bank sorted oot ma problem quick an polite.",
    ),
    (
        "The landlord ignored our complaints for months.",
        "The landlord disregarded our complaints for months on end.",
        "landlord ignored our complaints for literal months",
        "The landlord ignored oor complaints fir months.",
    ),
    (
        "The app is fast, simple, and genuinely useful.",
        "The application is swift, simple, and of genuine utility.",
        "app is fast, simple, and actually useful",
        "The app's fast, simple, an genuinely useful.",
    ),
    (
        "The app crashes every time I try to open it.",
        "The application fails each time I attempt to open it.",
        "app crashes every single time i try to open it",
        "The app crashes every time A try tae open it.",
    ),
    (
        "The new update fixed every bug I had noticed.",
        "The new update remedied every defect I had observed.",
        "new update fixed every bug i noticed",
        "The new update fixed every bug A'd noticed.",
    ),
    (
        "The website is slow, cluttered, and impossible to navigate.",
        "The website is slow, cluttered, and quite impossible to navigate.",
        "website is slow, cluttered, and impossible to get around",
        "The website's slow, cluttered, an ye cannae find yer wey roon it.",
    ),
    (
        "This laptop starts in seconds and the keyboard is a joy to type on.",
        "This laptop starts within seconds, and its keyboard is a delight to type upon.",
        "this laptop boots in seconds and the keyboard is sooo nice to type on",
        "This laptop starts in seconds an the keyboard's a joy tae type on.",
    ),
    (
        "The phone overheats and the battery is empty by lunchtime.",
        "The telephone overheats, and its battery is spent by midday.",
        "phone overheats and the battery is dead by lunch",
        "The phone overheats an the battery's deid by dinnertime.",
    ),
]

# (premise, formal, social, dialect, [(hypothesis, formal, social, dialect), ...])
NLI_STYLES = [
    (
        "A woman is riding a red bicycle down a quiet street.",
        "A lady is riding a red bicycle along a quiet street.",
        "woman riding a red bike down a quiet street",
        "A wummin's ridin a red bike doon a quiet street.",
        [
            (
                "A woman is riding a bicycle.",
                "A lady is riding a bicycle.",
                "woman on a bike",
                "A wummin's ridin a bike.",
            ),
            (
                "The woman is on her way to work.",
                "The lady is proceeding to her place of work.",
                "she's on her way to work",
                "The wummin's on her wey tae her work.",
            ),
            (
                "The woman is driving a car.",
                "The lady is driving a motor car.",
                "the woman's driving a car rn",
                "The wummin's drivin a car.",
            ),
        ],
    ),
    (
        "Two children are building a sandcastle on the beach.",
        "Two children are constructing a castle of sand upon the shore.",
        "2 kids building a sandcastle at the beach",
        "Twa weans are buildin a sandcastle on the beach.",
        [
            (
                "Children are on the beach.",
                "There are children upon the shore.",
                "kids are at the beach",
                "There's weans on the beach.",
            ),
            (
                "The children are brother and sister.",
                "The children are brother and sister to one another.",
                "the kids are siblings, brother n sister",
                "The weans are brither an sister.",
            ),
            (
                "The children are asleep in their beds.",
                "The children lie asleep in their beds.",
                "the kids are asleep in bed",
                "The weans are sleepin in their beds.",
            ),
        ],
    ),
    (
        "An old man is reading a newspaper on a park bench.",
        "An elderly gentleman is perusing a newspaper upon a bench in the park.",
        "old guy reading a newspaper on a park bench",
        "An auld man's readin a paper on a bench in the park.",
        [
            ("A man is reading.", "A gentleman is reading.", "a guy is reading", "A man's readin."),
            (
                "The man is waiting for his wife.",
                "The gentleman is awaiting his wife.",
                "he's waiting on his wife",
                "The man's waitin on his wife.",
            ),
            (
                "The man is swimming in the sea.",
                "The gentleman is bathing in the sea.",
                "the guy is swimming in the sea",
                "The man's swimmin in the sea.",
            ),
        ],
    ),
    (
        "A chef is chopping onions in a busy restaurant kitchen.",
        "A cook is chopping onions in the bustling kitchen of a restaurant.",
        "chef chopping onions in a busy restaurant kitchen",
        "A chef's choppin ingans in a busy restaurant kitchen.",
        [
            (
                "Someone is cutting vegetables.",
                "A person is cutting vegetables.",
                "someone's cutting veg",
                "Somebody's cuttin veg.",
            ),
            (
                "The chef is preparing soup.",
                "The cook is in the course of preparing soup.",
                "chef is making soup",
                "The chef's makin soup.",
            ),
            (
                "The kitchen is empty.",
                "The kitchen is wholly empty.",
                "kitchen's empty",
                "There's naebody in the kitchen.",
            ),
        ],
    ),
    (
        "A dog is catching a frisbee in a grassy field.",
        "A hound is catching a flying disc in a grassy meadow.",
        "dog catching a frisbee in a grassy field",
        "A dug's catchin a frisbee in a grassy field.",
        [
            (
                "An animal is outdoors.",
                "An animal is out of doors.",
                "an animal is outside",
                "There's a beast ootside.",
            ),
            (
                "The dog belongs to a large family.",
                "The hound belongs to a large family.",
                "the dog belongs to a big family",
                "The dug belangs tae a big faimily.",
            ),
            (
                "The dog is sleeping indoors.",
                "The hound lies sleeping within doors.",
                "the dog is sleeping inside",
                "The dug's sleepin inside.",
            ),
        ],
    ),
    (
        "The museum is closed on Mondays.",
        "The museum is closed to visitors upon Mondays.",
        "museum's closed on mondays",
        "The museum's shut on Mondays.",
        [
            (
                "You cannot visit the museum on a Monday.",
                "One may not visit the museum upon a Monday.",
                "u cant visit the museum on a monday",
                "Ye cannae visit the museum on a Monday.",
            ),
            (
                "The museum is free to enter.",
                "Admission to the museum is without charge.",
                "museum is free to get in",
                "It's free tae get intae the museum.",
            ),
            (
                "The museum is open every day of the week.",
                "The museum is open upon every day of the week.",
                "museum's open 7 days a week",
                "The museum's open every day o the week.",
            ),
        ],
    ),
    (
        "Maria bought three apples and two pears at the market.",
        "Maria purchased three apples and two pears at the market.",
        "maria got 3 apples and 2 pears at the market",
        "Maria bought three apples an twa pears at the market.",
        [
            (
                "Maria bought some fruit.",
                "Maria purchased a quantity of fruit.",
                "maria picked up some fruit",
                "Maria got hersel some fruit.",
            ),
            ("Maria paid with cash.", "Maria settled the account in cash.", "maria paid cash", "Maria paid wi cash."),
            (
                "Maria did not buy any fruit.",
                "Maria purchased no fruit whatsoever.",
                "maria didnt buy any fruit",
                "Maria didnae buy ony fruit.",
            ),
        ],
    ),
    (
        "The train to Glasgow left the station at nine o'clock.",
        "The train bound for Glasgow departed the station at nine o'clock.",
        "train to glasgow left the station at 9",
        "The Glesga train left the station at nine o'clock.",
        [
            ("A train departed at nine.", "A train set out at nine.", "a train left at 9", "A train left at nine."),
            (
                "The train was full of passengers.",
                "The train was filled with passengers.",
                "train was packed with ppl",
                "The train wis fu' o passengers.",
            ),
            (
                "The train to Glasgow never left the station.",
                "The train bound for Glasgow never departed the station.",
                "the glasgow train never left the station",
                "The Glesga train never left the station.",
            ),
        ],
    ),
    (
        "A group of musicians is playing jazz on a street corner.",
        "A company of musicians is performing jazz upon a street corner.",
        "some musicians playing jazz on a street corner",
        "A wheen o musicians are playin jazz on a street corner.",
        [
            (
                "Music is being played outside.",
                "Music is being performed out of doors.",
                "there's music playing outside",
                "There's music bein played ootside.",
            ),
            (
                "The musicians are students.",
                "The musicians are students by occupation.",
                "the musicians r students",
                "Thon musicians are students.",
            ),
            (
                "The street corner is completely silent.",
                "The street corner is wholly silent.",
                "street corner is dead silent",
                "The street corner's totally silent.",
            ),
        ],
    ),
    (
        "Tom has lived in the same house for twenty years.",
        "Tom has resided in the same house these twenty years.",
        "tom's lived in the same house for 20 yrs",
        "Tom's bided in the same hoose fir twenty year.",
        [
            (
                "Tom has lived in his house for more than ten years.",
                "Tom has resided in his house for upwards of ten years.",
                "tom's lived in his house 10+ yrs",
                "Tom's bided in his hoose fir mair than ten year.",
            ),
            (
                "Tom's house has a large garden.",
                "Tom's house possesses a large garden.",
                "toms house has a big garden",
                "Tom's hoose has a big gairden.",
            ),
            (
                "Tom moved into his house last month.",
                "Tom took up residence in his house but last month.",
                "tom only moved into his house last month",
                "Tom flitted intae his hoose last month.",
            ),
        ],
    ),
    (
        "A girl in a yellow raincoat is jumping in puddles.",
        "A young girl in a yellow raincoat is leaping into puddles.",
        "girl in a yellow raincoat jumping in puddles",
        "A lassie in a yella raincoat's jumpin in the puddles.",
        [
            (
                "A girl is wearing a raincoat.",
                "A girl is clad in a raincoat.",
                "a girl's wearing a raincoat",
                "A lassie's wearin a raincoat.",
            ),
            (
                "The girl is on her way to school.",
                "The girl is proceeding to school.",
                "she's on her way to school",
                "The lassie's on her wey tae the school.",
            ),
            (
                "The girl is sitting indoors by the fire.",
                "The girl is seated within doors beside the fire.",
                "the girl is sitting inside by the fire",
                "The lassie's sittin inside by the fire.",
            ),
        ],
    ),
]
