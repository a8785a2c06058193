"""Clean source items shared by the `adversarial` and `ood` suites.

Plain Python literals, written by the slmtrust project (no public benchmark text).
Both suites' build.py import this module and write their own copies with their
own id prefix (``adv-`` / ``ood-``), so each suite folder stays self-contained.

Ids are positional (item n -> ``...-0001``), so these lists are append-only:
never reorder or delete an entry, only add at the end (and bump the suites'
datasheet versions when an item's meaning changes).
"""

from __future__ import annotations

import random

MCQ_SEED = 20261123

# ---------------------------------------------------------------- sentiment
# (text, label): one-sentence reviews/comments, clear polarity, no sarcasm.
SENTIMENT = [
    ("The soup was rich and flavourful, and the bread came warm from the oven.", "positive"),
    ("The pasta arrived cold and the sauce tasted like it came from a can.", "negative"),
    ("Our waiter was friendly and attentive all evening.", "positive"),
    ("We waited over an hour for our food, and nobody apologised.", "negative"),
    ("This little bakery makes the best croissants I have ever eaten.", "positive"),
    ("The burger was dry, greasy, and badly overcooked.", "negative"),
    ("Every dish we ordered was fresh, generous, and beautifully presented.", "positive"),
    ("The coffee was bitter and the cake was stale.", "negative"),
    ("I would happily come back to this cafe every single week.", "positive"),
    ("The dining room was dirty and the tables were sticky.", "negative"),
    ("The film is funny, moving, and wonderfully acted.", "positive"),
    ("The plot made no sense and the ending was a huge letdown.", "negative"),
    ("I was gripped from the first scene to the last.", "positive"),
    ("The dialogue was wooden and the jokes fell flat.", "negative"),
    ("This series gets better with every episode.", "positive"),
    ("The movie was slow, boring, and far too long.", "negative"),
    ("The soundtrack is gorgeous and the photography is stunning.", "positive"),
    ("The acting was so bad that half the audience left early.", "negative"),
    ("A charming, clever comedy that the whole family will enjoy.", "positive"),
    ("The sequel is a lazy, forgettable copy of the original.", "negative"),
    ("The novel is beautifully written and hard to put down.", "positive"),
    ("The book was dull, repetitive, and full of typos.", "negative"),
    ("The characters felt real and I cared about every one of them.", "positive"),
    ("I gave up halfway because the story went nowhere.", "negative"),
    ("This cookbook has clear instructions and delicious recipes.", "positive"),
    ("The guide is confusing and the maps are useless.", "negative"),
    ("This blender is powerful, quiet, and easy to clean.", "positive"),
    ("The charger stopped working after just two days.", "negative"),
    ("These headphones sound amazing and are very comfortable.", "positive"),
    ("The zipper broke the first time I used the bag.", "negative"),
    ("My new running shoes are light, supportive, and comfortable.", "positive"),
    ("The paint peeled off the chair within a week.", "negative"),
    ("The vacuum cleaner picks up everything and the battery lasts for ages.", "positive"),
    ("The kettle leaks and the handle gets dangerously hot.", "negative"),
    ("This jacket keeps me warm and dry even in heavy rain.", "positive"),
    ("The screen scratches easily and the colours look washed out.", "negative"),
    ("The mattress is firm and supportive, and I sleep much better now.", "positive"),
    ("The printer jams constantly and the ink runs out far too fast.", "negative"),
    ("The knife set is sharp, sturdy, and well balanced.", "positive"),
    ("The toy fell apart within minutes, and my son was heartbroken.", "negative"),
    ("The hotel room was spotless and the staff were incredibly helpful.", "positive"),
    ("The room smelled of smoke and the shower barely worked.", "negative"),
    ("The view from our balcony was breathtaking.", "positive"),
    ("Our flight was delayed twice and the airline lost my suitcase.", "negative"),
    ("The tour guide was knowledgeable, patient, and great fun.", "positive"),
    ("The beach was crowded, noisy, and covered in litter.", "negative"),
    ("The train was punctual, clean, and comfortable.", "positive"),
    ("The hostel was cramped, and the beds were filthy.", "negative"),
    ("The plumber arrived on time and fixed the leak in minutes.", "positive"),
    ("Customer support kept me on hold for an hour and then hung up.", "negative"),
    ("The dentist was gentle and explained everything clearly.", "positive"),
    ("The mechanic overcharged me and the problem came back the next day.", "negative"),
    ("The delivery arrived early and everything was perfectly packed.", "positive"),
    ("The parcel arrived late, and the box was crushed.", "negative"),
    ("My hairdresser did a fantastic job and I love my new haircut.", "positive"),
    ("The gym is overpriced, and half the machines are broken.", "negative"),
    ("The bank sorted out my problem quickly and politely.", "positive"),
    ("The landlord ignored our complaints for months.", "negative"),
    ("The app is fast, simple, and genuinely useful.", "positive"),
    ("The app crashes every time I try to open it.", "negative"),
    ("The new update fixed every bug I had noticed.", "positive"),
    ("The website is slow, cluttered, and impossible to navigate.", "negative"),
    ("This laptop starts in seconds and the keyboard is a joy to type on.", "positive"),
    ("The phone overheats and the battery is empty by lunchtime.", "negative"),
    ("Setting up the router took two minutes and the signal is excellent.", "positive"),
    ("The game is full of bugs and the controls feel clumsy.", "negative"),
    ("This game is addictive, beautiful, and great value.", "positive"),
    ("The software froze twice and I lost all my work.", "negative"),
    ("The concert was unforgettable, and the band played brilliantly.", "positive"),
    ("The singer was out of tune for the whole show.", "negative"),
    ("Her new album is catchy, warm, and full of great songs.", "positive"),
    ("The festival was badly organised and the queues were endless.", "negative"),
    ("The play was superb, and the cast got a standing ovation.", "positive"),
    ("The museum was boring and most of the exhibits were closed.", "negative"),
    ("The course was well structured and the teacher was inspiring.", "positive"),
    ("The lecture was confusing, rushed, and poorly prepared.", "negative"),
    ("The workshop taught me more in one day than I learned in a year.", "positive"),
    ("The training session was a complete waste of time.", "negative"),
    ("The park is peaceful, green, and perfect for a picnic.", "positive"),
    ("The playground is neglected and the swings are broken.", "negative"),
    ("The pizza had a crisp crust and plenty of fresh toppings.", "positive"),
    ("The salad was soggy and the chicken was undercooked.", "negative"),
    ("The staff at the front desk made us feel truly welcome.", "positive"),
    ("The receptionist was rude and refused to help us.", "negative"),
    ("The documentary was fascinating and taught me a lot.", "positive"),
    ("The documentary was one-sided and badly researched.", "negative"),
    ("This tent went up in minutes and kept us dry all weekend.", "positive"),
    ("The tent leaked on the first night and the poles snapped.", "negative"),
    ("The ice cream is creamy, rich, and full of flavour.", "positive"),
    ("The ice cream tasted artificial and far too sweet.", "negative"),
    ("The audiobook narrator has a lovely voice and perfect timing.", "positive"),
    ("The narrator mumbles and the sound quality is awful.", "negative"),
    ("I am delighted with this camera; the photos are sharp and vivid.", "positive"),
    ("The camera is heavy, slow to focus, and the photos are blurry.", "negative"),
    ("The spa was relaxing and the massage was heavenly.", "positive"),
    ("The pool was freezing and the changing rooms were dirty.", "negative"),
    ("The children loved the zoo, and the animals looked healthy and happy.", "positive"),
    ("The zoo was depressing; the cages were tiny and the animals looked miserable.", "negative"),
    ("The new bike lane makes my commute safe and pleasant.", "positive"),
    ("The roadworks have turned my commute into a miserable crawl.", "negative"),
    ("The sofa is stylish, comfortable, and was easy to assemble.", "positive"),
    ("The instructions were wrong and the shelf wobbles badly.", "negative"),
    ("The podcast is smart, funny, and always well researched.", "positive"),
    ("The podcast hosts ramble endlessly and never get to the point.", "negative"),
    ("The garden centre has a wonderful selection and very helpful staff.", "positive"),
    ("Half the plants I bought were already dead when they arrived.", "negative"),
    ("The thriller kept me guessing until the very last page.", "positive"),
    ("The mystery was predictable, and I guessed the killer on page ten.", "negative"),
    ("The hotel breakfast was varied, fresh, and delicious.", "positive"),
    ("The hotel breakfast was tiny, cold, and overpriced.", "negative"),
    ("This moisturiser leaves my skin soft and smooth.", "positive"),
    ("This shampoo made my scalp itchy and my hair greasy.", "negative"),
    ("The cooking class was fun, and I learned loads of useful tricks.", "positive"),
    ("The cooking class was chaotic and the teacher ignored us.", "negative"),
    ("The car is smooth, quiet, and very economical.", "positive"),
    ("The car keeps breaking down, and repairs cost a fortune.", "negative"),
    ("The volunteers were warm, cheerful, and well organised.", "positive"),
    ("The event started late and the speakers were dreadful.", "negative"),
    ("The hike was challenging, but the views made it all worthwhile.", "positive"),
    ("The trail was muddy, badly marked, and not worth the effort.", "negative"),
    ("Our puppy's trainer was patient and the results are amazing.", "positive"),
    ("The vet was dismissive and charged us for tests we never agreed to.", "negative"),
    ("The library is quiet, bright, and full of great books.", "positive"),
    ("The library's opening hours are terrible and the wifi never works.", "negative"),
    ("The wedding venue was elegant and the food was superb.", "positive"),
    ("The caterers forgot half the order and the food was cold.", "negative"),
    ("This board game is easy to learn and endlessly entertaining.", "positive"),
    ("The board game has confusing rules and missing pieces.", "negative"),
    ("The smartwatch tracks my runs accurately and looks great.", "positive"),
    ("The smartwatch loses connection constantly and the strap irritates my wrist.", "negative"),
    ("The bookshop owner gave me excellent recommendations.", "positive"),
    ("The shop assistant was pushy and impatient.", "negative"),
    ("The sushi was incredibly fresh and expertly prepared.", "positive"),
    ("The fish smelled off and I felt sick afterwards.", "negative"),
    ("The cinema seats are roomy and the sound system is superb.", "positive"),
    ("The cinema was freezing and the screen was blurry.", "negative"),
    ("This washing machine is quiet and gets everything spotless.", "positive"),
    ("The washing machine floods the kitchen floor every time.", "negative"),
    ("The nurses were kind, caring, and always ready to help.", "positive"),
    ("The clinic lost my records and made me wait for three hours.", "negative"),
    ("The cruise was relaxing and every port was a delight.", "positive"),
    ("The cabin was tiny, noisy, and right next to the engine.", "negative"),
    ("The comedian was hilarious; I laughed until I cried.", "positive"),
    ("The comedian was offensive and not funny at all.", "negative"),
    ("These gloves are warm, soft, and fit perfectly.", "positive"),
    ("These gloves fell apart after one wash.", "negative"),
    ("The translation app works offline and is surprisingly accurate.", "positive"),
    ("The translation app gives nonsense results for simple sentences.", "negative"),
    ("The chocolate cake was moist, rich, and absolutely delicious.", "positive"),
    ("The chocolate tasted chalky and cheap.", "negative"),
    ("The new manager has made the office a happier place to work.", "positive"),
    ("The new schedule has left everyone stressed and exhausted.", "negative"),
    ("The recipe was simple, and the result was wonderful.", "positive"),
    ("I followed the recipe exactly and the bread came out flat and hard.", "negative"),
    ("The customer service team went above and beyond to help me.", "positive"),
    ("The refund took months, and every email was ignored.", "negative"),
    ("This backpack is roomy, light, and very well made.", "positive"),
    ("The backpack straps dig into my shoulders and the seams are fraying.", "negative"),
    ("The sunset cruise was magical and worth every penny.", "positive"),
    ("The tickets were expensive and the seats had a terrible view.", "negative"),
    ("The hotel pool was warm, clean, and never crowded.", "positive"),
    ("The hotel wifi was painfully slow and kept dropping.", "negative"),
    ("The mechanic was honest, fast, and very reasonably priced.", "positive"),
    ("The taxi driver took a long detour and overcharged us.", "negative"),
]

