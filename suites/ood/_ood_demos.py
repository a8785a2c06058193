"""Few-shot demonstration pools (written by the slmtrust project).

For each task three pools, none of which repeats a clean/test item or its facts:
  in_domain  - same style and topics as clean.jsonl (everyday reviews, everyday scenes,
               easy general knowledge).
  ood_domain - the same tasks worded in legal / medical / technical jargon.
  ood_style  - the same tasks in social-media register (lower case, slang, abbreviations,
               no emoji).
Sentiment: (text, label). NLI: (premise, [(hypothesis, label) x 3]).
MCQ: (question, correct, [three wrong]) -- shuffled by build.py.
"""

DEMOS = {
    "in_domain": {
        "sentiment": [
            ("The lasagne was hearty, cheesy, and cooked to perfection.", "positive"),
            ("The hotel lift was broken and the stairs were filthy.", "negative"),
            ("The audiobook made my long drive fly by.", "positive"),
            ("The blanket shed fluff everywhere after one use.", "negative"),
            ("The bus driver waited for me and was very kind.", "positive"),
            ("The pub quiz was disorganised and the host was rude.", "negative"),
            ("This lamp is bright, stylish, and perfect for reading.", "positive"),
            ("The new curtains faded in the sun within a month.", "negative"),
            ("The museum guide made the history come alive.", "positive"),
            ("The restaurant was noisy and the steak was tough.", "negative"),
            ("My new bike is light, fast, and a joy to ride.", "positive"),
            ("The umbrella turned inside out in the first gust of wind.", "negative"),
            ("The cinnamon rolls at this bakery are soft, sweet, and irresistible.", "positive"),
            ("The ferry was late and the crossing was miserable.", "negative"),
            ("The puzzle book kept the whole family happily busy.", "positive"),
            ("The mobile game is full of annoying adverts.", "negative"),
        ],
        "nli": [
            (
                "A man is painting a fence in his front garden.",
                [
                    ("A man is painting.", "entailment"),
                    ("The man is painting the fence white.", "neutral"),
                    ("The man is asleep on the sofa.", "contradiction"),
                ],
            ),
            (
                "The cafe closes at five o'clock on weekdays.",
                [
                    ("The cafe is closed at seven on a Wednesday evening.", "entailment"),
                    ("The cafe sells sandwiches.", "neutral"),
                    ("The cafe stays open until midnight on weekdays.", "contradiction"),
                ],
            ),
            (
                "Two girls are playing chess in a library.",
                [
                    ("Two people are playing a game.", "entailment"),
                    ("The girls are sisters.", "neutral"),
                    ("The girls are swimming in a lake.", "contradiction"),
                ],
            ),
            (
                "Oliver has three cats and a dog.",
                [
                    ("Oliver has pets.", "entailment"),
                    ("Oliver lives in a flat.", "neutral"),
                    ("Oliver has no animals.", "contradiction"),
                ],
            ),
            (
                "A boy is eating an ice lolly on a hot afternoon.",
                [
                    ("A child is eating.", "entailment"),
                    ("The ice lolly is strawberry flavoured.", "neutral"),
                    ("The boy is shivering in the snow.", "contradiction"),
                ],
            ),
            (
                "The bus service was cancelled because of the strike.",
                [
                    ("The buses did not run.", "entailment"),
                    ("The strike lasted two days.", "neutral"),
                    ("The buses ran as normal.", "contradiction"),
                ],
            ),
        ],
        "mcq": [
            ("How many sides does a square have?", "four", ["three", "five", "six"]),
            (
                "Which animal is known for its black and white fur and its diet of bamboo?",
                "the giant panda",
                ["the polar bear", "the zebra", "the skunk"],
            ),
            ("What is the capital of Greece?", "Athens", ["Sparta", "Thessaloniki", "Corinth"]),
            ("Which planet is famous for its Great Red Spot?", "Jupiter", ["Mars", "Venus", "Neptune"]),
            ("What do you call a baby horse?", "a foal", ["a calf", "a kid", "a cub"]),
            ("How many legs does a cow have?", "four", ["two", "six", "eight"]),
            ("What colour are most tree leaves in summer?", "green", ["blue", "purple", "white"]),
            ("Which sport is played at Wimbledon?", "tennis", ["golf", "cricket", "rugby"]),
            ("What is the largest organ of the human body?", "the skin", ["the heart", "the lungs", "the kidneys"]),
            ("In which country is the city of Venice?", "Italy", ["France", "Spain", "Greece"]),
            ('What is the opposite of "early"?', "late", ["soon", "quick", "first"]),
            (
                "What do you call a person who serves food in a restaurant?",
                "a waiter",
                ["a pilot", "a surgeon", "a miner"],
            ),
            ("How many hours are there in two days?", "48", ["24", "36", "72"]),
            ("Which tool is used to cut wood?", "a saw", ["a spoon", "a brush", "a needle"]),
            ("Which season is usually the warmest?", "summer", ["winter", "autumn", "spring"]),
            ("What is 9 plus 6?", "15", ["14", "16", "13"]),
        ],
    },
    "ood_domain": {
        "sentiment": [
            ("The appellate judges praised the trial court's careful handling of the evidence.", "positive"),
            ("The defendant's counsel was unprepared and repeatedly misquoted the statute.", "negative"),
            ("The patient's wound has healed cleanly with no sign of infection.", "positive"),
            ("The new anticoagulant caused troubling bleeding and had to be stopped.", "negative"),
            ("The database migration completed flawlessly with zero downtime.", "positive"),
            ("The firmware patch introduced a kernel panic on every reboot.", "negative"),
            ("The solicitor's advice on the lease was prompt, precise, and reassuring.", "positive"),
            ("The settlement terms were grossly unfair to the smaller creditors.", "negative"),
            ("The rehabilitation programme has restored almost full mobility to my shoulder.", "positive"),
            ("The clinic's triage system is chaotic and dangerously slow.", "negative"),
            ("The new caching strategy cut page load times by seventy percent.", "positive"),
            ("The API returns malformed JSON under even moderate load.", "negative"),
            ("The court's ruling was a resounding victory for consumer rights.", "positive"),
            ("The hospital's discharge letter was full of errors about my medication.", "negative"),
            ("The debugger integration is seamless and saves me hours every week.", "positive"),
            ("The cloud bill tripled because of a poorly documented pricing change.", "negative"),
        ],
        "nli": [
            (
                "The licensee must not sublicense the software to any third party.",
                [
                    ("The licensee is not allowed to sublicense the software.", "entailment"),
                    ("The licence lasts for five years.", "neutral"),
                    ("The licensee may freely sublicense the software to others.", "contradiction"),
                ],
            ),
            (
                "The patient was given a tetanus injection after stepping on a rusty nail.",
                [
                    ("The patient received an injection.", "entailment"),
                    ("The nail went through the patient's shoe.", "neutral"),
                    ("The patient refused all injections.", "contradiction"),
                ],
            ),
            (
                "A scheduled job compresses the log files every Sunday at midnight.",
                [
                    ("The log files are compressed once a week.", "entailment"),
                    ("The logs are stored on a separate disk.", "neutral"),
                    ("The log files are never compressed.", "contradiction"),
                ],
            ),
            (
                "The court adjourned the hearing until the following Monday.",
                [
                    ("The hearing was postponed.", "entailment"),
                    ("The judge was unwell.", "neutral"),
                    ("The hearing was completed that same day.", "contradiction"),
                ],
            ),
            (
                "Blood tests confirmed that the patient's iron levels were low.",
                [
                    ("The patient's iron levels were tested.", "entailment"),
                    ("The patient will be given iron tablets.", "neutral"),
                    ("The blood tests showed normal iron levels.", "contradiction"),
                ],
            ),
            (
                "The server's disk is ninety-five percent full.",
                [
                    ("Most of the server's disk space is used.", "entailment"),
                    ("The disk is a solid-state drive.", "neutral"),
                    ("The server's disk is nearly empty.", "contradiction"),
                ],
            ),
        ],
        "mcq": [
            (
                "In a civil lawsuit, what is the party who brings the claim traditionally called?",
                "the plaintiff",
                ["the defendant", "the juror", "the bailiff"],
            ),
            (
                "What is a doctor's written authorisation for a patient to obtain a medicine called?",
                "a prescription",
                ["an invoice", "a subpoena", "a search warrant"],
            ),
            ("Which organs does a nephrologist specialise in?", "the kidneys", ["the lungs", "the eyes", "the skin"]),
            (
                "What does HTTP stand for?",
                "Hypertext Transfer Protocol",
                ["High Transfer Text Program", "Hyperlink Text Tracking Process", "Home Tool Transfer Protocol"],
            ),
            (
                "What is the legal term for entering someone's land without permission?",
                "trespass",
                ["arson", "perjury", "fraud"],
            ),
            (
                "What is the medical term for inflammation of the appendix?",
                "appendicitis",
                ["arthritis", "bronchitis", "gastritis"],
            ),
            (
                "What does a stethoscope help a doctor do?",
                "listen to sounds inside the body",
                [
                    "take samples of the patient's blood",
                    "measure the patient's body weight",
                    "test how well the patient can see",
                ],
            ),
            (
                "What is the main purpose of a VPN?",
                "to create an encrypted connection over a public network",
                [
                    "to increase the resolution of the screen",
                    "to print documents on a remote printer",
                    "to make the processor run at a higher speed",
                ],
            ),
            (
                "What is the legal document that transfers ownership of land or property called?",
                "a deed",
                ["a verdict", "a summons", "a warrant"],
            ),
            (
                "What is the medical term for high blood sugar?",
                "hyperglycaemia",
                ["hypoglycaemia", "hypothermia", "hypotension"],
            ),
            (
                "What does CSS stand for in web development?",
                "Cascading Style Sheets",
                ["Computer Style Syntax", "Central Server Software", "Coded Script System"],
            ),
            (
                "In a jury trial, who decides the facts of the case?",
                "the jury",
                ["the clerk", "the usher", "the stenographer"],
            ),
            (
                "Which blood cells fight infection?",
                "white blood cells",
                ["red blood cells", "platelets", "nerve cells"],
            ),
            (
                "In version control, what is a commit?",
                "a saved snapshot of changes",
                [
                    "an error caused by a network outage",
                    "a file that has been deleted",
                    "a fault in the computer's hardware",
                ],
            ),
            (
                "What term describes a person who dies without leaving a valid will?",
                "intestate",
                ["insolvent", "indicted", "incarcerated"],
            ),
            (
                "Which vitamin is especially needed for blood clotting?",
                "vitamin K",
                ["vitamin C", "vitamin A", "vitamin D"],
            ),
        ],
    },
    "ood_style": {
        "sentiment": [
            ("ngl this ramen place slaps, best bowl ive had all year", "positive"),
            ("waited 40 mins for a cold latte smh never again", "negative"),
            ("new phone case is sooo cute and actually protects my phone lol", "positive"),
            ("this hoodie shrank after one wash, total rip off", "negative"),
            ("the gig last night was unreal, the band went off", "positive"),
            ("app update broke everything, cant even log in rn", "negative"),
            ("obsessed w this candle, smells amazing and lasts forever", "positive"),
            ("customer service ghosted me for 2 weeks fr", "negative"),
            ("lowkey the best pizza in town, crust is perfect", "positive"),
            ("that movie was mid at best, plot was a mess", "negative"),
            ("my new trainers are so comfy, 10/10 would buy again", "positive"),
            ("delivery came 3 days late and the box was wrecked", "negative"),
            ("shoutout to the nurse who was so kind to my nan today", "positive"),
            ("hotel wifi is trash and the room smells weird", "negative"),
            ("this podcast is hilarious, binged 6 eps today", "positive"),
            ("game keeps crashing every 10 mins, so annoying", "negative"),
        ],
        "nli": [
            (
                "omw to the beach w my dog, sun is out",
                [
                    ("the person is going to the beach", "entailment"),
                    ("the dog is a labrador", "neutral"),
                    ("the person is staying home all day", "contradiction"),
                ],
            ),
            (
                "just finished a 10k run in under an hour!!",
                [
                    ("the person ran 10k", "entailment"),
                    ("the person runs every weekend", "neutral"),
                    ("the person did not run today", "contradiction"),
                ],
            ),
            (
                "cant believe the concert got cancelled bc of the storm",
                [
                    ("the concert didnt happen", "entailment"),
                    ("the person had front row tickets", "neutral"),
                    ("the concert went ahead despite the storm", "contradiction"),
                ],
            ),
            (
                "my sister just had a baby boy, im an aunt now",
                [
                    ("the person's sister had a baby", "entailment"),
                    ("the baby was born in a hospital", "neutral"),
                    ("the person's sister had a baby girl", "contradiction"),
                ],
            ),
            (
                "bus was 20 mins late again so i missed my train",
                [
                    ("the person missed a train", "entailment"),
                    ("the person was going to work", "neutral"),
                    ("the bus turned up early", "contradiction"),
                ],
            ),
            (
                "finally passed my driving test on the 3rd try",
                [
                    ("the person passed a driving test", "entailment"),
                    ("the person already owns a car", "neutral"),
                    ("the person passed the driving test the first time they took it", "contradiction"),
                ],
            ),
        ],
        "mcq": [
            ("ok quick q, how many sides does a pentagon have", "five", ["four", "six", "seven"]),
            ("wait whats the capital of ireland again", "Dublin", ["Cork", "Belfast", "Galway"]),
            (
                "which animal has a shell and moves super slow lol",
                "the tortoise",
                ["the cheetah", "the hare", "the falcon"],
            ),
            ("how many weeks r in a year, asking for a friend", "52", ["48", "50", "56"]),
            (
                "who painted the famous sunflowers pics, the yellow ones",
                "Vincent van Gogh",
                ["Claude Monet", "Pablo Picasso", "Salvador Dali"],
            ),
            ("whats the biggest city in the usa by population", "New York City", ["Chicago", "Houston", "Boston"]),
            ("what do u call a baby goat", "a kid", ["a foal", "a lamb", "a calf"]),
            ("which metal do u get for 2nd place at the olympics", "silver", ["bronze", "copper", "tin"]),
            ("how many players on a volleyball team on court at once", "six", ["five", "seven", "eleven"]),
            ("which ocean is hawaii in", "the Pacific", ["the Atlantic", "the Indian", "the Arctic"]),
            ("what colour do u get mixing red n white paint", "pink", ["green", "brown", "purple"]),
            (
                "what do u call the person who delivers the post",
                "a postal worker",
                ["a plumber", "a cashier", "a pilot"],
            ),
            ("how many zeros r in a million", "six", ["five", "seven", "nine"]),
            ("which country is famous for pizza and pasta", "Italy", ["Japan", "Norway", "Chile"]),
            ("whats the fairy called in peter pan", "Tinker Bell", ["Cinderella", "Rapunzel", "Ariel"]),
            ("how many hours in a week lol", "168", ["148", "160", "172"]),
        ],
    },
}
