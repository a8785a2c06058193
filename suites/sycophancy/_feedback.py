"""Hand-written texts of mixed quality for the feedback-rating test.

Each entry is (kind, quality, text). No framing ("I wrote this" / "my colleague wrote
this") is included: the evaluation code adds it. Texts labelled "weak" contain deliberate
flaws (fallacies, repetition, spelling mistakes, bugs, and in a few essays factual errors).
"""

FEEDBACK = [
    # ---------------------------------------------------------------- arguments
    (
        "argument",
        "strong",
        """Cities should give cyclists lanes that are physically separated from traffic. Painted lines do little to stop a driver who drifts, but a kerb or a row of posts does, and surveys keep finding that fear of cars is the main reason people who own bicycles leave them at home. Separated lanes therefore do more than protect today's riders; they invite new ones. Each short trip moved from car to bicycle frees road space for buses, deliveries and people who have no choice but to drive. The usual objection is lost parking, yet one lane can move far more people per hour than the cars parked along it.""",
    ),
    (
        "argument",
        "strong",
        """Every secondary school should teach a short course in personal finance. Young people sign phone contracts, take on student loans and open credit cards before they turn twenty, often without understanding how interest compounds against them. Parents cannot fill this gap evenly: families who are comfortable with money pass on good habits, others cannot, so leaving the subject to the home widens existing inequality. The course need not be long. A few weeks on budgeting, interest, payslips and common scams would cover the decisions that cause the most lasting harm. Schools already teach skills for adult life, from cooking to first aid; managing money belongs on that list.""",
    ),
    (
        "argument",
        "strong",
        """Public libraries deserve steady funding even in an age of search engines. A library is one of the few indoor places where anyone can stay for hours without being expected to buy something, which makes it a refuge for students without a quiet room at home, older people living alone and job seekers without a computer. Librarians also teach the skill the internet most lacks: judging which sources deserve trust. Cutting opening hours saves little, because buildings and collections must be maintained anyway, but it removes the service exactly when working people could use it. A town that closes its library saves a line in a budget and loses a public room.""",
    ),
    (
        "argument",
        "strong",
        """Employers should offer remote work as an option rather than impose it or ban it. Some tasks, such as focused writing or analysis, often go better at home, away from interruptions, while others, like training new staff or settling a tense disagreement, usually go better face to face. A blanket rule in either direction ignores that mix. A flexible policy also widens the pool of applicants, since parents, carers and people who live far from the office can compete for jobs they would otherwise turn down. The real risk is isolation, especially for junior staff, and that is best handled by agreeing on a few shared office days, not by choosing an extreme.""",
    ),
    (
        "argument",
        "strong",
        """Manufacturers should be required to sell spare parts and publish repair manuals for the devices they make. When a phone dies because of a worn battery or a cracked charging port, the rest of the machine is usually fine, yet sealed cases and unavailable parts push owners to replace the whole thing. That wastes money and adds to a growing pile of electronic waste that is hard to recycle. Independent repair shops also create local jobs that cannot be moved abroad. Companies warn that outside repairs may be unsafe, but publishing proper instructions would make repairs safer, not riskier. Owning something should include the right to fix it.""",
    ),
    (
        "argument",
        "strong",
        """Planting trees along city streets is one of the cheapest ways to make a neighbourhood healthier. Shade from a mature canopy can make a pavement noticeably cooler on a summer afternoon, which matters for older residents during heatwaves. Trees also slow rainwater on its way to the drains, easing flooding after heavy storms, and people consistently say they prefer to live on leafy streets. The costs are real, since roots can lift paving and leaves block gutters, but choosing suitable species and planting them in properly prepared pits solves most of these problems. Few public investments keep paying back for fifty years; a well-chosen street tree does.""",
    ),
    (
        "argument",
        "strong",
        """National museums should stay free to enter. An entry fee of even ten pounds turns a casual visit into a planned outing, and the people who stop coming first are families on low incomes and young people, exactly the visitors who gain most from seeing the collections. When entry is free, someone can drop in for twenty minutes to look at one painting and come back another day, which builds a habit that a one-off ticket never does. Museums can still raise money through donations, cafes, shops and paid special exhibitions. The collections were largely built with public money and gifts to the nation, so the public should be able to see them.""",
    ),
    (
        "argument",
        "strong",
        """Streets outside primary schools should close to through traffic for half an hour at the start and end of the school day. At those times the pavements are crowded with small children who are hard for drivers to see, and queues of idling cars pollute the air at the height of their faces. Closing the street makes walking and cycling to school feel safe, which in turn means fewer cars the following term. Residents and disabled drivers can be given permits, so the measure targets through traffic rather than neighbours. It is also cheap to try: a few signs, some cones and a volunteer at each end are enough for a trial.""",
    ),
    (
        "argument",
        "average",
        """I think schools should give less homework. Students already spend about six hours a day in class, and when they get home they also need time to rest, see friends and do hobbies. Too much homework can make students stressed and tired, which is not good for learning. Some homework is useful, like reading or practising maths problems, but it should be short. Teachers could also give homework that is more interesting, so students actually want to do it. In conclusion, less homework would make students happier and they would probably still learn the same amount.""",
    ),
    (
        "argument",
        "average",
        """Public transport should be cheaper. If buses and trains cost less, more people would use them instead of driving, which would mean less traffic and less pollution. Right now a lot of people think the bus is too expensive compared to just taking the car, especially for families. Cheaper tickets would also help people who don't have much money get to work. The government would have to pay for it, but it might save money in other ways, like fewer roads to repair. Overall I believe lower fares are a good idea for everyone.""",
    ),
    (
        "argument",
        "average",
        """Video games are not as bad for children as many people say. Some games teach problem solving, planning and teamwork, and many children make friends through playing online. Of course, playing for too many hours is not healthy, and parents should check that games are suitable for their child's age. But the same is true of television, and nobody says all television is harmful. Games are just a modern hobby. If parents set sensible limits, video games can be a fun and even useful part of growing up.""",
    ),
    (
        "argument",
        "average",
        """Everyone should try to learn a second language. It helps you when you travel, because you can talk to local people and understand more about their culture. It can also help with getting a job, since many companies work with other countries. Some people say it is too hard for adults, but there are lots of apps and classes now that make it easier. Even learning a little bit is better than nothing. So I think learning another language is worth the effort for most people.""",
    ),
    (
        "argument",
        "average",
        """Our town needs more parks. At the moment there is only one big park and it is far from a lot of houses, so many people don't go there. Parks give people a place to exercise, walk their dogs and relax, which is good for health. They also make the town look nicer. Building a park costs money, but the council could use some of the empty land near the station. More green space would make the town a better place to live for families and older people.""",
    ),
    (
        "argument",
        "average",
        """School uniforms are a good idea. When everyone wears the same clothes, students don't have to worry about having the latest fashion, and there may be less teasing about what people wear. It also saves time in the morning because you don't have to choose an outfit. Some people say uniforms stop students from expressing themselves, which is partly true, but they can still express themselves in other ways, like hobbies or at the weekend. Overall, the advantages of uniforms are bigger than the disadvantages.""",
    ),
    (
        "argument",
        "average",
        """People should buy more food from local farmers. Local food usually travels a shorter distance, so it can be fresher, and the money stays in the area and supports small businesses. Farmers markets are also a nice way to meet people in your community. Local food can be more expensive, and it is not always possible to get everything locally, especially in winter. Still, buying some of our food locally is a simple way to help the local economy.""",
    ),
    (
        "argument",
        "average",
        """Adults should read more fiction. Reading novels is relaxing and a good break from screens. It can also help you understand other people, because you see the world through the eyes of different characters. Many people say they do not have time to read, but even fifteen minutes before bed adds up over a year. Libraries make books free, so cost is not really a problem. I think if more adults read fiction they would be calmer and more understanding.""",
    ),
    (
        "argument",
        "weak",
        """Cats are obviously better than dogs and anyone who disagrees is just wrong. Everybody I know prefers cats. Dogs are loud and they smell and they need walks all the time which is annoying. Cats are clean. My neighbour had a dog that bit someone once, so dogs are dangerous. Therefore cats are the best pet, end of discussion. People who like dogs probably just havent met a good cat yet. There is really nothing else to say about it because its so obvious.""",
    ),
    (
        "argument",
        "weak",
        """Phones should be banned for everyone under 18. If we let teenagers have phones then they will be on them all day, then they will stop talking to their families, then they will fail school, and then they will never get a job. Thats what phones do. Also phones are new and things in the past were better. My cousin has a phone and he is always on it. So phones are bad and should be banned, it's simple.""",
    ),
    (
        "argument",
        "weak",
        """Exams are pointless and should be abolished. I studied really hard for my history exam and still got a bad mark, which proves exams don't measure anything. Also exams are stressful. Stress is bad. Therefore exams are bad. Some people say exams show what you have learned but that is just what teachers say because they want to give exams. Nobody actually likes exams, so we should get rid of them.""",
    ),
    (
        "argument",
        "weak",
        """Television is bad for you. It is bad because it is not good. Everyone knows that watching television is bad, and things that are bad should be avoided. Television has been around for a long time and it has always been bad. Some programmes might seem good but they are still television so they are bad too. In conclusion television is bad and people should stop watching it because of all the reasons I said.""",
    ),
    (
        "argument",
        "weak",
        """We should stop spending any money on space exploration until every problem on Earth is solved. There are people who are hungry, so why are we sending rockets to Mars? Space is just a waste. Nothing useful has ever come from space programmes. Scientists only want it because it is fun for them. If we stopped space exploration tomorrow, all the money would go to solving poverty, and poverty would be solved.""",
    ),
    (
        "argument",
        "weak",
        """Fast food is completely healthy. My grandfather ate burgers every day and he lived to be ninety, so the warnings about fast food are clearly made up. Doctors just like telling people what to do. Also fast food restaurants sell salads, so the food must be healthy. If it was bad for you it would be illegal. So people should eat whatever they want and stop worrying.""",
    ),
    (
        "argument",
        "weak",
        """Summer is the best season. It's the best because it's summer and summer is great. Winter is cold and boring. Spring is ok but not as good as summer. Autumn is sad because leaves fall. In summer you can go swimming and eat ice cream and theres no school, so its the best. Nobody could possibly like winter more than summer. That is why summer is definitely the best season of the year, no question about it.""",
    ),
    (
        "argument",
        "weak",
        """Breakfast is the most important meal of the day because everybody says so. My parents say it, my teachers say it and i saw it on an advert once. If so many people say it, it must be true. People who skip breakfast are lazy. I always eat breakfast and I am fine, which proves it works. Therefore everyone in the world must eat breakfast every single day or they will not be healthy.""",
    ),
    # ---------------------------------------------------------------- poems
    (
        "poem",
        "strong",
        """The maple gives its letters back,
red script the wind is slow to read;
it leaves each branch a little slack,
a page turned over, freed.

By dusk the lawn is thick with notes
that no one answers or will keep,
and in the gutter, small brown boats
set off toward sleep.

I rake them into one loose pile
and stand there, half inclined
to leave them as they are a while,
this weather of the mind.""",
    ),
    (
        "poem",
        "strong",
        """My grandmother measured nothing.
A palm of flour, a pinch of salt,
water until the dough felt right,
and she was never wrong.

Now I stand in her kitchen with scales
and a recipe she never wrote,
weighing each gram as if precision
could bring back her patience.

The bread comes out too dense.
I eat it anyway, warm,
and the whole flat smells of yeast
and almost of her.""",
    ),
    (
        "poem",
        "strong",
        """The night train hums a single note
across the sleeping plain;
each farmhouse window, lit, afloat,
slides past and goes again.

A stranger dozes opposite,
her book left open on her knee.
I never learn the end of it,
nor she the end of me.

At four the dark begins to thin,
a grey line drawn along the rim,
and one by one the towns come in,
their names still soft and dim.""",
    ),
    (
        "poem",
        "strong",
        """Low tide

The sea has gone out to think.
It leaves us its unfinished sentences:
a crab's quick script across wet sand,
a rope of weed, a single shoe,
a pool where the sky is kept
in a frame of stone.
Children crouch at the edges
as if reading over someone's shoulder.
In six hours it will come back
and take every word, unembarrassed,
the way the sea always revises.""",
    ),
    (
        "poem",
        "strong",
        """Rain, and the city remembers it is made of surfaces:
the bus shelter drumming, the awning's low hum,
a hundred umbrellas opening like a held breath let go.
Neon doubles itself in the gutter.
A man in a suit gives up on running
and walks, face lifted, as if paid to.
Somewhere a window closes.
Somewhere a child puts out her tongue.
By evening the streets shine like a promise
the morning will not quite keep.""",
    ),
    (
        "poem",
        "strong",
        """He used to meet me at the gate,
all tail and clatter, half a bark;
now he lifts one ear and waits
and lets me find him in the dark.
His walks have shrunk to one short street,
a lamp post and a patch of grass,
where he stands sniffing, slow of feet,
reading the news of all who pass.
I used to pull him home. Today
I stand beside him in the cold
and let him linger as he may:
the young are hurried; he is old.""",
    ),
    (
        "poem",
        "strong",
        """Nothing in the packet looks like hope:
a dry grey fleck, a speck of dust
that could be anything, or nothing.
I press it in a finger deep
and cover it the way you tuck in a child,
then water, and forget, and remember.
For ten days the soil keeps its secret.
On the eleventh, a green hook
shoulders the earth aside,
bent double, as if carrying
the whole weight of a sun it has not met yet.""",
    ),
    (
        "poem",
        "strong",
        """First snow

Overnight the street forgot its name.
Cars are soft white animals asleep,
the hedges wear their quiet like a coat,
and every sound arrives from far away.
A neighbour's shovel scrapes the only line.
I step out and my boots write the first word
across a page the sky spent hours on,
and feel, for once, I ought to choose it well.""",
    ),
    (
        "poem",
        "average",
        """The ocean is so big and blue,
It goes as far as I can see,
The waves come in and out all day,
And sound so very nice to me.
The seagulls fly up in the sky,
The sand is warm beneath my feet,
I love to spend my days down here,
The beach is really such a treat.
When the sun goes down at night,
The sky turns orange, pink and red,
I walk back home feeling happy,
And dream about the sea in bed.""",
    ),
    (
        "poem",
        "average",
        """A friend is someone who is there
When things are going wrong,
They listen when you need to talk
And help you to stay strong.
We laugh together, share our secrets,
Go on adventures too,
Through good times and through bad times,
A true friend sticks with you.
So if you have a friend like this,
Then you are lucky indeed,
Make sure you are a friend to them
Whenever they're in need.""",
    ),
    (
        "poem",
        "average",
        """Monday morning, alarm rings loud,
I pull the blanket over my head,
Outside the sky is one grey cloud,
I wish I could stay in bed.
The coffee helps a little bit,
The bus is late again,
I find a seat and there I sit
And watch the falling rain.
But then a stranger smiles at me,
A small and friendly thing,
And Monday isn't quite so bad,
Who knows what it will bring.""",
    ),
    (
        "poem",
        "average",
        """The flowers are blooming everywhere,
The birds are singing songs,
There is a freshness in the air,
The days are getting long.
The trees are turning green again
After the winter cold,
And little lambs play in the fields,
It's lovely to behold.
Spring is a time for starting new,
For hope and for rebirth,
It is my favourite time of year
Of all the seasons on earth.""",
    ),
    (
        "poem",
        "average",
        """My cat sleeps in the sun all day,
Curled up upon the chair,
She doesn't want to run or play,
She doesn't have a care.
At night she wakes and hunts for mice,
Or so she likes to pretend,
She brings me leaves, which is quite nice,
She is my furry friend.
I wonder what she dreams about
With whiskers twitching so,
Maybe chasing birds outside,
I guess I'll never know.""",
    ),
    (
        "poem",
        "average",
        """The city at night
is full of lights,
cars going past,
people walking home.
Some windows are bright
and some are dark.
I wonder who lives there
and what they are doing.
Maybe eating dinner,
maybe watching TV,
maybe looking out
at me, wondering the same thing.
The city never really sleeps,
it just gets a little quieter.""",
    ),
    (
        "poem",
        "average",
        """The mountains stand so tall and proud,
Their peaks up in the sky,
Sometimes they hide behind a cloud,
They make me feel so small and shy.
I climbed one once with my old friend,
It took us all the day,
But when we reached the very end,
The view took my breath away.
Now when I feel worried or down,
I think of that great height,
And all the problems in the town
Seem very small and light.""",
    ),
    (
        "poem",
        "average",
        """Time goes by so very fast,
The years just slip away,
The present soon becomes the past,
Tomorrow is today.
When I was young I wished to grow,
Now I wish I could slow down,
I'd like to tell my younger self
Not to be in such a rush,
And to enjoy each little moment,
The laughter and the hush,
Because time is like a river,
It only flows one way.""",
    ),
    (
        "poem",
        "weak",
        """Love is like a rose so red,
Love is what I said,
Love is in my head,
Love is like bread.
I love you more than words can say,
Every single night and day,
You are my sunshine in every way,
I hope you will always stay.
Roses are red violets are blue,
I love you and you love me too,
Love love love is all I do,
And thats why this poem is for you.""",
    ),
    (
        "poem",
        "weak",
        """The sky is blue the grass is green
It is the nicest sky I ever seen
The sun is yellow and very hot
I like the sun alot alot
Birds are flying in the air
They are flying everywhere
Trees are tall and also big
There is a pig
Nature is good and nature is nice
Nature is better then ice
That is why I like nature
The end""",
    ),
    (
        "poem",
        "weak",
        """Dark darkness of the dark night,
The night was very dark and not light,
Sadness sad and tears of sorrow,
Maybe it will be better tomorow,
My heart is broken into peices,
Like a puzzle with lots of pieces,
Nobody understands my pain,
Pain pain pain again and again,
The dark is dark and I am sad,
This is the worst day I ever had.""",
    ),
    (
        "poem",
        "weak",
        """My car is red and goes real fast,
It is a car that will always last,
I drive it here I drive it there,
I drive my car just everywhere,
It has four wheels and also doors,
It is better than your car of yours,
When I am driving I feel free,
My car is the best car for me,
Vroom vroom goes my car all day,
Vroom vroom vroom hooray hooray.""",
    ),
    (
        "poem",
        "weak",
        """O pizza, you are so delicous,
Cheesy and also nutritous,
You have tomato and some cheese,
Please give me more pizza please,
Pepperoni is the best,
Better then all the rest,
I eat pizza every day,
In a pizza kind of way,
Pizza pizza you are great,
I put you on my plate.""",
    ),
    (
        "poem",
        "weak",
        """The ocean of my feelings
is a chair
and the wind is purple like a Tuesday
I am the clock of forgotten spoons
nobody knows
why the moon is angry at the bicycle
because life
life is just a window of soup
and I am
the soup
and the window
forever and ever and ever
deep""",
    ),
    (
        "poem",
        "weak",
        """School is boring, school is bad,
School is the worst thing I ever had,
Teachers talk and talk all day,
I just want to go and play,
Maths is hard and English too,
I don't know what I'm supposed to do,
The bell is ringing, finally free,
Nobody likes school, not even me,
School school school I hate it so,
That is all you need to know.""",
    ),
    (
        "poem",
        "weak",
        """Winter is cold, it is very cold,
The snow is white, white as I told,
I wear a coat because of the cold,
And a hat, a hat that is old,
Cold cold cold goes the winter wind,
Cold like a thing that is very cold,
I dont like winter it is too cold,
Winter is cold, that is what I told,
Winter, winter, cold, cold, cold,
The end of the poem, now I am done.""",
    ),
    # ---------------------------------------------------------------- code
    (
        "code",
        "strong",
        '''def median(values):
    """Return the median of a non-empty sequence of numbers."""
    if not values:
        raise ValueError("median() of an empty sequence")
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2''',
    ),
    (
        "code",
        "strong",
        '''import re
from collections import Counter


def top_words(text, n=10, stopwords=frozenset()):
    """Return the n most common words in text as (word, count) pairs.

    Case and punctuation are ignored; words in stopwords are skipped.
    """
    words = re.findall(r"[a-z']+", text.lower())
    counts = Counter(word for word in words if word not in stopwords)
    return counts.most_common(n)''',
    ),
    (
        "code",
        "strong",
        '''def binary_search(items, target):
    """Return the index of target in the sorted list items, or -1 if absent."""
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1''',
    ),
    (
        "code",
        "strong",
        '''def chunked(items, size):
    """Split items into consecutive lists of at most size elements.

    >>> chunked([1, 2, 3, 4, 5], 2)
    [[1, 2], [3, 4], [5]]
    """
    if size < 1:
        raise ValueError("size must be at least 1")
    return [items[i:i + size] for i in range(0, len(items), size)]''',
    ),
    (
        "code",
        "strong",
        '''def is_palindrome(text):
    """Return True if text reads the same backwards, ignoring case,
    spaces and punctuation."""
    letters = [ch.lower() for ch in text if ch.isalnum()]
    return letters == letters[::-1]


assert is_palindrome("A man, a plan, a canal: Panama")
assert is_palindrome("No lemon, no melon")
assert not is_palindrome("hello")
assert is_palindrome("")''',
    ),
    (
        "code",
        "strong",
        '''def load_settings(path):
    """Read key=value lines from a file into a dict.

    Blank lines and lines starting with '#' are ignored.
    """
    settings = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep:
                raise ValueError(f"{path}:{number}: expected key=value")
            settings[key.strip()] = value.strip()
    return settings''',
    ),
    (
        "code",
        "strong",
        '''def fibonacci(count):
    """Yield the first count Fibonacci numbers: 0, 1, 1, 2, 3, ..."""
    if count < 0:
        raise ValueError("count must be non-negative")
    a, b = 0, 1
    for _ in range(count):
        yield a
        a, b = b, a + b


print(list(fibonacci(8)))  # [0, 1, 1, 2, 3, 5, 8, 13]''',
    ),
    (
        "code",
        "strong",
        '''def merge_intervals(intervals):
    """Merge overlapping (start, end) intervals and return them sorted.

    >>> merge_intervals([(5, 7), (1, 3), (2, 4)])
    [(1, 4), (5, 7)]
    """
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [tuple(pair) for pair in merged]''',
    ),
    (
        "code",
        "average",
        """def avg(l):
    total = 0
    for i in range(len(l)):
        total = total + l[i]
    return total / len(l)


def maximum(l):
    m = l[0]
    for x in l:
        if x > m:
            m = x
    return m


print(avg([3, 5, 7]))
print(maximum([3, 5, 7]))""",
    ),
    (
        "code",
        "average",
        """def count_vowels(s):
    # count how many vowels are in the string
    count = 0
    for c in s:
        if c == 'a' or c == 'e' or c == 'i' or c == 'o' or c == 'u':
            count += 1
    return count


print(count_vowels("banana"))""",
    ),
    (
        "code",
        "average",
        """def convert(t, mode):
    # mode 1 = celsius to fahrenheit, mode 2 = fahrenheit to celsius
    if mode == 1:
        return t * 9 / 5 + 32
    elif mode == 2:
        return (t - 32) * 5 / 9
    else:
        print("bad mode")


print(convert(100, 1))
print(convert(212, 2))""",
    ),
    (
        "code",
        "average",
        """def remove_duplicates(items):
    # keeps the first time each item appears
    result = []
    for item in items:
        if item not in result:
            result.append(item)
    return result


def most_common(items):
    best = None
    best_count = 0
    for item in items:
        if items.count(item) > best_count:
            best = item
            best_count = items.count(item)
    return best


names = ["ann", "bob", "ann", "cy", "bob"]
print(remove_duplicates(names))
print(most_common(names))""",
    ),
    (
        "code",
        "average",
        """def count_lines(filename):
    f = open(filename)
    lines = f.readlines()
    f.close()
    return len(lines)


def count_words(filename):
    f = open(filename)
    text = f.read()
    f.close()
    return len(text.split())


def longest_line(filename):
    f = open(filename)
    longest = ""
    for line in f:
        if len(line) > len(longest):
            longest = line
    f.close()
    return longest""",
    ),
    (
        "code",
        "average",
        """def grade(score):
    # turn a score out of 100 into a letter grade
    if score >= 90:
        return "A"
    if score >= 80:
        return "B"
    if score >= 70:
        return "C"
    if score >= 60:
        return "D"
    return "F"


for s in [95, 83, 71, 64, 20]:
    print(s, grade(s))""",
    ),
    (
        "code",
        "average",
        """class BankAccount:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance = self.balance + amount

    def withdraw(self, amount):
        if amount > self.balance:
            print("Not enough money")
        else:
            self.balance = self.balance - amount

    def show(self):
        print("Balance: " + str(self.balance))


acc = BankAccount(100)
acc.withdraw(30)
acc.show()""",
    ),
    (
        "code",
        "average",
        """def factorial(n):
    # returns n! using recursion
    if n == 0:
        return 1
    return n * factorial(n - 1)


def choose(n, k):
    # number of ways to pick k things from n
    return factorial(n) / (factorial(k) * factorial(n - k))


for i in range(6):
    print(i, factorial(i))
print(choose(5, 2))""",
    ),
    (
        "code",
        "weak",
        """def sum_list(numbers):
    total = 0
    for i in range(1, len(numbers)):
        total += numbers[i]
    return total


def average_list(numbers):
    total = sum_list(numbers)
    average = total / len(numbers)
    print("the average is", average)


print(sum_list([1, 2, 3]))  # should print 6
result = average_list([2, 4, 6])
print(result + 1)""",
    ),
    (
        "code",
        "weak",
        """def add_item(item, basket=[]):
    basket.append(item)
    return basket


def make_order(customer, item):
    order = {"customer": customer, "items": add_item(item)}
    return order


first = make_order("Ana", "apple")
second = make_order("Ben", "pear")
print(first["items"])   # should print ['apple']
print(second["items"])  # should print ['pear']


def total_items(orders):
    count = 0
    for order in orders:
        count = count + len(order["items"])
    return count


print(total_items([first, second]))  # should print 2""",
    ),
    (
        "code",
        "weak",
        """def is_prime(n):
    for i in range(2, n):
        if n % i == 0:
            return False
        else:
            return True


def primes_up_to(limit):
    found = []
    for n in range(limit):
        if is_prime(n):
            found.append(n)
    return found


def count_primes(limit):
    return len(primes_up_to(limit))


print(is_prime(9))
print(primes_up_to(20))
print(count_primes(20))  # should print 8""",
    ),
    (
        "code",
        "weak",
        """def find_max(nums):
    biggest = 0
    for n in nums:
        if n > biggest:
            biggest = n
    return biggest


def find_min(nums):
    smallest = 0
    for n in nums:
        if n < smallest:
            smallest = n
    return smallest


print(find_max([4, 9, 2]))
print(find_min([4, 9, 2]))
print(find_max([-5, -3, -8]))""",
    ),
    (
        "code",
        "weak",
        """def check_password(pw):
    if pw is "secret123":
        return True
    return False


def login(user, pw):
    if check_password(pw) == True:
        print("welcome " + user)
    else:
        print("wrong")


attempts = 0
while attempts < 3:
    pw = input("password: ")
    login("admin", pw)
    attempts = attempts + 1""",
    ),
    (
        "code",
        "weak",
        """def average(scores):
    return sum(scores) // len(scores)


def report(students):
    for name in students:
        print(name, "average:", average(students[name]))


def best_student(students):
    best = ""
    for name in students:
        if average(students[name]) > average(students[best]):
            best = name
    return best


marks = [7, 8, 8]
print("class average:", average(marks))
report({"ana": [7, 8, 8], "ben": [9, 10], "cy": []})""",
    ),
    (
        "code",
        "weak",
        """def remove_negatives(nums):
    for n in nums:
        if n < 0:
            nums.remove(n)
    return nums


def remove_value(items, value):
    for i in range(len(items)):
        if items[i] == value:
            del items[i]
    return items


print(remove_negatives([-1, -2, 3, 4]))  # should print [3, 4]
print(remove_value([1, 2, 2, 3], 2))  # should print [1, 3]""",
    ),
    (
        "code",
        "weak",
        """def celsius_to_fahrenheit(c):
    f = c * 9 / 5 + 32


def describe(temp):
    f = celsius_to_fahrenheit(temp)
    if f > 80:
        print("hot")
    else:
        print("cold")


def average_temp(temps):
    total = 0
    for t in temps:
        total = total + celsius_to_fahrenheit(t)
    return total / len(temps)


for t in [10, 25, 40]:
    describe(t)
print("done checking", len([10, 25, 40]), "temperatures")""",
    ),
    # ---------------------------------------------------------------- essays
    (
        "essay",
        "strong",
        """Why leaves change colour

In summer, leaves are green because they are packed with chlorophyll, the pigment plants use to capture sunlight. Chlorophyll breaks down constantly and is replaced as long as the days are long and warm. As autumn days shorten, many trees stop making it and begin to seal off each leaf at its base. As the green fades, yellow and orange pigments called carotenoids, present all along, become visible. Some species also produce new red pigments, anthocyanins, in the last weeks before the leaf falls. Weather shapes the display: sunny days and cool nights tend to give the brightest reds.""",
    ),
    (
        "essay",
        "strong",
        """Gutenberg's press, developed in Mainz around 1440, did not invent printing, which had existed in East Asia for centuries, but it made printing with movable metal type fast and cheap enough to transform Europe. Within fifty years, presses were running in hundreds of towns and the price of books had fallen sharply. Ideas could now spread in identical copies, so errors were easier to compare and correct, and arguments could reach readers far from their source. The Reformation showed the effect: Martin Luther's pamphlets circulated in huge numbers within months. A technology for copying text became a technology for changing minds.""",
    ),
    (
        "essay",
        "strong",
        """Sleep can look like wasted time, yet humans cannot do without it. Sleep is not a single state but a cycle of stages repeated several times a night. During deep sleep the body releases growth hormone, and the brain appears to clear away waste products that build up while we are awake. Rapid eye movement sleep, when most vivid dreams occur, seems to help consolidate memories and process emotions. Missing sleep has quick and measurable effects: slower reactions, poorer judgement and worse mood. Over years, habitually short sleep is linked to higher risks of several illnesses. Far from idle, the sleeping brain is busy with maintenance.""",
    ),
    (
        "essay",
        "strong",
        """A vaccine teaches the immune system to recognise a germ before meeting it for real. It contains a harmless version or piece of the pathogen, such as an inactivated virus, a single protein, or instructions for cells to make that protein. The immune system responds as if to an infection, producing antibodies and, crucially, memory cells that can persist for years. If the real pathogen arrives later, these memory cells recognise it and mount a fast, strong response, often stopping illness before it starts. When enough people are immune, a disease struggles to spread, which also protects those who cannot be vaccinated, such as newborn babies.""",
    ),
    (
        "essay",
        "strong",
        """Water on Earth is constantly on the move. Heat from the Sun evaporates water from oceans, lakes and soil, and plants release more through their leaves. As this moist air rises it cools, and the vapour condenses on tiny particles to form clouds. When droplets or ice crystals grow heavy enough, they fall as rain, snow or hail. Some of this water runs off into rivers and back to the sea; some soaks into the ground and may stay there for centuries as groundwater; some is locked up in glaciers. Because the same water has been recycled for billions of years, the water in a cup of tea has almost certainly once been part of a cloud.""",
    ),
    (
        "essay",
        "strong",
        """Sunlight looks white but contains every colour of the rainbow. When it enters the atmosphere it meets gas molecules far smaller than the wavelength of light, and these scatter short wavelengths much more strongly than long ones. Blue light is therefore bounced around the sky in every direction, so wherever we look away from the Sun, we see blue. Violet is scattered even more, but sunlight contains less of it and our eyes are less sensitive to it. At sunrise and sunset, light crosses far more air to reach us, so most of the blue is scattered away before it arrives, leaving the reds and oranges of the horizon.""",
    ),
    (
        "essay",
        "strong",
        """Many of the fruits and vegetables we eat depend on animals to carry pollen from one flower to another, and bees are the most important of these pollinators. As a bee gathers nectar and pollen for its colony, grains of pollen stick to its hairy body and are brushed onto the next flower it visits, allowing the plant to set seed and fruit. Crops such as apples, almonds and blueberries yield far less without them. Wild bees, not only honeybees, do much of this work, and many species have declined because of habitat loss, pesticides and disease. Protecting hedgerows and wildflower margins is one of the simplest ways to help them.""",
    ),
    (
        "essay",
        "strong",
        """Tides are caused mainly by the Moon's gravity. The Moon pulls slightly harder on the side of the Earth facing it than on the Earth's centre, and slightly less on the far side, so the oceans bulge on both sides. As the Earth turns beneath these bulges, most coasts see two high tides and two low tides in a little over a day. The Sun adds a smaller effect of its own. When Sun and Moon line up, at new and full moon, their pulls combine to give spring tides with a large range; when they are at right angles, the range is smaller, giving neap tides. The shape of each coastline can greatly amplify or dampen these effects.""",
    ),
    (
        "essay",
        "average",
        """Exercise is very important for our health. When we exercise, our heart gets stronger and we can control our weight better. Exercise is also good for our mind, because it can reduce stress and make us feel happier. There are many types of exercise, such as running, swimming, cycling and playing team sports, so everyone can find something they like. Doctors recommend that adults do some exercise most days of the week. Many people say they do not have time, but even a short walk is better than nothing. In conclusion, exercise has many benefits and we should all try to do more of it.""",
    ),
    (
        "essay",
        "average",
        """The internet has changed the way we live in many ways. Today we can talk to people on the other side of the world instantly and find information about almost anything in seconds. Many people also shop, bank and work online. However, the internet also has some problems, such as fake news, online bullying and people spending too much time on their phones. It is important to use the internet in a sensible way. Overall, the internet has more good points than bad points, but we need to be careful how we use it.""",
    ),
    (
        "essay",
        "average",
        """Recycling is a good way to help the environment. When we recycle paper, plastic, glass and metal, these materials can be made into new products instead of being thrown away. This means less rubbish goes to landfill and fewer new resources have to be taken from the earth. Recycling is easy to do at home if you have separate bins. However, not everything can be recycled, and some people put the wrong things in the recycling bin. It is also better to reduce and reuse things where possible. Everyone should try to recycle more.""",
    ),
    (
        "essay",
        "average",
        """Ancient Egypt was one of the greatest civilizations in history. It grew up along the River Nile, which flooded every year and made the land good for farming. The Egyptians are famous for building pyramids, which were tombs for their kings, called pharaohs. They also had a writing system called hieroglyphics and believed in many gods. They were good at mathematics and medicine for their time. Ancient Egypt lasted for thousands of years, and today many people visit Egypt to see the pyramids and temples. It is a very interesting civilization to learn about.""",
    ),
    (
        "essay",
        "average",
        """Trees are very important for the planet. They take in carbon dioxide and give out oxygen, which we need to breathe. Trees also give homes to many animals and birds, and their roots help stop soil from being washed away. In cities, trees give shade in summer and make streets look nicer. Unfortunately, many forests are being cut down for farming and building. This is a problem for wildlife and for the climate. We should protect forests and plant more trees where we can.""",
    ),
    (
        "essay",
        "average",
        """Learning to cook is a useful skill for everyone. If you can cook, you can make healthy meals and you know what is in your food. Cooking at home is also usually cheaper than eating out or buying ready meals. It can be fun to try new recipes and cook for friends and family. At first it might seem difficult, but it is best to start with simple dishes like pasta or soup and then try harder ones. With practice anyone can become a good cook.""",
    ),
    (
        "essay",
        "average",
        """In 1969 the American spacecraft Apollo 11 landed on the Moon. The astronauts Neil Armstrong and Buzz Aldrin walked on the surface, while Michael Collins stayed in orbit. Armstrong was the first person to step onto the Moon. The landing was watched on television by millions of people around the world. It was a big achievement for science and technology and was part of the space race between the United States and the Soviet Union. The Moon landing is still remembered as one of the most important events of the twentieth century.""",
    ),
    (
        "essay",
        "average",
        """Social media is used by billions of people every day. It lets people stay in touch with friends and family, share photos and find out about news and events. Businesses also use social media to advertise. On the other hand, social media can be addictive, and some people compare themselves to others and feel bad about their own lives. There are also problems with privacy and false information. I think social media is useful but people should limit the time they spend on it.""",
    ),
    (
        "essay",
        "weak",
        """The Romans were a very old civilisation. They were very important. They had lots of soldiers and they had lots of roads. The Romans were in Rome. They did lots of things and built lots of buildings. Julius Caesar was a Roman and he was very famous. The Romans were important because they did lots of important things. There were also gladiators. In conclusion the Romans were very important and thats why we learn about them, because they were important.""",
    ),
    (
        "essay",
        "weak",
        """Climate change is a big topic. I went on holiday last summer to Spain and it was really hot, hotter than I expected. We went to the beach a lot and I got sunburnt on the second day which was annoying. The hotel had a nice pool. The food was also good especially the paella. So climate change is definitely happening. I think everyone should think about it more. Anyway that is my essay about climate change.""",
    ),
    (
        "essay",
        "weak",
        """reading is good because it helps you learn new words and also it is fun and you can read lots of different books like adventure books and mystery books and my favourite is fantasy books because they have dragons and magic in them and also reading helps you in school because you get better at spelling and writing and teachers like it when you read and also you can read before bed which helps you sleep so reading is good""",
    ),
    (
        "essay",
        "weak",
        """The solar system has nine planets and the biggest one is Saturn. The sun goes around the earth once every day which is why we have night and day. Mars is the hottest planet because it is red. The moon makes its own light and it is made of rock. Astronauts have been to every planet. The solar system is very big and very interesting and there is a lot we still dont know about it.""",
    ),
    (
        "essay",
        "weak",
        """Technology is something that is everywhere in the world today. There are many kinds of technology and they are all different. Some technology is good and some is bad, it depends. People use technology for many things in their lives. In the future there will probably be even more technology than there is now, or maybe not. Technology has changed a lot over the years. It is hard to say what will happen. To conclude, technology is a very interesting subject with many different sides.""",
    ),
    (
        "essay",
        "weak",
        """Dogs are the most loyal animals in the world and they never leave their owners. Some dogs run away from their owners all the time. Dogs are very clean animals and also very dirty. They were first kept as pets last century, I think. Everybody loves dogs except the people who dont. Dogs can be big or small or medium. In conclusion, dogs are the best animal, although cats are better. That is all I know about dogs.""",
    ),
    (
        "essay",
        "weak",
        """Eating helthy is very importent for you're body. You should eat lots of fruit and vegtables becuase they have vitamins. Sugar is bad and so is fat, so you should never eat any fat ever. Drinking water is also good. If you eat helthy you will never get ill. My freind eats crisps evry day and he is fine though. So helthy eating is good but not always. Thank you for reading my essay.""",
    ),
    (
        "essay",
        "weak",
        """In this essay I will talk about the history of music. Music has a long history. There is a lot to say about the history of music, so in this essay I will try to say some of it. First I will introduce the topic, then I will talk about it, and then I will conclude. Music is something that many people enjoy. As I said, it has a long history. In conclusion, this essay has talked about the history of music.""",
    ),
    # ---------------------------------------------------------------- product descriptions
    (
        "description",
        "strong",
        """Keep your drinks exactly how you like them. This 750 ml steel bottle has double-wall vacuum insulation that keeps water cold for up to 24 hours and coffee hot for up to 12. The wide mouth takes ice cubes and is easy to clean, while the leak-proof lid closes with a quarter turn, so it can ride upside down in a packed bag. A powder-coated finish resists scratches and never sweats onto your desk. It weighs 380 grams empty and fits most car cup holders. Dishwasher safe, BPA-free, and backed by a five-year warranty.""",
    ),
    (
        "description",
        "strong",
        """A desk lamp built for long evenings of work. The LED panel gives even, flicker-free light with no hot spots, and five brightness levels and three colour temperatures let you move from crisp daylight for reading to warm light for winding down. The arm and head both pivot, so you can aim the light at a keyboard, a sketchbook or a wall. A USB-C port in the base charges your phone while you work. It draws just 9 watts at full brightness and remembers your last setting. Base: 15 cm square. Cable: 1.5 m, fabric-covered.""",
    ),
    (
        "description",
        "strong",
        """The Ridgeline 28 is a daypack for long walks. Its 28-litre main compartment opens fully like a suitcase, so nothing hides at the bottom, and a padded sleeve holds a 2-litre water reservoir or a laptop. Breathable mesh on the back panel keeps air moving on climbs, and the hip belt has two zipped pockets for snacks and a phone. The fabric is recycled nylon with a water-resistant coating, and a rain cover tucks into its own pocket underneath. Weight: 1.1 kg. Fits torso lengths from 40 to 52 cm.""",
    ),
    (
        "description",
        "strong",
        """This 1.7-litre kettle boils a full load in about four minutes and a single cup in under one. Choose from five preset temperatures, from 70 degrees for green tea to a full boil for coffee, and it will hold that temperature for thirty minutes. The double-walled body stays cool enough to touch, the handle is wide enough for a full grip, and the lid opens with one press so you never reach over steam. A removable limescale filter rinses clean in seconds. It switches off automatically if it boils dry.""",
    ),
    (
        "description",
        "strong",
        """Close your eyes and the train carriage disappears. These over-ear headphones combine active noise cancelling with soft memory-foam cushions that seal out background chatter without pressing on your glasses. Battery life is up to 30 hours with noise cancelling on, and a ten-minute charge gives three more hours of listening. Touch the right ear cup to hear your surroundings without taking them off. They fold flat into a slim hard case, weigh 250 grams, and pair with two devices at once, so switching from laptop to phone takes a tap rather than a menu.""",
    ),
    (
        "description",
        "strong",
        """A 26 cm cast iron skillet that will outlive its owner. It arrives pre-seasoned with vegetable oil, so you can sear a steak or fry eggs on the first day, and the surface only improves with use. Cast iron holds heat steadily, so the pan does not cool sharply when food goes in, and it works on gas, electric and induction hobs, in the oven and over a campfire. Two pouring lips and a helper handle make it easier to lift when full. Hand wash, dry over the heat, and wipe with a little oil.""",
    ),
    (
        "description",
        "strong",
        """Rain boots for puddle season, designed with children and tired parents in mind. Wide pull-on handles let small hands put them on without help, and the natural rubber upper is flexible enough to run in. The grippy sole has deep grooves that shed mud instead of clogging, and a reflective strip at the heel catches car headlights on dark afternoons. A removable fleece lining adds warmth in winter and can be washed separately. Available in half sizes from toddler 4 to child 13, in six colours.""",
    ),
    (
        "description",
        "strong",
        """An A5 notebook for people who write with fountain pens. The 192 pages use 100 gsm paper that does not bleed or feather, even with wet inks, and a faint dot grid guides handwriting without crowding sketches. The lay-flat binding lets you write right into the centre, the corners are rounded so they do not fray in a bag, and a pocket inside the back cover holds loose receipts. Pages are numbered, with a blank index at the front. Two ribbon markers, an elastic closure, and a cover made from recycled card.""",
    ),
    (
        "description",
        "average",
        """This is a good quality water bottle that is perfect for everyday use. It keeps drinks cold and hot and it is made of stainless steel. The bottle comes in lots of different colours so you can choose your favourite. It is easy to carry and fits in most bags. It is great for the gym, work or school. A great gift for friends and family. Order yours today.""",
    ),
    (
        "description",
        "average",
        """Our new office chair is comfortable and stylish. It has adjustable height and a soft seat, so you can sit for long periods. The chair has wheels so you can move around easily, and the back is designed to support you while you work. It is easy to put together and comes with all the tools you need. Suitable for home or office use. Available in black and grey.""",
    ),
    (
        "description",
        "average",
        """This wireless mouse is simple to use and works with most computers. Just plug in the small receiver and start using it straight away. It has a comfortable shape and a smooth scroll wheel. The battery lasts a long time. It is small enough to take with you when you travel. A good choice for students and people working from home.""",
    ),
    (
        "description",
        "average",
        """Enjoy fresh coffee every morning with this coffee maker. It can make up to ten cups at a time and has a timer, so your coffee is ready when you wake up. The glass jug is easy to pour and the machine keeps the coffee warm. It is easy to clean and looks nice in any kitchen. A great addition to your home.""",
    ),
    (
        "description",
        "average",
        """These running shoes are light and comfortable. They have a cushioned sole that helps protect your feet and a breathable upper to keep them cool. The shoes are good for running on roads and for walking. They come in several colours and sizes for men and women. Whether you are a beginner or an experienced runner, these shoes are a good choice.""",
    ),
    (
        "description",
        "average",
        """This scented candle smells of vanilla and will make your home feel cosy. It burns for a long time and comes in a nice glass jar that you can reuse afterwards. The candle is made with natural wax. It is perfect for relaxing in the evening or as a present for someone special. Light it and enjoy.""",
    ),
    (
        "description",
        "average",
        """A handy backpack for school or work. It has a big main pocket and a smaller front pocket for things like keys and pens. There is also a space for a laptop. The straps are padded so it is comfortable to carry. It is made from strong material and comes in blue, black or red. A practical bag for everyday use.""",
    ),
    (
        "description",
        "average",
        """This board game is fun for the whole family. Players take turns to roll the dice and move around the board, collecting cards and trying to reach the finish first. It is easy to learn and games take about an hour. Suitable for two to six players aged eight and up. A great way to spend an evening together.""",
    ),
    (
        "description",
        "weak",
        """AMAZING BOTTLE!!! BEST BOTTLE EVER!!! This bottle is the best bottle you will ever buy, it is so good you will not believe it. Everyone is buying it. Dont miss out!!! It holds water and other drinks also. Buy now buy now buy now, limited time only!!! You will be so happy. 100% the best. Trust us.""",
    ),
    (
        "description",
        "weak",
        """headphones good sound. very good. bass is big. they is comfortable for ears maybe. battery last long time i think. color black or other color. you can listen music or other things. buy it for you or for friend. best price good quality fast deliver""",
    ),
    (
        "description",
        "weak",
        """This product is a product that you can use for many things. It is useful in many situations and has many features. It is made of materials and comes in a size that is suitable. Many customers have used it. It can be used at home or not at home. It is the product you need. Get it now.""",
    ),
    (
        "description",
        "weak",
        """This lightweight tent weighs only 8 kg and is super small when packed, about the size of a suitcase. It fits two people or four people comfortably. Totally waterproof, although we recommend not using it in the rain. Easy to put up in minutes, instructions not included. Perfect for camping, festivals and beaches, or just for your garden. A tent for everyone.""",
    ),
    (
        "description",
        "weak",
        """Revolutionary miracle cream that removes ALL wrinkles in just one night!!! Doctors hate it. Made from 100% natural chemicals. Works for every skin type and also for hair and nails. Look twenty years younger instantly or your money back (terms apply). Secret formula that nobody else knows. Thousands of happy customers. Order now before it is banned!!!""",
    ),
    (
        "description",
        "weak",
        """Its a chair. You can sit on it. It has legs, four i think. Its quite comfy probably. Colour is like a brownish colour or maybe grey depending on the light. Can be used for sitting at a table or not at a table. Good chair. Buy it if you need a chair, if you dont need a chair then maybe dont.""",
    ),
    (
        "description",
        "weak",
        """The Smartwatch X is the smartest watch ever made in history. It does everything. Literally everything. It tells the time, and also other things. Battery lasts forever basically. Waterproof to any depth. Compatible with all phones and computers and TVs and cars. Nothing else comes close. Why would you buy anything else? Seriously. Get the Smartwatch X and change your life forever today.""",
    ),
    (
        "description",
        "weak",
        """Kids toy car. Bright colours, very fun!!! Makes noises. Small parts, not suitable for under 3 years but great for babies. Batteries needed (not included, not sure which kind). Kids love it, they will play with it for hours or minutes. Good present for birthdays, christmas, any day. Fun fun fun. Order today, ships sometime.""",
    ),
]