# ---------------------------------------------------------------------- nli
# (premise, [(hypothesis, label), ...]): every premise has one hypothesis of each
# label, so the task is balanced; hypotheses are unique across the list.
NLI = [
    (
        "A woman is riding a red bicycle down a quiet street.",
        [
            ("A woman is riding a bicycle.", "entailment"),
            ("The woman is on her way to work.", "neutral"),
            ("The woman is driving a car.", "contradiction"),
        ],
    ),
    (
        "Two children are building a sandcastle on the beach.",
        [
            ("Children are on the beach.", "entailment"),
            ("The children are brother and sister.", "neutral"),
            ("The children are asleep in their beds.", "contradiction"),
        ],
    ),
    (
        "An old man is reading a newspaper on a park bench.",
        [
            ("A man is reading.", "entailment"),
            ("The man is waiting for his wife.", "neutral"),
            ("The man is swimming in the sea.", "contradiction"),
        ],
    ),
    (
        "A chef is chopping onions in a busy restaurant kitchen.",
        [
            ("Someone is cutting vegetables.", "entailment"),
            ("The chef is preparing soup.", "neutral"),
            ("The kitchen is empty.", "contradiction"),
        ],
    ),
    (
        "A dog is catching a frisbee in a grassy field.",
        [
            ("An animal is outdoors.", "entailment"),
            ("The dog belongs to a large family.", "neutral"),
            ("The dog is sleeping indoors.", "contradiction"),
        ],
    ),
    (
        "The museum is closed on Mondays.",
        [
            ("You cannot visit the museum on a Monday.", "entailment"),
            ("The museum is free to enter.", "neutral"),
            ("The museum is open every day of the week.", "contradiction"),
        ],
    ),
    (
        "Maria bought three apples and two pears at the market.",
        [
            ("Maria bought some fruit.", "entailment"),
            ("Maria paid with cash.", "neutral"),
            ("Maria did not buy any fruit.", "contradiction"),
        ],
    ),
    (
        "The train to Glasgow left the station at nine o'clock.",
        [
            ("A train departed at nine.", "entailment"),
            ("The train was full of passengers.", "neutral"),
            ("The train to Glasgow never left the station.", "contradiction"),
        ],
    ),
    (
        "A group of musicians is playing jazz on a street corner.",
        [
            ("Music is being played outside.", "entailment"),
            ("The musicians are students.", "neutral"),
            ("The street corner is completely silent.", "contradiction"),
        ],
    ),
    (
        "Tom has lived in the same house for twenty years.",
        [
            ("Tom has lived in his house for more than ten years.", "entailment"),
            ("Tom's house has a large garden.", "neutral"),
            ("Tom moved into his house last month.", "contradiction"),
        ],
    ),
    (
        "A girl in a yellow raincoat is jumping in puddles.",
        [
            ("A girl is wearing a raincoat.", "entailment"),
            ("The girl is on her way to school.", "neutral"),
            ("The girl is sitting indoors by the fire.", "contradiction"),
        ],
    ),
    (
        "The library lends books free of charge to all residents.",
        [
            ("Residents can borrow books without paying.", "entailment"),
            ("The library is the largest in the country.", "neutral"),
            ("Residents must pay to borrow books.", "contradiction"),
        ],
    ),
    (
        "A man in a suit is giving a speech to a large crowd.",
        [
            ("A man is speaking to people.", "entailment"),
            ("The man is a politician.", "neutral"),
            ("The man is alone in an empty room.", "contradiction"),
        ],
    ),
    (
        "The baby fell asleep in her father's arms.",
        [
            ("The father was holding the baby.", "entailment"),
            ("The baby had been crying earlier.", "neutral"),
            ("The baby stayed awake the whole time.", "contradiction"),
        ],
    ),
    (
        "Three friends are sharing a pizza at a small table.",
        [
            ("People are eating.", "entailment"),
            ("The friends are celebrating a birthday.", "neutral"),
            ("Nobody is eating anything.", "contradiction"),
        ],
    ),
    (
        "The shop sells only second-hand furniture.",
        [
            ("The furniture in the shop has been used before.", "entailment"),
            ("The shop is popular with students.", "neutral"),
            ("The shop sells only brand-new furniture.", "contradiction"),
        ],
    ),
    (
        "A farmer is milking a cow in a barn.",
        [
            ("A person is working with an animal.", "entailment"),
            ("The farmer owns fifty cows.", "neutral"),
            ("There is nobody in the barn.", "contradiction"),
        ],
    ),
    (
        "The concert was cancelled because of heavy snow.",
        [
            ("The concert did not take place.", "entailment"),
            ("All the tickets for the concert had been sold.", "neutral"),
            ("The concert went ahead as planned.", "contradiction"),
        ],
    ),
    (
        "A boy is flying a kite on a windy hill.",
        [
            ("A child is outside.", "entailment"),
            ("The kite was a birthday present.", "neutral"),
            ("There is no wind on the hill.", "contradiction"),
        ],
    ),
    (
        "Sarah is a nurse who works night shifts at the city hospital.",
        [
            ("Sarah works at a hospital.", "entailment"),
            ("Sarah enjoys her job.", "neutral"),
            ("Sarah has never worked in a hospital.", "contradiction"),
        ],
    ),
    (
        "The river flooded the town after a week of rain.",
        [
            ("There was flooding in the town.", "entailment"),
            ("Many of the flooded homes were insured.", "neutral"),
            ("It had not rained at all that week.", "contradiction"),
        ],
    ),
    (
        "A woman is painting a portrait of a young man.",
        [
            ("Someone is making a picture.", "entailment"),
            ("The young man is her son.", "neutral"),
            ("The woman is asleep.", "contradiction"),
        ],
    ),
    (
        "The students passed the exam with high marks.",
        [
            ("The students did well in the exam.", "entailment"),
            ("The exam was in mathematics.", "neutral"),
            ("The students failed the exam.", "contradiction"),
        ],
    ),
    (
        "A cat is sleeping on a sunny windowsill.",
        [
            ("An animal is resting.", "entailment"),
            ("The cat is very old.", "neutral"),
            ("The cat is chasing a mouse in the garden.", "contradiction"),
        ],
    ),
    (
        "The bakery opens at six every morning.",
        [
            ("The bakery is open in the morning.", "entailment"),
            ("The bakery sells wedding cakes.", "neutral"),
            ("The bakery does not open until noon.", "contradiction"),
        ],
    ),
    (
        "Two men are carrying a sofa up a flight of stairs.",
        [
            ("People are moving furniture.", "entailment"),
            ("The men are brothers.", "neutral"),
            ("The men are sitting on the sofa watching television.", "contradiction"),
        ],
    ),
    (
        "Lena speaks French, German and Italian.",
        [
            ("Lena speaks more than one language.", "entailment"),
            ("Lena lives in Switzerland.", "neutral"),
            ("Lena speaks only one language.", "contradiction"),
        ],
    ),
    (
        "A fisherman is pulling a net into his boat at dawn.",
        [
            ("A man is pulling a net.", "entailment"),
            ("The fisherman has caught a lot of fish.", "neutral"),
            ("It is the middle of the night.", "contradiction"),
        ],
    ),
    (
        "The company hired twenty new employees this year.",
        [
            ("The company took on new staff this year.", "entailment"),
            ("The new employees are all engineers.", "neutral"),
            ("The company did not hire anyone this year.", "contradiction"),
        ],
    ),
    (
        "A toddler is stacking colourful blocks on the floor.",
        [
            ("A small child is playing.", "entailment"),
            ("The toddler is at nursery.", "neutral"),
            ("The toddler is running in the park.", "contradiction"),
        ],
    ),
    (
        "The bridge was closed for repairs all summer.",
        [
            ("The bridge could not be used during the summer.", "entailment"),
            ("The repairs cost a lot of money.", "neutral"),
            ("The bridge stayed open throughout the summer.", "contradiction"),
        ],
    ),
    (
        "A woman is jogging along the beach with her dog.",
        [
            ("A woman is exercising.", "entailment"),
            ("The woman jogs every morning.", "neutral"),
            ("The woman is sitting in an office.", "contradiction"),
        ],
    ),
    (
        "Paul forgot his umbrella and got soaked on the way home.",
        [
            ("Paul got wet.", "entailment"),
            ("Paul caught a cold.", "neutral"),
            ("Paul stayed completely dry.", "contradiction"),
        ],
    ),
    (
        "A waiter is pouring wine into a glass.",
        [
            ("A drink is being served.", "entailment"),
            ("The wine is expensive.", "neutral"),
            ("Nobody is pouring anything.", "contradiction"),
        ],
    ),
    (
        "The children are singing in the school choir.",
        [
            ("Children are singing.", "entailment"),
            ("The choir will perform at a concert.", "neutral"),
            ("The children are silent.", "contradiction"),
        ],
    ),
    (
        "A mechanic is changing the tyre of a car.",
        [
            ("Someone is working on a car.", "entailment"),
            ("The car belongs to the mechanic.", "neutral"),
            ("Nobody is touching the car.", "contradiction"),
        ],
    ),
    (
        "The hotel is five minutes from the airport.",
        [
            ("The hotel is near the airport.", "entailment"),
            ("The hotel has a swimming pool.", "neutral"),
            ("The hotel is far from the airport.", "contradiction"),
        ],
    ),
    (
        "An elderly couple is dancing at a wedding.",
        [
            ("Two people are dancing.", "entailment"),
            ("The couple has been married for fifty years.", "neutral"),
            ("The couple is sitting down.", "contradiction"),
        ],
    ),
    (
        "A scientist is looking through a microscope.",
        [
            ("Someone is using a microscope.", "entailment"),
            ("The scientist is studying bacteria.", "neutral"),
            ("The scientist's eyes are closed.", "contradiction"),
        ],
    ),
    (
        "Anna has two older brothers and no sisters.",
        [
            ("Anna has siblings.", "entailment"),
            ("Anna is the youngest child.", "neutral"),
            ("Anna has a sister.", "contradiction"),
        ],
    ),
    (
        "A crowd is cheering as runners cross the finish line.",
        [
            ("People are watching a race.", "entailment"),
            ("The race is a marathon.", "neutral"),
            ("The crowd is silent.", "contradiction"),
        ],
    ),
    (
        "The restaurant serves only vegetarian food.",
        [
            ("The restaurant does not serve meat dishes.", "entailment"),
            ("The restaurant is expensive.", "neutral"),
            ("The restaurant's speciality is roast beef.", "contradiction"),
        ],
    ),
    (
        "A man is shovelling snow from his driveway.",
        [
            ("There is snow on the driveway.", "entailment"),
            ("The man is going to drive to work.", "neutral"),
            ("There is no snow anywhere.", "contradiction"),
        ],
    ),
    (
        "The meeting was moved from Tuesday to Thursday.",
        [
            ("The meeting will not take place on Tuesday.", "entailment"),
            ("The meeting will be long.", "neutral"),
            ("The meeting is still on Tuesday.", "contradiction"),
        ],
    ),
    (
        "A teenager is playing a video game on the sofa.",
        [
            ("A young person is playing a game.", "entailment"),
            ("The teenager has homework to finish.", "neutral"),
            ("The teenager is playing football outside.", "contradiction"),
        ],
    ),
    (
        "The shop's prices went up by ten percent in January.",
        [
            ("Prices at the shop increased.", "entailment"),
            ("Customers complained about the prices.", "neutral"),
            ("The shop lowered its prices in January.", "contradiction"),
        ],
    ),
    (
        "A young woman is playing the violin on a stage.",
        [
            ("A woman is performing music.", "entailment"),
            ("The woman is a professional musician.", "neutral"),
            ("The woman is playing the drums.", "contradiction"),
        ],
    ),
    (
        "The plane landed safely despite the storm.",
        [
            ("The plane landed.", "entailment"),
            ("The passengers were frightened.", "neutral"),
            ("The plane crashed during the storm.", "contradiction"),
        ],
    ),
    (
        "Ben gave his sister a book for her birthday.",
        [
            ("Ben's sister received a present.", "entailment"),
            ("The book was a novel.", "neutral"),
            ("Ben gave his sister nothing for her birthday.", "contradiction"),
        ],
    ),
    (
        "A group of hikers is resting near the top of a mountain.",
        [
            ("People are on a mountain.", "entailment"),
            ("The hikers are tired.", "neutral"),
            ("The hikers are walking down a city street.", "contradiction"),
        ],
    ),
    (
        "The glass fell off the table and shattered on the floor.",
        [
            ("The glass broke.", "entailment"),
            ("A cat knocked the glass off.", "neutral"),
            ("The glass is still in one piece.", "contradiction"),
        ],
    ),
    (
        "A police officer is directing traffic at a busy junction.",
        [
            ("A person is managing traffic.", "entailment"),
            ("The traffic lights are broken.", "neutral"),
            ("There are no vehicles at the junction.", "contradiction"),
        ],
    ),
    (
        "Emma has never been to Japan.",
        [
            ("Emma has not visited Japan.", "entailment"),
            ("Emma wants to visit Japan.", "neutral"),
            ("Emma spent last summer in Tokyo.", "contradiction"),
        ],
    ),
    (
        "The orchestra played for two hours without a break.",
        [
            ("The orchestra did not take a break.", "entailment"),
            ("The audience enjoyed the music.", "neutral"),
            ("The orchestra stopped for an interval after twenty minutes.", "contradiction"),
        ],
    ),
    (
        "A grandmother is knitting a scarf for her grandson.",
        [
            ("A woman is making a scarf.", "entailment"),
            ("The scarf is blue.", "neutral"),
            ("The grandmother is knitting a scarf for herself.", "contradiction"),
        ],
    ),
    (
        "The phone battery died halfway through the call.",
        [
            ("The call was cut short.", "entailment"),
            ("The call was with a friend.", "neutral"),
            ("The phone battery stayed charged for the whole call.", "contradiction"),
        ],
    ),
]

