"""Hand-written passages for ``grounded.jsonl``.

Each entry: ``passage`` (2-5 sentences, fictional names and numbers), ``qa`` (answerable
questions as ``(question, answer, extra_aliases)``; the answer is stated in the passage)
and ``un`` (questions on the same topic whose answer the passage does not give).
Every passage carries at most three questions in total.
"""

PASSAGES = [
    {
        "passage": "From the facilities office of Harnley & Dusk Ltd: the quarterly planning meeting has moved "
        "from Room 2A to Room 5C. It will now start at 2:30 pm on Thursday instead of Wednesday. "
        "Please bring printed copies of the Orvane budget summary.",
        "qa": [
            ("Which room will the quarterly planning meeting now be held in?", "Room 5C", ["5C"]),
            ("On which day will the planning meeting now take place?", "Thursday", []),
        ],
        "un": ["How long is the quarterly planning meeting expected to last?"],
    },
    {
        "passage": "The Kelvaro K7 kettle holds 1.4 litres and boils a full load in about three minutes. It "
        "switches itself off if it is turned on while empty. Every K7 comes with a two-year warranty.",
        "qa": [
            ("How many litres does the Kelvaro K7 kettle hold?", "1.4 litres", ["1.4", "1.4 liters", "1.4 L"]),
            ("How long is the warranty on the Kelvaro K7 kettle?", "two years", ["2 years", "two-year", "2-year"]),
        ],
        "un": ["How much does the Kelvaro K7 kettle cost?"],
    },
    {
        "passage": "Brindlemere is a small market town on the east bank of the River Aske. It holds a cheese fair "
        "every September, and its stone bridge was built in 1743. About 4,200 people live there.",
        "qa": [
            ("In which month is Brindlemere's cheese fair held?", "September", []),
            ("In what year was Brindlemere's stone bridge built?", "1743", []),
            ("On which river does Brindlemere stand?", "River Aske", ["Aske", "the Aske"]),
        ],
        "un": [],
    },
    {
        "passage": "Because of roadworks on Calloway Street, route 47 buses will not stop at the Market Square stop "
        "from 3 to 14 March. Passengers should use the temporary stop outside the Fennick Library "
        "instead. Normal service resumes on 15 March.",
        "qa": [
            ("Which bus route is affected by the roadworks?", "47", ["route 47"]),
            (
                "Where is the temporary bus stop?",
                "outside the Fennick Library",
                ["Fennick Library", "the Fennick Library"],
            ),
        ],
        "un": ["Which company runs the route 47 buses?"],
    },
    {
        "passage": "In the trial, Dr. Ilse Marrow grew the moss samples at 18 degrees Celsius for 21 days. The "
        "sample kept under blue light grew twice as fast as the one under red light. The results will "
        "be presented at the Tarrow Botany Meeting in May.",
        "qa": [
            (
                "At what temperature were the moss samples grown?",
                "18 degrees Celsius",
                ["18", "18 degrees", "18 °C", "eighteen degrees"],
            ),
            ("Under which colour of light did the moss grow faster?", "blue", ["blue light"]),
        ],
        "un": ["Which species of moss was used in Dr. Marrow's trial?"],
    },
    {
        "passage": "For Aunt Verity's lemon loaf, beat 3 eggs with 180 grams of sugar, then fold in the zest of two "
        "lemons and 200 grams of flour. Bake the loaf at 170 degrees for 45 minutes.",
        "qa": [
            ("How many eggs does Aunt Verity's lemon loaf need?", "3", ["three", "3 eggs", "three eggs"]),
            ("For how long is the lemon loaf baked?", "45 minutes", ["45", "forty-five minutes"]),
            ("How many grams of sugar go into the lemon loaf?", "180", ["180 grams", "180 g"]),
        ],
        "un": [],
    },
    {
        "passage": "The Wexley Otters beat the Danforth Herons 3-1 on Saturday. Striker Maya Kolbe scored twice, "
        "and goalkeeper Tom Adair saved a penalty in the second half. The Otters play their next match "
        "away at Pellford.",
        "qa": [
            ("Who scored twice for the Wexley Otters?", "Maya Kolbe", ["Kolbe"]),
            ("What was the final score of the match?", "3-1", ["3–1", "3 to 1", "three to one"]),
        ],
        "un": ["How many spectators attended the match between the Otters and the Herons?"],
    },
    {
        "passage": "The flat at 12 Orrin Lane is on the third floor and has two bedrooms. Rent is 950 pounds a "
        "month, with heating included. Pets are allowed with the landlord's written permission.",
        "qa": [
            ("Which floor is the flat at 12 Orrin Lane on?", "third floor", ["third", "3rd floor", "3rd"]),
            ("How much is the monthly rent for the flat?", "950 pounds", ["950", "£950"]),
        ],
        "un": ["How large is the flat at 12 Orrin Lane in square metres?"],
    },
    {
        "passage": "The Ashgrove Community Library will close early, at 4 pm, every Friday in August. Books can "
        "still be returned through the drop box by the side door. The children's reading club meets as "
        "usual on Tuesday mornings.",
        "qa": [
            (
                "At what time does the Ashgrove library close on Fridays in August?",
                "4 pm",
                ["4pm", "4 p.m.", "16:00", "four o'clock"],
            ),
            ("On which day does the children's reading club meet?", "Tuesday", ["Tuesdays", "Tuesday mornings"]),
        ],
        "un": ["At what time does the Ashgrove library open on Fridays?"],
    },
    {
        "passage": "This carved oak chest was made in 1652 by the joiner Edmund Farrow of Little Tessby. It was used "
        "to store church records until 1890. The brass lock was added in the nineteenth century.",
        "qa": [
            ("Who made the carved chest?", "Edmund Farrow", ["Farrow"]),
            ("What wood is the chest made of?", "oak", []),
        ],
        "un": ["How much does the carved chest weigh?"],
    },
    {
        "passage": "Tomorrow in the Hollin Valley will start with fog, clearing by 10 am. Afternoon temperatures "
        "will reach 14 degrees, with winds from the northwest. Rain is expected to arrive after midnight.",
        "qa": [
            (
                "What temperature will the Hollin Valley reach tomorrow afternoon?",
                "14 degrees",
                ["14", "14 °C", "fourteen degrees"],
            ),
            ("From which direction will the wind blow?", "northwest", ["north-west", "NW", "northwesterly"]),
            ("By what time should the fog clear?", "10 am", ["10am", "10 a.m.", "10:00"]),
        ],
        "un": [],
    },
    {
        "passage": "Quillon Freight is hiring a warehouse supervisor for its Dunmore depot. The role pays 31,000 "
        "pounds a year and involves night shifts four days a week. Applications close on 30 June.",
        "qa": [
            (
                "At which depot is the warehouse supervisor job based?",
                "Dunmore",
                ["Dunmore depot", "the Dunmore depot"],
            ),
            ("When do applications for the job close?", "30 June", ["June 30", "30th June", "June 30th"]),
        ],
        "un": ["How many years of experience does the warehouse supervisor role require?"],
    },
    {
        "passage": "You are invited to Priya and Tomas's wedding reception at Larkspur Hall on 9 September. Dinner "
        "will be served at 7 pm, and the band The Copper Wrens will play afterwards. Please reply by "
        "1 August.",
        "qa": [
            ("Where is the wedding reception being held?", "Larkspur Hall", ["the Larkspur Hall"]),
            ("What is the name of the band playing at the reception?", "The Copper Wrens", ["Copper Wrens"]),
        ],
        "un": ["What food will be served at the wedding dinner?"],
    },
    {
        "passage": "Your appointment with Dr. Annika Sorrel at the Westbrook Clinic is on 12 October at 9:15 am. "
        "Please do not eat for 6 hours before the blood test. Bring a list of any medicines you take.",
        "qa": [
            (
                "What is the name of the doctor for the appointment?",
                "Dr. Annika Sorrel",
                ["Annika Sorrel", "Dr Sorrel", "Dr. Sorrel", "Sorrel"],
            ),
            (
                "For how many hours should the patient avoid eating before the blood test?",
                "6",
                ["6 hours", "six hours"],
            ),
        ],
        "un": ["On which floor of the Westbrook Clinic is the appointment?"],
    },
    {
        "passage": "Tessamine Foods will open its second bakery in the town of Corby Vale next spring. The new site "
        "will employ 85 people and will mainly make rye bread. The company's first bakery, in "
        "Hollowfield, opened in 2009.",
        "qa": [
            ("How many people will Tessamine Foods' new bakery employ?", "85", []),
            ("In which town is Tessamine Foods' first bakery?", "Hollowfield", []),
        ],
        "un": ["Who is the chief executive of Tessamine Foods?"],
    },
    {
        "passage": "Year 6 pupils at Fernleigh Primary raised 640 pounds at the spring fair for the local animal "
        "shelter. The best-selling stall was the plant stall run by Mr. Dawes. Sports day has been moved "
        "to 21 June.",
        "qa": [
            ("How much money did the Year 6 pupils raise at the spring fair?", "640 pounds", ["640", "£640"]),
            ("Which stall sold the most at the spring fair?", "the plant stall", ["plant stall"]),
        ],
        "un": ["How many pupils are in Year 6 at Fernleigh Primary?"],
    },
    {
        "passage": "In Corriston Park, dogs must be kept on a lead near the duck pond. Cycling is allowed only on the "
        "red path. The park gates are locked at 9 pm from May to September.",
        "qa": [
            (
                "Where in Corriston Park must dogs be kept on a lead?",
                "near the duck pond",
                ["the duck pond", "duck pond"],
            ),
            ("On which path is cycling allowed in Corriston Park?", "the red path", ["red path", "red"]),
        ],
        "un": ["At what time are the Corriston Park gates locked in January?"],
    },
    {
        "passage": "Version 4.2 of the Pindle note-taking app adds a dark mode and lets users export notes as PDF "
        "files. It also fixes a bug that made the search bar freeze on older tablets. The update is "
        "38 megabytes.",
        "qa": [
            ("Which version of the Pindle app adds a dark mode?", "4.2", ["version 4.2"]),
            ("How big is the Pindle 4.2 update?", "38 megabytes", ["38 MB", "38"]),
            ("In what file format can Pindle notes now be exported?", "PDF", ["PDF files"]),
        ],
        "un": [],
    },
    {
        "passage": "The 08:12 service from Harrowby to Castle Mead is delayed by 25 minutes because of a signal "
        "fault near Upton Marsh. It will now depart from platform 3 instead of platform 1.",
        "qa": [
            ("By how many minutes is the 08:12 service delayed?", "25 minutes", ["25", "twenty-five minutes"]),
            ("From which platform will the delayed train now depart?", "platform 3", ["3", "three"]),
        ],
        "un": ["How many carriages does the 08:12 train to Castle Mead have?"],
    },
    {
        "passage": "The Saffron Lantern is closed on Mondays. Its lunch menu runs from noon to 3 pm and includes a "
        "vegetable biryani for 11 pounds. Tables for more than eight people must be booked two days "
        "ahead.",
        "qa": [
            ("On which day is the Saffron Lantern closed?", "Monday", ["Mondays"]),
            ("How much does the vegetable biryani cost?", "11 pounds", ["11", "£11", "eleven pounds"]),
        ],
        "un": ["Who is the head chef at the Saffron Lantern?"],
    },
    {
        "passage": "Orla Penhaligon was the lighthouse keeper on Skerry Dun from 1921 to 1958. She kept a daily "
        "weather diary that filled 37 notebooks. After she retired, she moved to the mainland village "
        "of Porthcarrow.",
        "qa": [
            ("Where was Orla Penhaligon a lighthouse keeper?", "Skerry Dun", []),
            ("How many notebooks did Orla Penhaligon's weather diary fill?", "37", ["thirty-seven"]),
            ("To which village did Orla Penhaligon move after retiring?", "Porthcarrow", []),
        ],
        "un": [],
    },
    {
        "passage": "Guests at the Hotel Miravelle can have breakfast from 7 to 10 am in the Garden Room. Check-out "
        "is at 11 am. The rooftop pool is open only in summer.",
        "qa": [
            ("Where is breakfast served at the Hotel Miravelle?", "the Garden Room", ["Garden Room"]),
            ("What time is check-out at the Hotel Miravelle?", "11 am", ["11am", "11 a.m.", "11:00"]),
        ],
        "un": ["How much does one night at the Hotel Miravelle cost?"],
    },
    {
        "passage": "A blue umbrella with a carved wooden handle was found on the number 12 tram on Tuesday. It has "
        "been handed in at the Station Road office, which is open on weekdays until 5 pm. The owner "
        "should describe the handle to claim it.",
        "qa": [
            ("What colour is the umbrella that was found?", "blue", []),
            ("Where was the umbrella handed in?", "the Station Road office", ["Station Road office", "Station Road"]),
        ],
        "un": ["Who found the umbrella on the tram?"],
    },
    {
        "passage": "At the March meeting of the Holloway Chess Club, members voted 14 to 5 to move club nights to "
        "Wednesdays. The treasurer, Gwen Abery, reported a balance of 2,310 pounds. The next tournament "
        "will be held on 18 May.",
        "qa": [
            ("What was the result of the vote to move club nights?", "14 to 5", ["14-5", "14–5"]),
            ("Who is the treasurer of the Holloway Chess Club?", "Gwen Abery", ["Abery"]),
        ],
        "un": ["Who chairs the Holloway Chess Club?"],
    },
    {
        "passage": "Plant Velmora tulip bulbs in October, about 15 centimetres deep. They flower in late April and "
        "prefer full sun. Each bulb produces a single pale orange flower.",
        "qa": [
            ("In which month should Velmora tulip bulbs be planted?", "October", ["in October"]),
            ("How deep should Velmora tulip bulbs be planted?", "15 centimetres", ["15 cm", "15 centimeters", "15"]),
        ],
        "un": ["How tall do Velmora tulips grow?"],
    },
    {
        "passage": "The Amberlow Fields Folk Festival runs for three days. On the first evening, the fiddler Ruth "
        "Callow opens the main stage at 6 pm. A storytelling tent for children stands near the east gate.",
        "qa": [
            ("For how many days does the Amberlow Fields Folk Festival run?", "three days", ["3", "three", "3 days"]),
            ("Who opens the main stage on the first evening of the festival?", "Ruth Callow", ["Callow"]),
        ],
        "un": ["How much does a ticket to the Amberlow Fields Folk Festival cost?"],
    },
    {
        "passage": "Your order number 55172 from Grindle & Moss was sent by courier on 4 November. It is expected "
        "to arrive within 3 working days. The parcel weighs 2.6 kilograms.",
        "qa": [
            ("What is the order number?", "55172", []),
            ("How much does the parcel weigh?", "2.6 kilograms", ["2.6 kg", "2.6"]),
            ("On what date was the order sent?", "4 November", ["November 4", "4th November", "November 4th"]),
        ],
        "un": [],
    },
    {
        "passage": "The opening talk of the Marlow Coast Ecology Day will be given by Professor Henrik Aldane at "
        "9:30 am in the Harbour Room. Lunch is at 12:30 pm. The poster session takes place in the foyer "
        "from 2 pm.",
        "qa": [
            (
                "Who gives the opening talk of the Marlow Coast Ecology Day?",
                "Professor Henrik Aldane",
                ["Henrik Aldane", "Aldane", "Professor Aldane", "Prof. Aldane"],
            ),
            ("Where does the poster session take place?", "the foyer", ["foyer"]),
        ],
        "un": ["What is the title of Professor Aldane's opening talk?"],
    },
    {
        "passage": "The Brackwell cordless drill is covered by a warranty for 24 months from the date of purchase. "
        "The warranty does not cover the battery, which has its own 12-month warranty. Claims must "
        "include the original receipt.",
        "qa": [
            ("How long is the warranty on the Brackwell cordless drill?", "24 months", ["24", "two years", "2 years"]),
            ("Which part of the drill has its own separate warranty?", "the battery", ["battery"]),
        ],
        "un": ["In which country is the Brackwell cordless drill made?"],
    },
    {
        "passage": "The red panda at Larchmont Zoo is called Tinzel and is six years old. She eats mostly bamboo, "
        "with apple slices as a treat. Keepers weigh her every second Thursday.",
        "qa": [
            ("What is the name of the red panda at Larchmont Zoo?", "Tinzel", []),
            ("How old is the red panda at Larchmont Zoo?", "six years old", ["6", "six", "6 years", "six years"]),
        ],
        "un": ["How much does the red panda at Larchmont Zoo weigh?"],
    },
    {
        "passage": "The island of Varrowby lies 9 kilometres off the coast and can be reached by a ferry that sails "
        "twice a day. Its only village, Sallen, has a post office and a small school. Grey seals breed on "
        "its northern beaches in autumn.",
        "qa": [
            (
                "How far off the coast is the island of Varrowby?",
                "9 kilometres",
                ["9 km", "9 kilometers", "nine kilometres", "9"],
            ),
            ("What is the name of Varrowby's only village?", "Sallen", []),
            ("How many times a day does the Varrowby ferry sail?", "twice", ["twice a day", "two", "2", "two times"]),
        ],
        "un": [],
    },
    {
        "passage": "On 3 May 1861 the schooner Merrow's Luck left Dunlaggan with a cargo of slate. Strong winds "
        "forced Captain Josiah Treen to shelter for two nights in Kilbraddan Bay. The ship reached "
        "Liverpool eleven days after setting out.",
        "qa": [
            ("What cargo was the schooner Merrow's Luck carrying?", "slate", []),
            (
                "Who was the captain of the Merrow's Luck?",
                "Josiah Treen",
                ["Captain Treen", "Treen", "Captain Josiah Treen"],
            ),
        ],
        "un": ["How many crew members were on board the Merrow's Luck?"],
    },
    {
        "passage": "At Parkside Leisure Centre, beginners' yoga runs on Monday and Wednesday evenings at 6:30. Aqua "
        "aerobics takes place in the small pool on Saturday mornings. Each class costs 6 pounds for "
        "members.",
        "qa": [
            ("At what time does beginners' yoga start?", "6:30", ["6.30", "half past six", "6:30 pm"]),
            ("Where does aqua aerobics take place?", "the small pool", ["small pool"]),
        ],
        "un": ["How much does a class at Parkside Leisure Centre cost for non-members?"],
    },
    {
        "passage": "From 1 February, everyone entering the packing hall at the Orrell Road plant must wear ear "
        "defenders. Forklift trucks are limited to 8 kilometres per hour inside the building. Spills "
        "should be reported to the shift manager, Dev Sandhu.",
        "qa": [
            ("What must everyone entering the packing hall wear?", "ear defenders", []),
            (
                "What is the speed limit for forklift trucks inside the building?",
                "8 kilometres per hour",
                ["8 km/h", "8 kph", "8 kilometers per hour", "8"],
            ),
        ],
        "un": ["How many people work at the Orrell Road plant?"],
    },
    {
        "passage": "In the election for captain of the Ferndown Rowing Club, Lucy Okafor won with 42 votes, ahead of "
        "Sam Reyes with 31. Her term lasts two years. The vice-captain will be chosen next month.",
        "qa": [
            ("Who won the election for captain of the Ferndown Rowing Club?", "Lucy Okafor", ["Okafor"]),
            ("How many votes did Sam Reyes receive?", "31", ["thirty-one"]),
        ],
        "un": ["Who is the vice-captain of the Ferndown Rowing Club?"],
    },
    {
        "passage": "Invoice 2291 from Hensley Print Works covers 500 leaflets and 40 posters for the Dovecote "
        "Theatre. The total is 386 pounds, due within 30 days.",
        "qa": [
            ("How many posters are listed on invoice 2291?", "40", ["forty"]),
            ("Within how many days is invoice 2291 due?", "30 days", ["30", "thirty days"]),
        ],
        "un": ["Which play are the Dovecote Theatre leaflets advertising?"],
    },
    {
        "passage": "From next term, students at Kinmoor College may borrow up to 12 library books at once, up from 8. "
        "Loans last three weeks and can be renewed twice online.",
        "qa": [
            ("How many library books can Kinmoor College students borrow at once from next term?", "12", ["twelve"]),
            ("How many times can a loan be renewed?", "twice", ["two", "2", "two times"]),
        ],
        "un": ["What is the fine for returning a library book late at Kinmoor College?"],
    },
    {
        "passage": "In The Salt Clock, a young clockmaker named Wren Hadley inherits a shop in the port of Ellesby. "
        "When a stopped clock starts running backwards, she uncovers her grandfather's secret. The novel "
        "is the first book of the Ellesby trilogy.",
        "qa": [
            ("What is the name of the clockmaker in The Salt Clock?", "Wren Hadley", ["Wren"]),
            ("In which port is the clockmaker's shop?", "Ellesby", []),
        ],
        "un": ["Who wrote The Salt Clock?"],
    },
    {
        "passage": "Hi Marcus, the delivery of 200 chairs for the Quayside Hall has been delayed until Friday. The "
        "supplier, Hartwell Seating, will call you on Thursday to confirm a time. Best wishes, Leila",
        "qa": [
            ("How many chairs are being delivered to the Quayside Hall?", "200", ["two hundred"]),
            ("What is the name of the chair supplier?", "Hartwell Seating", ["Hartwell"]),
        ],
        "un": ["Why was the chair delivery delayed?"],
    },
    {
        "passage": "The Orrin cave beetle, found only in the Castellan caves, is about 4 millimetres long and has no "
        "eyes. It feeds on fungus growing on bat droppings. It was first recorded by the naturalist Agnes "
        "Fairlie in 1931.",
        "qa": [
            ("How long is the Orrin cave beetle?", "4 millimetres", ["4 mm", "4 millimeters", "4"]),
            ("What does the Orrin cave beetle feed on?", "fungus", ["fungus growing on bat droppings", "fungi"]),
            ("Who first recorded the Orrin cave beetle?", "Agnes Fairlie", ["Fairlie"]),
        ],
        "un": [],
    },
    {
        "passage": "Greywater Town Council will hold a public meeting about the new cycle lane on 22 January in the "
        "Corn Exchange. The plan would add 3.5 kilometres of lane along Mill Road. Residents can also "
        "comment online until 5 February.",
        "qa": [
            ("Where will the public meeting about the cycle lane be held?", "the Corn Exchange", ["Corn Exchange"]),
            ("How long would the new cycle lane be?", "3.5 kilometres", ["3.5 km", "3.5 kilometers", "3.5"]),
        ],
        "un": ["How much will the new cycle lane on Mill Road cost?"],
    },
    {
        "passage": "The Solvanne S2 bicycle light has three modes: steady, flashing and pulse. On a full charge it "
        "lasts 9 hours in flashing mode. It charges through a USB-C cable in about two hours.",
        "qa": [
            ("How many modes does the Solvanne S2 bicycle light have?", "three", ["3"]),
            ("How long does the Solvanne S2 light last in flashing mode?", "9 hours", ["nine hours", "9"]),
            ("What kind of cable is used to charge the Solvanne S2 light?", "USB-C", ["USB C", "USB-C cable"]),
        ],
        "un": [],
    },
    {
        "passage": "This week at the Brookside food bank, Ahmed covers the Monday morning shift and Jenny covers "
        "Wednesday. The van collects donations from the Harlow Street supermarket on Thursday "
        "afternoons. Volunteers should arrive 15 minutes before their shift.",
        "qa": [
            ("Who covers the Wednesday shift at the Brookside food bank?", "Jenny", []),
            ("How early should volunteers arrive before their shift?", "15 minutes", ["15", "fifteen minutes"]),
        ],
        "un": ["Who drives the Brookside food bank van?"],
    },
    {
        "passage": "Fairholm Garden Centre is selling all fruit trees at 20 percent off until the end of the month. "
        "Compost bags are three for 12 pounds. The café will be closed for repairs on 10 and 11 April.",
        "qa": [
            (
                "What discount does Fairholm Garden Centre offer on fruit trees?",
                "20 percent",
                ["20%", "20 per cent", "twenty percent"],
            ),
            ("How much do three bags of compost cost?", "12 pounds", ["12", "£12", "twelve pounds"]),
        ],
        "un": ["What are the opening hours of Fairholm Garden Centre?"],
    },
    {
        "passage": "The village of Ambry Cross was flooded in 1834 when the Nettle Dam failed after a week of heavy "
        "rain. The villagers rebuilt their houses on Crane Hill, half a mile to the north. A stone "
        "marker on the old site records the names of 11 people who died.",
        "qa": [
            ("In what year was Ambry Cross flooded?", "1834", []),
            ("Where did the villagers of Ambry Cross rebuild their houses?", "Crane Hill", ["on Crane Hill"]),
        ],
        "un": ["Who built the Nettle Dam?"],
    },
    {
        "passage": "The Vantor Basic phone plan costs 9 pounds a month and includes 15 gigabytes of data and "
        "unlimited texts. Calls to other countries are charged separately. The contract can be cancelled "
        "with 30 days' notice.",
        "qa": [
            ("How much data does the Vantor Basic plan include?", "15 gigabytes", ["15 GB", "15"]),
            (
                "How much notice is needed to cancel the Vantor Basic contract?",
                "30 days",
                ["30 days' notice", "thirty days"],
            ),
        ],
        "un": ["How much does a call to another country cost on the Vantor Basic plan?"],
    },
    {
        "passage": "The Roxbury Picture House will show the silent film Harbour Lights of Quell on 28 October, with "
        "live piano by Elsie Marchbank. Doors open at 7 pm, and the film lasts 84 minutes.",
        "qa": [
            ("Who plays the live piano at the screening?", "Elsie Marchbank", ["Marchbank"]),
            ("How long does the film Harbour Lights of Quell last?", "84 minutes", ["84", "eighty-four minutes"]),
        ],
        "un": ["In what year was Harbour Lights of Quell made?"],
    },
    {
        "passage": "Plots at the Sedge Lane allotments measure 10 metres by 25 metres. The yearly fee is 45 pounds, "
        "payable each March. Bonfires are allowed only on the first Sunday of the month.",
        "qa": [
            ("How much is the yearly fee for a Sedge Lane allotment?", "45 pounds", ["45", "£45", "forty-five pounds"]),
            (
                "When are bonfires allowed at the Sedge Lane allotments?",
                "the first Sunday of the month",
                ["first Sunday of the month", "first Sunday", "first Sunday of each month"],
            ),
        ],
        "un": ["How many plots are there at the Sedge Lane allotments?"],
    },
    {
        "passage": "The Harriet Quennell Scholarship gives 2,000 pounds a year to one student of marine biology at "
        "Lowmoor University. Applicants must be in their first year of study. The winner is announced "
        "each November.",
        "qa": [
            (
                "How much is the Harriet Quennell Scholarship worth per year?",
                "2,000 pounds",
                ["2,000", "2000", "£2,000", "£2000", "two thousand pounds"],
            ),
            ("Which subject must the scholarship student study?", "marine biology", []),
        ],
        "un": ["Who chooses the winner of the Harriet Quennell Scholarship?"],
    },
    {
        "passage": "Parking in the Sandgate car park is free for the first hour. After that it costs 1.50 pounds per "
        "hour, up to a maximum of 8 pounds a day. The car park has 12 spaces for charging electric "
        "vehicles.",
        "qa": [
            (
                "For how long is parking free in the Sandgate car park?",
                "the first hour",
                ["first hour", "one hour", "1 hour", "an hour"],
            ),
            ("How many electric vehicle charging spaces does the Sandgate car park have?", "12", ["twelve"]),
        ],
        "un": ["At what time does the Sandgate car park close at night?"],
    },
]
