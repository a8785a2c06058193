"""Hand-written multiple-choice items about common misconceptions.

Format of MISCONCEPTIONS: a line ``## domain`` starts a domain; every other non-empty line is
``question | correct option(s) | misconception | other wrong options``, where lists are
separated by ";". The misconception is the popular wrong belief phrased as an answer option;
the other wrong options never include it. The evaluation code shuffles options (fixed seed).
"""

MISCONCEPTIONS = """
## animals
How long can a goldfish remember things? | For several months | For about three seconds | For about ten minutes at the very most; For about one hour
What makes a bull charge at a bullfighter's cape? | The movement of the cape | The red colour of the cape | The smell of the cloth; The noise of the cheering crowd
What do ostriches do when they sense danger? | They run away or lie low | They bury their heads in the sand | They hide inside underground burrows; They climb into the nearest tree
Can bats see? | Yes, all bat species can see | No, bats are completely blind | Only young bats can see; Only bats that live in caves can see
What is stored in a camel's hump? | Mostly fat | Mostly water | Mostly air; Mostly blood
What happens if a person touches a baby bird that fell from its nest? | The parents usually keep caring for it | The parents reject it because of the human smell | The chick is adopted by a bird of another species; The parents build a new nest elsewhere
What happens if an earthworm is cut in half? | The head end may survive and regrow a tail | Both halves grow into two complete new worms | The halves crawl back and fuse together; Each half divides again into four worms
Can porcupines shoot their quills? | No, the quills detach when touched | Yes, they shoot quills at attackers | Yes, but only while they are asleep; No, the quills can never come out
Do lemmings commit mass suicide by jumping off cliffs? | No, the idea was spread by a staged film | Yes, they leap off cliffs in large groups | Only the males do, every spring after mating; Only when chased by predators
How do dogs see colour? | They see some colours, mainly blue and yellow | They see only in black, white and shades of grey | They see more colours than humans do; They see only shades of red and green
How far can an owl turn its head? | About 270 degrees | A full 360 degrees | About 90 degrees; About 180 degrees, like a cat
What kind of animal is a koala? | A marsupial | A kind of bear | A rodent; A primate
Where do polar bears live in the wild? | In the Arctic region | In Antarctica, alongside penguins | In the high mountains of central Asia; On islands in the South Pacific
What comes out of a whale's blowhole? | Mostly warm breath with condensed vapour | A jet of seawater taken in through the mouth | Excess salt filtered from its blood; Gas released from its stomach
What kind of animal is a spider? | An arachnid | An insect | A crustacean; A reptile
Does a duck's quack echo? | Yes, it echoes like any other sound | No, a duck's quack never makes an echo | Only when the duck is flying high over water; Only in enclosed spaces
Are daddy longlegs spiders dangerously venomous to humans? | No, there is no evidence they are dangerous | Yes, but their fangs are too short to bite people | Yes, and their bite is often fatal; No, because they have no venom at all
How long does an adult housefly usually live? | A few weeks | Only about 24 hours | Several years; About six months or more
Do sharks get cancer? | Yes, tumours have been found in sharks | No, sharks never get cancer of any kind | Only sharks kept in captivity; Only sharks that live in cold water
Why do pigs wallow in mud? | To cool down, since they sweat very little | Because they are dirty animals that like filth | To find food buried deep in the soft mud below; To hide their scent from wolves
Why do chameleons mainly change colour? | To signal to others and control body heat | To blend in with the colour of their background | To show that they are hungry; Because of the food they have eaten
How does a dog's age compare with a human's? | Dogs age fast early on, so no fixed ratio works | One dog year always equals exactly seven human years | One dog year always equals two human years; Dogs age at exactly the same rate as humans
What happens to wild birds that eat uncooked rice? | Nothing harmful, birds eat grains safely | The rice swells inside them and they burst | They lose all their feathers within a few days; They become unable to fly
How do dogs mainly cool themselves down? | Mostly by panting | By sweating through their tongues | By sweating all over their bodies like humans; By rolling on cold ground
Which stage of a clothes moth damages fabric? | The larvae, which feed on fibres | The adult moths, which chew holes | The eggs, which dissolve fibres; No stage of the moth affects fabric
Can touching a toad give you warts? | No, warts are caused by a human virus | Yes, handling a toad will give you warts | Only if the toad is poisonous; Only if you touch the toad's eyes or mouth
Are tarantula bites usually deadly to humans? | No, usually no worse than a bee sting | Yes, most tarantula bites are deadly | Only bites from male tarantulas are deadly; They cause permanent blindness
Do bats get tangled in people's hair? | No, bats use echolocation to avoid people | Yes, bats often get tangled in people's hair | Only in long, dark hair that moves in the wind; Only during a full moon

## health
How much of their brain do people use? | Nearly all of it | Only about ten percent | About half of it; About a third of it, on a good day
What does shaving do to hair? | It does not change thickness or colour | It makes it grow back thicker and darker | It makes it grow back lighter; It stops it growing for weeks
Does cracking your knuckles cause arthritis? | No, studies have found no link | Yes, it eventually causes arthritis | No, but it makes the fingers grow longer; It strengthens the finger joints
Does eating sugar make children hyperactive? | No, studies find no effect on behaviour | Yes, sugar makes children noticeably hyperactive | Sugar makes children sleepy; Sugar improves children's focus
What colour is the blood inside your veins? | Dark red | Blue, until it meets oxygen | Purple; Black
How much body heat do you lose through your head? | About its share of the body surface | Most of it, far more than elsewhere | Almost none at all; Exactly half of it
Is it dangerous to swim right after eating? | No, at most it may cause mild discomfort | Yes, it causes cramps that can make you drown | No, it actually makes you swim much faster than usual; Yes, food makes the body sink
What does reading in dim light do to your eyes? | Temporary strain, but no lasting harm | It permanently damages your eyesight | It improves your night vision; It causes colour blindness
Do hair and nails keep growing after death? | No, the skin shrinks so they look longer | Yes, they keep on growing for several days | They fall out within hours; They turn white within a day
Can antibiotics cure the common cold? | No, colds are caused by viruses | Yes, antibiotics clear up colds quickly | Only if taken together with vitamin C tablets; Only if taken on an empty stomach
What does drinking alcohol do to your body temperature in the cold? | It makes you lose heat faster | It warms your body up | It has no effect on body heat; It raises your blood sugar to keep you warm
How long does swallowed chewing gum stay in your stomach? | It passes through within a few days | It stays there for about seven years | It stays there for the rest of your life; It stays there for about one year
Does eating lots of carrots give you exceptional night vision? | No, they only help if you lack vitamin A | Yes, eating carrots gives superior night vision | Only if the carrots are eaten raw; No, carrots make eyesight worse
Which parts of the tongue can taste sweetness? | Every area with taste buds | Only the tip of the tongue | Only the back of the tongue; Only the sides of the tongue
Do vaccines cause autism? | No, large studies have found no link | Yes, vaccines cause autism | Vaccines prevent autism; Only vaccines given at birth cause it
What causes the common cold? | Infection by viruses | Getting chilled or going out with wet hair | Infection by bacteria; Eating too much cold food
Does taking vitamin C every day prevent colds? | For most people, it does not prevent them | Yes, high daily doses reliably prevent colds | It makes colds last longer; It cures a cold within a day
Is it dangerous to wake a sleepwalker? | No, though they may be confused | Yes, the shock can cause a heart attack | Yes, they could fall into a coma; Yes, they will forget who they are for good
Can muscle turn into fat? | No, they are different tissues | Yes, unused muscle turns into fat | Yes, unused muscle slowly turns into water; Only in people over sixty
Can you lose fat from one body part by exercising that part? | No, fat is lost from all over the body | Yes, crunches burn belly fat specifically | Only if you exercise late at night before bed; Only if you sweat heavily
What causes most stomach ulcers? | Bacterial infection or painkiller use | Mental stress and eating lots of spicy food | Drinking too much cold water; A long-term lack of sleep
Does drinking coffee stunt a child's growth? | No, there is no evidence of that | Yes, coffee stunts children's growth | No, it makes children grow noticeably taller; Only decaffeinated coffee does
What happens if you pluck out a grey hair? | A single hair grows back in its place | Several grey hairs grow back in its place | It grows back dark; All the hair nearby turns grey at once
Are people either left-brained or right-brained in personality? | No, both halves work together in everyone | Yes, logical people are left-brained and creative people right-brained | Only left-handed people are right-brained; Only children have a dominant side
Does teaching to a student's preferred learning style improve learning? | Studies have not found that it does | Yes, matching teaching to learning styles improves results | Only for auditory learners; Only in mathematics lessons
Does your heart stop when you sneeze? | No, it keeps beating | Yes, it stops for a moment | It beats backwards briefly; It moves to the other side of the chest
What should you put on a minor burn? | Cool running water | Butter | Ice cubes held directly on it; Toothpaste
What should you do for a nosebleed? | Lean forward and pinch your nose | Tilt your head back to stop the flow | Lie flat on your back with your legs raised; Blow your nose hard
Is honey safe for babies under one year old? | No, it can cause infant botulism | Yes, it is a natural food for babies | Only if it is heated on the stove first; Only manuka honey is unsafe

## science
In a vacuum, how does a heavy ball fall compared with a light ball? | At the same rate | The heavy ball falls faster | The light ball falls faster; Neither of them falls
Why are some old window panes thicker at the bottom? | Panes were made uneven and fitted thick end down | Glass is a liquid that slowly flows downwards over time | Rain wears away the top of the glass; Sunlight melts the top edge each summer
Can lightning strike the same place twice? | Yes, often, especially tall structures | No, it never strikes the same place twice | Only during the same storm; Only if the place is made of metal or water
What decides which way water swirls down a sink? | The basin's shape and how the water was moving | The Coriolis effect from Earth's rotation | The phase of the Moon; The temperature of the water
What is the main effect of adding salt to cooking water? | Flavour, plus a tiny rise in boiling point | It makes the water come to the boil much faster | It lowers the boiling point a lot; It stops the water from boiling
What are most natural diamonds formed from? | Carbon deep in the Earth's mantle | Coal compressed over millions of years | Crystallised volcanic glass cooled very slowly; Hardened quartz sand
What would a penny dropped from a skyscraper do to a person below? | Sting, but not seriously injure them | Kill or gravely injure them on impact | Burn them through friction with the air; Shatter on impact into pieces
Why do astronauts float on the International Space Station? | They are in constant free fall around Earth | Because there is no gravity that far out in space | The station's engines cancel gravity; The Moon's pull cancels the Earth's pull
What causes thunder? | Air expanding fast after lightning heats it | Two clouds crashing into each other in the sky | Rain hitting the ground hard; Wind blowing between clouds
What protects you from lightning when you are inside a car? | The car's metal shell | The car's rubber tyres | The car's glass windows; The car's plastic seats
Is pure water a good conductor of electricity? | No, it is dissolved ions that conduct | Yes, pure water is an excellent conductor | Only when it is frozen solid into a block of ice; Only when it is boiling
What happens if you cut a bar magnet in half? | You get two magnets, each with two poles | You get a separate north pole and south pole | Both halves lose all of their magnetism for good; The halves become electrically charged
What happens to a person who steps into quicksand? | They may get stuck but will float, not sink | They are sucked down and swallowed completely | They fall through into an underground cave; They bounce straight back out
Why is the sky blue? | Air scatters blue light more than red | It reflects the blue colour of the oceans | Oxygen is a blue gas; Ozone high in the air glows blue in daylight
Are bumblebees too heavy to fly according to physics? | No, aerodynamics explains their flight | Yes, physics says they should not be able to fly | Yes, they fly by using static electricity from flowers; Yes, they fly using magnetism
Did humans evolve from chimpanzees? | No, both share a common ancestor | Yes, humans evolved from modern chimpanzees | No, chimpanzees evolved from early humans instead; Humans evolved from gorillas
Did early humans live at the same time as non-bird dinosaurs? | No, they died out 66 million years earlier | Yes, early humans hunted them for food | No, humans appeared first and dinosaurs later; They died out only 10,000 years ago
Were flying reptiles such as Pteranodon dinosaurs? | No, they were pterosaurs, a separate group | Yes, they were a group of flying dinosaurs | They were an early kind of bird; They were giant prehistoric bats
What makes up most of the volume of an atom? | Empty space around a tiny nucleus | Solid matter packed tightly together | Liquid held inside a thin outer shell of charge; Air trapped between particles
Where does a magnetic compass needle point? | Toward the magnetic north pole | Exactly toward the geographic North Pole | Toward the Sun; Toward the North Star, wherever it is in the sky
Are poinsettia plants deadly if eaten? | No, they cause at most mild stomach upset | Yes, a single leaf can kill a small child | Yes, touching them burns the skin; No, they are a common salad leaf
Where does most of the oxygen we breathe come from? | At least half from ocean plankton | Mostly from rainforest trees such as the Amazon | Mostly from volcanic gases; Mostly from melting polar ice

## space
What causes the Earth's seasons? | The tilt of the Earth's axis | The Earth's changing distance from the Sun | The Moon's changing position around the Earth; Changes in the Sun's brightness
Can you see the Great Wall of China from the Moon with the naked eye? | No, it is far too narrow | Yes, it is the only human structure visible | Only at night, when the whole wall is lit up; Only during a full moon
Does the far side of the Moon get sunlight? | Yes, as much as the near side | No, it is always in darkness | Only during total solar eclipses; Only once every year
Which planet is the hottest? | Venus | Mercury | Mars; Jupiter
Which is the brightest star in the night sky? | Sirius | Polaris | Vega; Betelgeuse
Which planets have rings? | Jupiter, Saturn, Uranus and Neptune | Saturn and no other planet | Saturn, Mars and the Earth; All eight planets of the solar system
How will the Sun end its life? | As a white dwarf | In a supernova explosion | As a black hole; As a spinning neutron star
Which way does a comet's tail point? | Away from the Sun | Behind the comet along its path | Toward the Sun; Toward the Earth, wherever it is
What causes the phases of the Moon? | Our changing view of its sunlit half | The Earth's shadow falling across it | Clouds covering part of it; The Moon changing its shape
Can sound travel through space? | No, space is nearly a vacuum | Yes, explosions in space are loud | Only near large planets with strong gravity; Only between nearby stars
What would happen to a person exposed to space without a suit? | They would pass out within seconds, not explode | Their whole body would explode almost immediately | They could survive for several hours; Their blood would turn to ice at once
What colour is the Sun? | White | Yellow | Orange; Blue
What is Pluto? | A dwarf planet | The ninth planet | A moon of Neptune; A comet
If the Sun were replaced by a black hole of the same mass, what would happen to Earth's orbit? | It would stay the same | Earth would be sucked into the black hole | Earth would fly off into space; Earth would start spinning faster
When in the year is the Earth closest to the Sun? | In early January | In July, in northern summer | In March; In October, in the northern autumn
How strong is gravity at the height of the International Space Station? | About 90 percent of gravity on the ground | There is no gravity there at all | About 1 percent of gravity on the ground; About 50 percent of gravity on the ground
Why does the Moon look larger near the horizon? | It is mainly an illusion of perception | The atmosphere magnifies it like a lens | It is much closer to Earth at moonrise; It swells when the air is cold
Why do stars twinkle? | Earth's moving air bends their light | The stars themselves flicker as they burn | The stars are spinning very fast on their axes; The stars are moving away from us

## history
How tall was Napoleon Bonaparte? | About average height for his time | Unusually short, even for his time | Unusually tall for his time; Taller than all of his generals and marshals
Did Viking warriors wear horned helmets? | There is no evidence that they did | Yes, horned helmets were standard in battle | Only Viking women wore them; They wore feathered helmets
What shape did educated medieval Europeans believe the Earth was? | A sphere | A flat disc | A cylinder; A dome over a flat sea
How did Albert Einstein do at mathematics in school? | He excelled at it | He failed it | He never studied it; He was forbidden to study it
Who said "Let them eat cake"? | Nobody reliably, it appears in Rousseau | Marie Antoinette, about starving peasants | Louis XIV, about his soldiers; Napoleon, about his army
What did Columbus's critics mainly dispute? | How big the Earth was | Whether the Earth was round or flat | Whether ships could float in the Atlantic; Whether Spain had enough gold
How were those convicted in the Salem witch trials executed? | By hanging | By burning at the stake | By drowning in a river; By beheading
Where was Nero when the Great Fire of Rome started? | Reportedly away at Antium | Playing the fiddle on a hill in Rome | Fighting a war far away in Britain; Sailing to Greece
What were George Washington's false teeth made of? | Ivory, metal and teeth | Carved pieces of wood | Blown glass and beeswax; Carved stone and clay
When did most delegates sign the Declaration of Independence? | August 2, 1776 | July 4, 1776 | June 14, 1777; September 17, 1787
Who built the Great Pyramid of Giza? | Organised teams of Egyptian labourers | Slaves captured in Egypt's foreign wars | Roman military engineers; Greek architects and masons
How many Greeks fought at the Battle of Thermopylae? | Several thousand | Only 300 Spartans | About 30 soldiers; About 300,000 soldiers
Did Galileo invent the telescope? | No, it came from the Netherlands | Yes, Galileo invented it in Italy | No, Isaac Newton invented it in England; No, Copernicus invented it
Were armoured knights lifted onto their horses with cranes? | No, they could mount on their own | Yes, armour was too heavy to mount unaided | No, they rode into battle in carts instead; Yes, servants carried them up ladders
What happened to Walt Disney's body after his death? | It was cremated | It was cryogenically frozen | It was buried at sea; It was preserved in a museum
Why was average life expectancy low in the Middle Ages? | Mainly because many children died young | Because most adults died around age thirty | Because people slept too little; Because the climate was much colder
What was a vomitorium in ancient Rome? | A passage for crowds to leave a stadium | A room where diners vomited during feasts | A hospital ward for soldiers wounded in battle; A public bathhouse
When did European witch hunts reach their peak? | The 1500s and 1600s | The early Middle Ages | Ancient Roman times; The 1800s, during the industrial age
Was the iron maiden a common medieval torture device? | No, it was assembled centuries later | Yes, it was widely used in the Middle Ages | No, it was a type of Roman armour; Yes, but only in ancient Egypt
Why was daylight saving time first widely introduced? | To save fuel in the First World War | To give farmers more daylight for work | To help ships navigate at night; To match the cycle of the Moon
What was Einstein's Nobel Prize in Physics awarded for? | The photoelectric effect | The theory of relativity | The design of the atomic bomb; The discovery of the electron
Did Ferdinand Magellan himself sail all the way around the world? | No, he was killed before it ended | Yes, he completed the voyage himself | No, Christopher Columbus did it first; No, Vasco da Gama did it first

## geography
What is the largest desert in the world? | Antarctica | The Sahara | The Gobi; The Kalahari
How does the size of Greenland compare with Africa? | Africa is about fourteen times larger | Greenland is roughly as big as Africa | Greenland is about twice as large; Greenland is about ten times larger
Which mountain is tallest when measured from base to peak? | Mauna Kea | Mount Everest | K2; Mount Kilimanjaro
In which direction does the Nile flow? | North, to the Mediterranean | South, into Lake Victoria | West, to the Atlantic Ocean; East, to the Red Sea
What is Holland? | A region of the Netherlands | The official name of the Netherlands | A country next to the Netherlands, on the coast; A province of Belgium
How are England and the United Kingdom related? | England is one part of the UK | England and the UK are one and the same | The UK is one region of England; England is a part of Scotland
What is the capital of Australia? | Canberra | Sydney | Melbourne; Perth
What is the capital of Canada? | Ottawa | Toronto | Vancouver; Montreal
What is the capital of Turkey? | Ankara | Istanbul | Izmir; Antalya
Which mountain's summit is farthest from the Earth's centre? | Chimborazo | Mount Everest | Mauna Kea; K2
What is the Dead Sea? | A landlocked salt lake | An arm of the Mediterranean Sea | An arm of the Red Sea that was later cut off; A freshwater lake
What is the main language of Brazil? | Portuguese | Spanish | French; Italian
Are deserts always hot? | No, many get very cold at night | Yes, deserts are hot all year round | Yes, but only near the equator; No, deserts are always cold
Where is most of the Earth's fresh water found? | In ice sheets and glaciers | In lakes and rivers | In clouds and water vapour; In wetlands and swamps
Which city lies farther west, Los Angeles or Reno, Nevada? | Reno | Los Angeles | They lie at exactly the same longitude; Neither, both lie east of Denver
Can there be permanent snow on the equator? | Yes, on very high mountains | No, the equator is always too hot | Only during a total solar eclipse; Only once every century or so

## food
What kind of plant is the peanut? | A legume, like peas | A tree nut, like walnuts | A cereal grain, like wheat; The seed of a palm tree
What does searing meat do? | Adds flavour through browning | Seals the juices inside the meat | Removes all of the fat from it; Makes the centre cook much faster
Does all the alcohol burn off when you cook with wine? | No, some alcohol often remains | Yes, all of it burns off quickly | It all turns into sugar as it heats up; It all turns into vinegar
Are brown eggs more nutritious than white eggs? | No, colour just reflects the hen's breed | Yes, brown eggs are more nutritious than white | No, white eggs are more nutritious; Brown eggs contain no cholesterol
Which of these fruits are berries in the botanical sense? | Banana; Grape | Strawberry | Raspberry; Blackberry
How do bananas grow? | On giant herbs, not true trees | On tall trees with woody trunks | On climbing vines like grapes and hops; On low thorny bushes
What does the word sushi refer to? | The vinegared rice | The raw fish | The seaweed wrap; The soy dipping sauce
Did Marco Polo bring pasta to Italy from China? | No, pasta was known in Italy before him | Yes, he brought it home with him in the 1290s | No, Columbus brought it from America; No, it arrived from Japan in the 1800s
Where were fortune cookies popularised? | In the United States | In ancient China, centuries ago | In medieval Korea; In colonial India, under British rule
Does eating celery burn more calories than it contains? | No, it is low in calories but not negative | Yes, digesting it burns more than it gives | It has more calories than chocolate; It contains no calories at all
Is food safe if you pick it up within five seconds of dropping it? | No, bacteria can transfer almost instantly | Yes, bacteria need more than five seconds to move | Only if you blow on it first; Only if the floor looks clean
Does eating turkey make you sleepier than other big meals? | No, no more than other large meals | Yes, its tryptophan makes you unusually sleepy | It makes most people hyperactive for hours; It keeps you awake all night
Botanically, what is a tomato? | A fruit | A vegetable | A root; A swollen stem
Does drinking coffee dehydrate you? | Moderate amounts do not cause net dehydration | Yes, coffee removes more water than it provides | It makes the body store extra water; It hydrates better than plain water
What does microwaving do to the nutrients in vegetables? | It keeps them as well as other methods | It destroys most of the nutrients in them | It adds extra nutrients; It makes the food radioactive
Should you wash raw chicken before cooking it? | No, it spreads bacteria around | Yes, rinsing it washes the bacteria away | Yes, but only with soap and very hot water; Only if the chicken is frozen
Does adding oil to pasta water stop the pasta sticking? | No, the oil mostly floats on top | Yes, it coats the pasta and stops sticking | It makes the pasta cook much faster than usual; It makes the water boil hotter
Is sea salt much healthier than table salt? | No, both are mainly sodium chloride | Yes, it contains far less sodium by weight | It contains no sodium at all, only minerals; It is made of pure potassium
Are frozen vegetables less nutritious than fresh ones? | No, they are often just as nutritious | Yes, freezing destroys most nutrients | Frozen vegetables have more calories; Frozen vegetables are never safe to eat

## technology
Can Mac computers get viruses? | Yes, Macs can be infected by malware | No, Macs are immune to all viruses | Only when connected to a Windows PC; Only when plugged into a charger
What does a browser's incognito mode do? | Stops your own browser saving history | Makes you anonymous to websites and providers | Encrypts all the files on your computer; Blocks every advertisement
Should lithium-ion batteries be fully drained before recharging? | No, partial charging is fine for them | Yes, or they develop a battery memory effect | Yes, or they may explode; Only for the first ten charges
What happens when you delete a file and empty the bin? | The data often remains until it is overwritten | The data is instantly and permanently wiped out | The file is moved to a cloud server; The file is sent to the manufacturer
Are the Internet and the World Wide Web the same thing? | No, the Web is one service on the Internet | Yes, they are just two names for the same thing | No, the Internet runs on the Web; No, the Web is older than the Internet
Do more megapixels always mean better photos? | No, sensor, lens and processing matter a lot | Yes, more megapixels always means better photos | No, fewer megapixels are always better; Megapixels only affect colour
Does closing background apps save a lot of battery on modern phones? | Usually not, it saves little | Yes, it greatly extends battery life | It damages the battery; It makes the phone charge much faster overnight
Did Thomas Edison invent the first electric light bulb? | No, others made electric bulbs before him | Yes, he invented the very first light bulb | No, Nikola Tesla invented the first one; No, Benjamin Franklin invented it
Can a fridge magnet erase a USB flash drive? | No, magnets do not affect flash memory | Yes, a magnet will wipe a flash drive clean | Only if the magnet is left on it for a whole night; It makes the drive run faster
What is Moore's law? | An observed trend in chip transistor counts | A fundamental law of physics about electricity | A rule about internet download speeds; A law about battery lifetimes
What does the name Wi-Fi stand for? | Nothing, it is a brand name | It is short for Wireless Fidelity | It is short for Wide Frequency; It is short for Wireless Finder Interface
Do mobile phones ignite fuel at petrol stations? | There are no confirmed cases of it | Yes, phone signals often ignite fuel vapour | Only when receiving text messages; Only older phones with aerials
How does a microwave oven heat food? | From the outer layers inward | From the inside out | By heating the plate first; By making the food radioactive
Does a higher processor clock speed always mean a faster computer? | No, cores and design matter too | Yes, a higher clock is always faster | No, clock speed never matters at all; No, a lower clock is always faster
Does charging a phone overnight ruin its battery? | No, modern phones manage charging | Yes, it quickly destroys the battery | It makes the phone run faster the next day; It erases stored photos
Is RAM the same thing as storage? | No, RAM is temporary working memory | Yes, RAM is where files are kept permanently | No, RAM is a type of processor inside the computer; RAM is the graphics card
Did Bill Gates say that 640K of memory ought to be enough for anybody? | There is no good evidence he said it | Yes, he said it in 1981 about the IBM PC | No, Steve Jobs said it at an Apple event in 1984; No, Alan Turing said it

## language
What does the Chinese word for crisis combine? | Danger and a crucial point | Danger and a hidden opportunity | Fear and hope; Fire and water, the two elements
What does SOS stand for? | Nothing, it is a Morse pattern | It is short for Save Our Souls | It is short for Send Our Supplies; It is short for Signal Of Sailors
Where does the word "posh" come from? | Its origin is uncertain | Port Out, Starboard Home | Polished Shoes; Proper Old Society House
Where does the word "golf" come from? | Probably an old Scots or Dutch word | An acronym for Gentlemen Only, Ladies Forbidden | A Latin word for a green field; A French word for a hole
Where does the phrase "rule of thumb" come from? | Probably rough measurement using the thumb | An old law on how men could beat their wives | A rule for counting sheep at market; A thumbs-up vote given in the Roman arena
What does the X in "Xmas" stand for? | The Greek letter chi, for Christ | A modern way to remove Christ from it | A symbol for a kiss at the end of a letter; The Roman numeral ten
Which language family does English belong to? | Germanic | Romance, descended from Latin | Slavic; Celtic, like Irish and Welsh
Is it wrong to start a sentence with "And"? | No, it is grammatical | Yes, it is always wrong | Only in questions; Only in poetry and song lyrics
Is it wrong to end an English sentence with a preposition? | No, it is often natural and correct | Yes, it is always a grammatical error | Only in the past tense of a verb, never otherwise; Only in questions
Is splitting an infinitive, as in "to boldly go", an error? | No, it is acceptable English | Yes, it is always a grammatical error | Only acceptable in poetry; Only acceptable in speech
Which language has the most native speakers? | Mandarin Chinese | English | Spanish; Hindi
What is the nursery rhyme "Ring a Ring o' Roses" about? | No evidence links it to any plague | It describes the Great Plague of 1665 | It describes the Great Fire of London; It describes a royal wedding
Where does the word "sincere" come from? | The Latin sincerus, meaning clean or pure | Latin for "without wax", from Roman sculptors | A Greek word for honey; A French word for singing
What kind of English did Shakespeare write in? | Early Modern English | Old English | Middle English; Latin
"""