# ---------------------------------------------------------------------- mcq
# (question, correct option, [three wrong options]); the answer position is
# assigned by a seeded shuffle in mcq_items() so positions are balanced.
MCQ = [
    ("How many days are there in a week?", "seven", ["five", "ten", "twelve"]),
    ("Which planet is known as the Red Planet?", "Mars", ["Venus", "Jupiter", "Saturn"]),
    ("What do bees make?", "honey", ["milk", "silk", "wool"]),
    ("What is frozen water called?", "ice", ["steam", "sand", "glass"]),
    ("Which animal is known for having a long trunk?", "the elephant", ["the giraffe", "the zebra", "the kangaroo"]),
    ("What colour do you get by mixing blue and yellow paint?", "green", ["purple", "orange", "pink"]),
    ("How many legs does a spider have?", "eight", ["six", "four", "ten"]),
    (
        "Which is the largest ocean on Earth?",
        "the Pacific Ocean",
        ["the Atlantic Ocean", "the Indian Ocean", "the Arctic Ocean"],
    ),
    ("What is the capital of France?", "Paris", ["Rome", "Madrid", "Berlin"]),
    ("Which gas do plants take in from the air to make their food?", "carbon dioxide", ["helium", "neon", "hydrogen"]),
    ("What do you use to cut paper?", "scissors", ["a spoon", "a pillow", "a kettle"]),
    ("Which month comes after March?", "April", ["May", "February", "June"]),
    ("How many hours are there in a day?", "24", ["12", "60", "36"]),
    ("At what temperature in degrees Celsius does water boil at sea level?", "100", ["50", "0", "150"]),
    ('Which animal says "moo"?', "a cow", ["a cat", "a duck", "a sheep"]),
    ("What does a tadpole grow into?", "a frog", ["a fish", "a snake", "a turtle"]),
    ("Which instrument has black and white keys?", "the piano", ["the violin", "the trumpet", "the drum"]),
    ('Who wrote "Romeo and Juliet"?', "William Shakespeare", ["Charles Dickens", "Jane Austen", "Mark Twain"]),
    ("What is the largest planet in our solar system?", "Jupiter", ["Earth", "Mars", "Mercury"]),
    ("How many sides does a triangle have?", "three", ["four", "five", "six"]),
    ("What is the chemical formula for water?", "H2O", ["CO2", "O2", "NaCl"]),
    ("Which organ pumps blood around the body?", "the heart", ["the lungs", "the liver", "the stomach"]),
    ('What is the opposite of "hot"?', "cold", ["warm", "wet", "tall"]),
    ("Which of these is a fruit?", "a banana", ["a carrot", "a potato", "an onion"]),
    ("What do you call a baby cat?", "a kitten", ["a puppy", "a calf", "a foal"]),
    ("In which country are the pyramids of Giza?", "Egypt", ["Mexico", "India", "Greece"]),
    ("Which is the longest river in Africa?", "the Nile", ["the Amazon", "the Danube", "the Thames"]),
    ("How many minutes are there in an hour?", "60", ["30", "100", "24"]),
    (
        "What do we call the Sun together with the planets that orbit it?",
        "the solar system",
        ["the galaxy", "the universe", "a constellation"],
    ),
    ("Which animal is the largest mammal?", "the blue whale", ["the elephant", "the giraffe", "the hippopotamus"]),
    ("What is the main language spoken in Brazil?", "Portuguese", ["Spanish", "French", "Italian"]),
    ("What shape has four equal sides and four right angles?", "a square", ["a triangle", "a circle", "a pentagon"]),
    ("What do people usually wear on their feet?", "shoes", ["gloves", "hats", "scarves"]),
    ("At what temperature in degrees Celsius does water freeze?", "0", ["10", "50", "100"]),
    ("Which is the closest star to Earth?", "the Sun", ["Sirius", "Polaris", "Betelgeuse"]),
    ("What is the capital of Japan?", "Tokyo", ["Beijing", "Seoul", "Bangkok"]),
    ("Who painted the Mona Lisa?", "Leonardo da Vinci", ["Pablo Picasso", "Vincent van Gogh", "Claude Monet"]),
    ("Which metal is liquid at room temperature?", "mercury", ["iron", "gold", "copper"]),
    ("How many wheels does a bicycle have?", "two", ["three", "four", "six"]),
    ("Which animal is often called the king of the jungle?", "the lion", ["the mouse", "the rabbit", "the sheep"]),
    ("What do you call a person who flies a plane?", "a pilot", ["a sailor", "a farmer", "a baker"]),
    (
        "What is the tallest mountain on Earth above sea level?",
        "Mount Everest",
        ["Mount Kilimanjaro", "Mont Blanc", "Mount Fuji"],
    ),
    ("Which sense do you use your ears for?", "hearing", ["smell", "taste", "sight"]),
    ("On which continent is Kenya?", "Africa", ["Asia", "Europe", "South America"]),
    ("Which month has the fewest days?", "February", ["January", "March", "December"]),
    ('What is the opposite of "up"?', "down", ["left", "over", "near"]),
    ("Which gas do humans need to breathe to stay alive?", "oxygen", ["carbon monoxide", "helium", "neon"]),
    ("What is the capital of Italy?", "Rome", ["Milan", "Venice", "Naples"]),
    ("Which of these animals can fly?", "an eagle", ["a dog", "a horse", "a cow"]),
    ("What falls from the sky as white flakes in cold weather?", "snow", ["dust", "leaves", "sand"]),
    (
        "How many players does a football (soccer) team have on the field at one time?",
        "eleven",
        ["seven", "nine", "fifteen"],
    ),
    ("In which country do kangaroos live in the wild?", "Australia", ["Canada", "Brazil", "Norway"]),
    ("What is the largest desert in Africa?", "the Sahara", ["the Gobi", "the Atacama", "the Kalahari"]),
    ("Who was the first person to walk on the Moon?", "Neil Armstrong", ["Yuri Gagarin", "Buzz Aldrin", "John Glenn"]),
    ("What does a thermometer measure?", "temperature", ["weight", "distance", "time"]),
    ("What is the capital of Canada?", "Ottawa", ["Toronto", "Vancouver", "Montreal"]),
    ("How many strings does a standard guitar have?", "six", ["four", "eight", "twelve"]),
    ("What is the smallest prime number?", "two", ["one", "three", "zero"]),
    ("What do you call a shape with eight sides?", "an octagon", ["a hexagon", "a pentagon", "a decagon"]),
    (
        "Which vegetable is long and orange and grows underground?",
        "the carrot",
        ["the cucumber", "the cabbage", "the pea"],
    ),
    ("What is the main ingredient of guacamole?", "avocado", ["tomato", "potato", "apple"]),
    ("Which continent is the coldest?", "Antarctica", ["Africa", "Europe", "Australia"]),
    ("How many years are there in a century?", "100", ["10", "50", "1000"]),
    (
        "What do you call a group of stars that forms a recognised pattern in the sky?",
        "a constellation",
        ["a galaxy", "a comet", "a planet"],
    ),
    ("What is traditionally used to write on a blackboard?", "chalk", ["ink", "glue", "soap"]),
    ("In traditional painting, which primary colour is neither red nor blue?", "yellow", ["green", "purple", "orange"]),
    ("Which planet is closest to the Sun?", "Mercury", ["Venus", "Earth", "Mars"]),
    ("Which sea creature has eight arms?", "the octopus", ["the jellyfish", "the starfish", "the crab"]),
    ("What is the capital of Spain?", "Madrid", ["Barcelona", "Lisbon", "Seville"]),
    ("Which of these is a mammal?", "a dolphin", ["a shark", "a salmon", "a trout"]),
    ("What does a baker mainly make?", "bread", ["furniture", "shoes", "jewellery"]),
    ("What is the hardest natural material?", "diamond", ["gold", "iron", "quartz"]),
    (
        "Which festival do many Christians celebrate on 25 December?",
        "Christmas",
        ["Easter", "Halloween", "Thanksgiving"],
    ),
    ("Which is the largest country by area?", "Russia", ["Canada", "China", "Brazil"]),
    ("How many legs does an insect have?", "six", ["eight", "four", "ten"]),
    (
        "Which part of a plant grows underground and takes in water?",
        "the root",
        ["the leaf", "the flower", "the fruit"],
    ),
    ("Which is the fastest land animal?", "the cheetah", ["the lion", "the horse", "the elephant"]),
    ("What is the currency of Japan?", "the yen", ["the euro", "the dollar", "the rupee"]),
    ("In which direction does the sun rise?", "east", ["west", "north", "south"]),
    (
        "Who developed the theory of relativity?",
        "Albert Einstein",
        ["Isaac Newton", "Charles Darwin", "Galileo Galilei"],
    ),
    ("What do we call water that falls from clouds as drops?", "rain", ["fog", "dew", "frost"]),
    ("How many sides does a hexagon have?", "six", ["five", "seven", "eight"]),
    ("Which organs do we use to breathe?", "the lungs", ["the kidneys", "the liver", "the heart"]),
    (
        "Which instrument is used to look at distant stars?",
        "a telescope",
        ["a microscope", "a stethoscope", "a periscope"],
    ),
    ("In which country is the city of Rio de Janeiro?", "Brazil", ["Argentina", "Portugal", "Mexico"]),
    ("What is the capital of Germany?", "Berlin", ["Munich", "Hamburg", "Vienna"]),
    ("What colour is a ripe banana usually?", "yellow", ["blue", "purple", "grey"]),
    (
        "Which animal is famous for changing its skin colour to blend in?",
        "the chameleon",
        ["the tortoise", "the camel", "the penguin"],
    ),
    (
        "What is the name of the galaxy that contains our solar system?",
        "the Milky Way",
        ["Andromeda", "the Sombrero", "the Whirlpool"],
    ),
    ("Which of these foods is a good source of vitamin C?", "oranges", ["bread", "butter", "rice"]),
    ("What do you call a word that means the same as another word?", "a synonym", ["an antonym", "a verb", "a noun"]),
    ("How many months are there in a year?", "twelve", ["ten", "eleven", "thirteen"]),
    ("Which of these is used to measure length?", "a ruler", ["a clock", "a kettle", "a spoon"]),
    ("What is the capital of the United Kingdom?", "London", ["Manchester", "Edinburgh", "Dublin"]),
    ("Which sport uses a bat, a ball and wickets?", "cricket", ["tennis", "golf", "basketball"]),
    ("Which metal is strongly attracted to a magnet?", "iron", ["aluminium", "copper", "gold"]),
    ("How many degrees are there in a right angle?", "90", ["45", "180", "360"]),
    ("Which meal is usually eaten in the morning?", "breakfast", ["dinner", "supper", "lunch"]),
    ("Which planet is most famous for its rings?", "Saturn", ["Mars", "Venus", "Mercury"]),
    ("What do you call a young dog?", "a puppy", ["a kitten", "a chick", "a lamb"]),
    ("Which tool is used to hit nails?", "a hammer", ["a saw", "a screwdriver", "a spanner"]),
    ("Which gas makes up most of the Earth's atmosphere?", "nitrogen", ["oxygen", "carbon dioxide", "hydrogen"]),
    ("Who wrote the Harry Potter books?", "J. K. Rowling", ["Roald Dahl", "J. R. R. Tolkien", "C. S. Lewis"]),
    ("Which city is nicknamed the Big Apple?", "New York", ["Los Angeles", "Chicago", "Boston"]),
    ("How many teeth does a full adult set usually have?", "32", ["20", "24", "40"]),
    ("Which is the smallest planet in our solar system?", "Mercury", ["Mars", "Venus", "Earth"]),
    ("What is the chemical symbol for gold?", "Au", ["Ag", "Fe", "Go"]),
    ("Which animal is the tallest in the world?", "the giraffe", ["the elephant", "the camel", "the horse"]),
    ("Where do honeybees kept by beekeepers live?", "in a hive", ["in a stable", "in a kennel", "in a burrow"]),
    ("Which vehicle runs on rails?", "a train", ["a bus", "a bicycle", "a lorry"]),
    (
        "Which ocean lies between Europe and North America?",
        "the Atlantic",
        ["the Pacific", "the Indian", "the Southern"],
    ),
    ("What is the capital of Australia?", "Canberra", ["Sydney", "Melbourne", "Perth"]),
    ("Which of these birds cannot fly?", "the ostrich", ["the sparrow", "the pigeon", "the swallow"]),
    ("What is the square root of 81?", "9", ["8", "7", "18"]),
    ("What is 7 times 8?", "56", ["54", "48", "64"]),
    ("What is 15 plus 27?", "42", ["32", "41", "52"]),
    ("Which part of the body do you use to smell?", "the nose", ["the ears", "the elbows", "the knees"]),
    ("What colour is healthy grass?", "green", ["red", "blue", "white"]),
    ("What do cows mainly eat?", "grass", ["meat", "fish", "insects"]),
    ("Which fairy-tale girl lost a glass slipper at a ball?", "Cinderella", ["Snow White", "Rapunzel", "Goldilocks"]),
    (
        "Which holiday is known for carved pumpkins and costumes?",
        "Halloween",
        ["Easter", "New Year", "Valentine's Day"],
    ),
    ("What do you call a scientist who studies rocks?", "a geologist", ["a biologist", "an astronomer", "a chemist"]),
    ("In which country is the Eiffel Tower?", "France", ["Italy", "Spain", "Belgium"]),
    ("Which country built the Great Wall?", "China", ["Japan", "India", "Korea"]),
    ("Which organ controls the body and lets us think?", "the brain", ["the stomach", "the liver", "the bladder"]),
    ("How many players does a basketball team have on the court at one time?", "five", ["six", "seven", "eleven"]),
    ("Which fruit is most often used to make wine?", "grapes", ["bananas", "lemons", "coconuts"]),
    (
        "What is the process called when liquid water turns into vapour?",
        "evaporation",
        ["condensation", "freezing", "melting"],
    ),
    ("Which planet do we live on?", "Earth", ["Mars", "Venus", "Jupiter"]),
    ("Which direction does a compass needle point towards?", "north", ["south", "east", "west"]),
    (
        "Who was the first president of the United States?",
        "George Washington",
        ["Abraham Lincoln", "Thomas Jefferson", "John Adams"],
    ),
    ("What do you call a piece of land surrounded by water?", "an island", ["a valley", "a desert", "a canyon"]),
    ("How many days are there in a leap year?", "366", ["365", "364", "360"]),
    ("What is the main language of Mexico?", "Spanish", ["Portuguese", "English", "French"]),
    ("What is a baby sheep called?", "a lamb", ["a calf", "a foal", "a kid"]),
    ("Which of these is a citrus fruit?", "a lemon", ["an apple", "a grape", "a cherry"]),
    ("What do you call a person who looks after people's teeth?", "a dentist", ["a vet", "a plumber", "a lawyer"]),
    ("Which natural satellite orbits the Earth?", "the Moon", ["the Sun", "Mars", "Venus"]),
    ("What do we call a doctor who treats animals?", "a veterinarian", ["a pharmacist", "a dentist", "an optician"]),
    ("What is the capital of Egypt?", "Cairo", ["Alexandria", "Luxor", "Giza"]),
    ("What material are most windows made of?", "glass", ["wool", "clay", "rubber"]),
    ("What is 100 divided by 4?", "25", ["20", "40", "24"]),
    ("Which animal gives us most of our wool?", "the sheep", ["the pig", "the hen", "the duck"]),
    (
        "Which Greek letter stands for the ratio of a circle's circumference to its diameter?",
        "pi",
        ["alpha", "omega", "sigma"],
    ),
    (
        "What is the line where the sky seems to meet the land or sea called?",
        "the horizon",
        ["the equator", "the border", "the coast"],
    ),
    ("Which of these instruments is played by blowing into it?", "the flute", ["the drum", "the piano", "the harp"]),
    ("What is the capital of Russia?", "Moscow", ["Saint Petersburg", "Kyiv", "Minsk"]),
    ("Which part of the body has a pupil and an iris?", "the eye", ["the ear", "the hand", "the foot"]),
    ("What do you call someone who writes poems?", "a poet", ["a potter", "a pilot", "a plumber"]),
    ("Which animal has black and white stripes?", "the zebra", ["the lion", "the camel", "the bear"]),
    ("Which is the smallest of the world's oceans?", "the Arctic", ["the Pacific", "the Atlantic", "the Indian"]),
    ("How many centimetres are there in a metre?", "100", ["10", "1000", "12"]),
    ("Who discovered penicillin?", "Alexander Fleming", ["Louis Pasteur", "Marie Curie", "Isaac Newton"]),
    ("What do you call a person who works in a library?", "a librarian", ["a lifeguard", "a locksmith", "a lawyer"]),
    ("Which shape is perfectly round?", "a circle", ["a square", "a triangle", "a rectangle"]),
    ("Which country has a maple leaf on its flag?", "Canada", ["Japan", "Sweden", "Brazil"]),
    ("What colour is the sky on a clear day?", "blue", ["green", "brown", "pink"]),
    (
        "Which famous ship sank in 1912 after hitting an iceberg?",
        "the Titanic",
        ["the Mayflower", "the Bounty", "the Victory"],
    ),
    ("Which part of the body do you mainly use to taste food?", "the tongue", ["the elbow", "the knee", "the ear"]),
    ("How many seconds are there in a minute?", "60", ["100", "30", "90"]),
    (
        "Which animal is known for building dams across rivers?",
        "the beaver",
        ["the otter", "the badger", "the hedgehog"],
    ),
    ("What colour is fresh snow?", "white", ["green", "red", "brown"]),
    ("Which country is famous for its tulips and windmills?", "the Netherlands", ["Greece", "Egypt", "Peru"]),
    ("What do you call a person who grows crops and raises animals?", "a farmer", ["a tailor", "a miner", "a banker"]),
]

NLI_LABELS = ("entailment", "neutral", "contradiction")
SENTIMENT_LABELS = ("positive", "negative")


def sentiment_items(prefix: str) -> list[dict]:
    """``prefix`` like ``adv`` -> ids ``adv-sent-0001``..."""
    return [
        {"id": f"{prefix}-sent-{i:04d}", "task": "sentiment", "text": text, "label": label}
        for i, (text, label) in enumerate(SENTIMENT, 1)
    ]


def nli_items(prefix: str) -> list[dict]:
    items = []
    for premise, hyps in NLI:
        for hypothesis, label in hyps:
            n = len(items) + 1
            items.append(
                {
                    "id": f"{prefix}-nli-{n:04d}",
                    "task": "nli",
                    "premise": premise,
                    "hypothesis": hypothesis,
                    "label": label,
                }
            )
    return items


def mcq_items(prefix: str) -> list[dict]:
    """Answer positions come from one seeded shuffle of a balanced 0..3 cycle."""
    rng = random.Random(MCQ_SEED)
    positions = [i % 4 for i in range(len(MCQ))]
    rng.shuffle(positions)
    items = []
    for i, ((question, correct, wrong), pos) in enumerate(zip(MCQ, positions), 1):
        options = list(wrong)
        rng.shuffle(options)
        options.insert(pos, correct)
        items.append(
            {
                "id": f"{prefix}-mcq-{i:04d}",
                "task": "mcq",
                "question": question,
                "options": options,
                "answer_index": pos,
            }
        )
    return items


def all_items(prefix: str) -> list[dict]:
    return sentiment_items(prefix) + nli_items(prefix) + mcq_items(prefix)


# Neighbouring keys on a QWERTY keyboard, for the seeded typo transforms of the adversarial and OOD builds.
QWERTY = {
    "q": "wa",
    "w": "qeas",
    "e": "wrsd",
    "r": "etdf",
    "t": "ryfg",
    "y": "tugh",
    "u": "yihj",
    "i": "uojk",
    "o": "ipkl",
    "p": "ol",
    "a": "qwsz",
    "s": "wedxza",
    "d": "erfcxs",
    "f": "rtgvcd",
    "g": "tyhbvf",
    "h": "yujnbg",
    "j": "uikmnh",
    "k": "iolmj",
    "l": "opk",
    "z": "asx",
    "x": "zsdc",
    "c": "xdfv",
    "v": "cfgb",
    "b": "vghn",
    "n": "bhjm",
    "m": "njk",
}
