"""Domain-shift items: the three clean tasks written in legal, medical and technical jargon.

Written by the slmtrust project. Sentiment: (text, label). NLI: (premise, [(hypothesis,
label) x 3]) with one hypothesis per label. MCQ: (question, correct, [three wrong]);
build.py shuffles the options with a seeded, position-balanced shuffle.
MCQ facts are textbook-level and stable (definitions, SI units, established terms).
"""

LEGAL_SENTIMENT = [
    ("The court commended counsel for her meticulous and persuasive written submissions.", "positive"),
    ("The judge criticised the prosecution for its careless handling of disclosure.", "negative"),
    ("Our solicitor resolved the boundary dispute swiftly and for a very reasonable fee.", "positive"),
    ("The firm billed us for dozens of hours of work that was never performed.", "negative"),
    ("The tribunal's judgment is clear, well reasoned, and a model of fairness.", "positive"),
    ("The appellate decision is confused, poorly reasoned, and plainly unjust.", "negative"),
    ("The mediator handled the settlement negotiations with remarkable skill and patience.", "positive"),
    ("The arbitration was a farce, and the award ignored most of the evidence.", "negative"),
    ("Thanks to the barrister's excellent cross-examination, my client was rightly acquitted.", "positive"),
    ("Our lawyer missed the filing deadline, and the claim was struck out as a result.", "negative"),
    ("The new statute is a welcome reform that finally protects tenants from unfair evictions.", "positive"),
    ("The amended regulations are vague, contradictory, and almost impossible to comply with.", "negative"),
    ("The conveyancing was completed ahead of schedule without a single complication.", "positive"),
    ("Probate dragged on for three years because the executor's solicitor ignored every letter.", "negative"),
    ("The legal aid clinic gave me thoughtful, practical advice free of charge.", "positive"),
    ("The contract was so badly drafted that both parties ended up in costly litigation.", "negative"),
    ("The judge's summing-up to the jury was balanced, lucid, and scrupulously fair.", "positive"),
    ("The court clerk was rude, unhelpful, and lost our bundle of documents twice.", "negative"),
    ("I am very grateful to the firm for guiding us through the adoption proceedings so kindly.", "positive"),
    ("The defence team was disorganised and clearly unprepared for the hearing.", "negative"),
    ("The commentary on contract law is authoritative, well indexed, and a pleasure to consult.", "positive"),
    ("The textbook on tort law is outdated and riddled with errors in its case citations.", "negative"),
    ("Counsel's opinion was concise, accurate, and exactly what the board needed.", "positive"),
    ("The landlord's lawyer sent threatening letters that were misleading and unprofessional.", "negative"),
    ("The employment tribunal was far less stressful than I feared, thanks to an excellent advocate.", "positive"),
    ("The court's online filing system is unreliable and rejected our claim form three times.", "negative"),
    ("The notary was efficient, courteous, and explained every clause before we signed.", "positive"),
    ("The insurer's denial of the claim was arbitrary and breached the policy terms.", "negative"),
    ("The settlement agreement was fair to both sides and drafted with great care.", "positive"),
    ("The magistrates' court was chaotic, and our case was adjourned without explanation.", "negative"),
    ("Our patent attorney secured broad protection for the invention at the first attempt.", "positive"),
    ("The trademark application failed because the agent filed it in the wrong class.", "negative"),
    ("The ombudsman investigated my complaint thoroughly and awarded generous compensation.", "positive"),
    ("The appeal was a waste of money, as the grounds were hopeless from the start.", "negative"),
    ("The judge showed real compassion in sentencing, and the outcome felt just.", "positive"),
    ("The police interview was conducted unlawfully, and my rights were ignored.", "negative"),
    ("The firm's trainee programme is supportive, well organised, and genuinely rewarding.", "positive"),
    ("The legal fees were exorbitant and the invoices were impossible to understand.", "negative"),
    ("The family court reached a sensible custody arrangement that works well for the children.", "positive"),
    ("The divorce was handled so incompetently that it cost us twice the estimate.", "negative"),
]

MEDICAL_SENTIMENT = [
    ("The surgical team was outstanding, and my post-operative recovery was smooth and uneventful.", "positive"),
    ("The consultant was dismissive and discharged me before the infection had cleared.", "negative"),
    ("Since starting the new inhaler, my asthma symptoms have improved dramatically.", "positive"),
    ("The medication caused severe nausea and did nothing to relieve the pain.", "negative"),
    ("The nurses on the cardiology ward were attentive, kind, and highly competent.", "positive"),
    ("The emergency department was overcrowded, and I waited nine hours on a trolley.", "negative"),
    ("My physiotherapist designed a rehabilitation plan that had me walking again within weeks.", "positive"),
    ("The biopsy results were lost twice, delaying my diagnosis by a month.", "negative"),
    ("The GP listened carefully, ordered the right tests, and caught the problem early.", "positive"),
    ("The hospital food was inedible and the ward was filthy.", "negative"),
    ("The vaccination clinic was efficient, friendly, and well organised.", "positive"),
    ("The anaesthetist was rushed and failed to explain the risks of the procedure.", "negative"),
    ("The new insulin pump has made managing my diabetes far easier.", "positive"),
    ("The dental implant failed within months and the clinic refused to take responsibility.", "negative"),
    ("The midwife was calm and reassuring, and the delivery went beautifully.", "positive"),
    ("The prescription was dispensed incorrectly, and I took the wrong dose for a week.", "negative"),
    ("The cataract surgery was painless, and my vision is sharper than it has been in years.", "positive"),
    ("The side effects of the chemotherapy were far worse than the oncologist had suggested.", "negative"),
    ("The hospice staff cared for my father with great dignity and warmth.", "positive"),
    ("The out-of-hours service gave contradictory advice and never called back.", "negative"),
    ("The dermatologist's treatment cleared my eczema completely.", "positive"),
    ("The knee replacement left me in more pain than before the operation.", "negative"),
    ("The mental health team was patient and helped me through a very difficult period.", "positive"),
    ("The clinic double-booked my appointment and then blamed me for the mix-up.", "negative"),
    ("The pharmacist spotted a dangerous drug interaction and prevented a serious mistake.", "positive"),
    ("The antibiotics did not work, and the infection spread to my other ear.", "negative"),
    ("My blood pressure is now well controlled, and I feel healthier than I have in years.", "positive"),
    ("The ambulance took over an hour to arrive, and the crew seemed poorly equipped.", "negative"),
    ("The paediatric ward was bright and welcoming, and the staff put my son at ease.", "positive"),
    ("The ultrasound technician was rough and made the scan painful.", "negative"),
    ("The rehabilitation centre is superbly run, and the therapists are excellent.", "positive"),
    ("The surgeon cancelled my operation three times at the last minute.", "negative"),
    ("The allergy specialist finally found the cause of my symptoms after years of uncertainty.", "positive"),
    ("The waiting list for a specialist referral is absurdly long, and nobody answers the phone.", "negative"),
    ("The fracture healed perfectly, and the cast came off ahead of schedule.", "positive"),
    ("The discharge instructions were confusing and left out key information about my medication.", "negative"),
    ("The video consultation was convenient, thorough, and reassuring.", "positive"),
    ("The doctor misread my scan, and I received the wrong treatment for weeks.", "negative"),
    ("The hearing aids are comfortable and have transformed my ability to follow conversations.", "positive"),
    ("The new tablets made me dizzy and exhausted, and my symptoms did not improve.", "negative"),
]

TECHNICAL_SENTIMENT = [
    ("The refactored query planner is dramatically faster and far more stable under load.", "positive"),
    ("The latest firmware update bricked half of our routers overnight.", "negative"),
    ("The API documentation is clear, complete, and full of working examples.", "positive"),
    ("The build system is fragile, and a single missing dependency breaks everything.", "negative"),
    ("Migrating to the new database cut our average response time in half.", "positive"),
    ("The memory leak in the rendering engine makes the application crash every few hours.", "negative"),
    ("The command-line tool is intuitive, well designed, and a pleasure to use.", "positive"),
    ("The compiler's error messages are cryptic and point to the wrong line.", "negative"),
    ("The new load balancer absorbed the traffic spike without a single dropped request.", "positive"),
    ("The cloud provider's outage took our service offline for an entire day.", "negative"),
    ("This library has an elegant interface and excellent test coverage.", "positive"),
    ("The SDK is poorly documented and full of unannounced breaking changes.", "negative"),
    ("The continuous integration pipeline now runs in minutes instead of hours.", "positive"),
    ("The driver update introduced severe screen flickering and random freezes.", "negative"),
    ("The patch fixed the race condition cleanly without any performance cost.", "positive"),
    ("The plugin corrupted our configuration files and wiped the logs.", "negative"),
    ("The monitoring dashboard is responsive, clear, and genuinely useful during incidents.", "positive"),
    ("The password reset flow is broken and locks users out of their accounts.", "negative"),
    ("The new graphics card runs cool and quiet, and the frame rates are superb.", "positive"),
    ("The solid-state drive failed after a month and all the data was lost.", "negative"),
    ("The open-source maintainers responded to our bug report quickly and helpfully.", "positive"),
    ("The vendor's support team closed our ticket without ever reproducing the bug.", "negative"),
    ("The compression algorithm cut storage costs dramatically with no visible quality loss.", "positive"),
    ("The mobile client drains the battery and constantly loses its network connection.", "negative"),
    ("The code review process is thorough, respectful, and has greatly improved our code.", "positive"),
    ("The legacy codebase is a tangled mess with no tests and no comments.", "negative"),
    ("Setting up the cluster was painless thanks to the excellent installation scripts.", "positive"),
    ("The search feature returns irrelevant results and times out on simple queries.", "negative"),
    ("The upgrade went flawlessly, and every service was back online within seconds.", "positive"),
    ("The encryption module uses an outdated cipher and fails basic security audits.", "negative"),
    ("The editor's autocomplete is accurate and has made me noticeably more productive.", "positive"),
    ("The installer hangs at ninety percent and leaves the system in a broken state.", "negative"),
    ("The network switch is reliable, easy to configure, and very energy efficient.", "positive"),
    ("The caching layer serves stale data and causes baffling inconsistencies.", "negative"),
    ("The profiler pinpointed the bottleneck immediately and saved us days of work.", "positive"),
    ("The printer driver is bloated, slow, and installs unwanted software.", "negative"),
    ("The rewrite in a typed language eliminated a whole class of runtime errors.", "positive"),
    ("The framework's latest release broke backwards compatibility without any warning.", "negative"),
    ("The backup system restored our entire server in under ten minutes.", "positive"),
    ("The virtual machine is sluggish, and the disk performance is abysmal.", "negative"),
]

LEGAL_NLI = [
    (
        "The tenant shall pay the rent no later than the fifth day of each calendar month.",
        [
            ("Rent is due by the fifth of the month.", "entailment"),
            ("The rent is paid by bank transfer.", "neutral"),
            ("The tenant may pay the rent on any day of the month without breaching the lease.", "contradiction"),
        ],
    ),
    (
        "The defendant was acquitted of all charges by the jury.",
        [
            ("The jury found the defendant not guilty.", "entailment"),
            ("The trial lasted three weeks.", "neutral"),
            ("The defendant was convicted of one of the charges.", "contradiction"),
        ],
    ),
    (
        "This agreement may be terminated by either party giving thirty days' written notice.",
        [
            ("Either party can end the agreement by giving written notice.", "entailment"),
            ("The agreement was signed in London.", "neutral"),
            ("Only one of the parties is allowed to terminate the agreement.", "contradiction"),
        ],
    ),
    (
        "The will leaves the entire estate to the testator's two daughters in equal shares.",
        [
            ("Each daughter receives half of the estate.", "entailment"),
            ("The estate includes a house by the sea.", "neutral"),
            ("The testator's son inherits the whole estate.", "contradiction"),
        ],
    ),
    (
        "The claim was dismissed because it was brought after the limitation period had expired.",
        [
            ("The claim was brought too late.", "entailment"),
            ("The claimant intends to appeal.", "neutral"),
            ("The court ruled in favour of the claimant.", "contradiction"),
        ],
    ),
    (
        "Under the licence, the software may be installed on no more than three computers.",
        [
            ("Installing the software on a fourth computer is not permitted under the licence.", "entailment"),
            ("The licence costs fifty pounds a year.", "neutral"),
            ("The licence allows installation on an unlimited number of computers.", "contradiction"),
        ],
    ),
    (
        "The witness testified under oath that she saw the accused leave the building at midnight.",
        [
            ("The witness gave evidence under oath.", "entailment"),
            ("The witness knows the accused personally.", "neutral"),
            ("The witness refused to give any evidence.", "contradiction"),
        ],
    ),
    (
        "The company was fined for breaching data protection law.",
        [
            ("The company received a financial penalty.", "entailment"),
            ("The fine was the largest of its kind.", "neutral"),
            ("The company was found to have complied fully with data protection law.", "contradiction"),
        ],
    ),
    (
        "The court granted an injunction preventing the builder from continuing work on the site.",
        [
            ("The builder was ordered to stop work on the site.", "entailment"),
            ("The neighbours had complained about noise.", "neutral"),
            ("The court allowed the builder to carry on working on the site.", "contradiction"),
        ],
    ),
    (
        "The contract is governed by the laws of Scotland.",
        [
            ("Scots law applies to the contract.", "entailment"),
            ("Both parties are based in Edinburgh.", "neutral"),
            ("The contract is governed exclusively by French law.", "contradiction"),
        ],
    ),
    (
        "The suspect was released on bail pending trial.",
        [
            ("The suspect is not in custody while awaiting trial.", "entailment"),
            ("The suspect's family paid the bail.", "neutral"),
            ("The suspect is being held in prison until the trial.", "contradiction"),
        ],
    ),
    (
        "The employee signed a non-disclosure agreement before starting work.",
        [
            ("The employee agreed to keep certain information confidential.", "entailment"),
            ("The employee works in the finance department.", "neutral"),
            ("The employee never signed any agreement.", "contradiction"),
        ],
    ),
    (
        "The appeal court quashed the conviction and ordered a retrial.",
        [
            ("The conviction was set aside.", "entailment"),
            ("The retrial will take place next spring.", "neutral"),
            ("The appeal court upheld the conviction.", "contradiction"),
        ],
    ),
    (
        "The lease prohibits keeping pets in the flat without the landlord's written consent.",
        [
            ("A tenant needs the landlord's written permission to keep a pet in the flat.", "entailment"),
            ("The landlord dislikes cats.", "neutral"),
            ("The lease lets tenants keep any pets without asking the landlord.", "contradiction"),
        ],
    ),
]

MEDICAL_NLI = [
    (
        "The patient was prescribed amoxicillin, to be taken three times daily for seven days.",
        [
            ("The patient was prescribed a medicine to take every day for a week.", "entailment"),
            ("The patient has a chest infection.", "neutral"),
            ("The patient was told to take the medicine once a week.", "contradiction"),
        ],
    ),
    (
        "The scan showed no evidence of a fracture.",
        [
            ("No broken bone was seen on the scan.", "entailment"),
            ("The scan was an X-ray.", "neutral"),
            ("The scan revealed a fractured bone.", "contradiction"),
        ],
    ),
    (
        "The patient is allergic to penicillin and must not receive it.",
        [
            ("Penicillin should not be given to the patient.", "entailment"),
            ("The patient is also allergic to peanuts.", "neutral"),
            ("Penicillin is the recommended treatment for this patient.", "contradiction"),
        ],
    ),
    (
        "After surgery, the patient was transferred to the intensive care unit for monitoring.",
        [
            ("The patient had an operation.", "entailment"),
            ("The surgery lasted four hours.", "neutral"),
            ("The patient went straight home after surgery.", "contradiction"),
        ],
    ),
    (
        "The child's temperature has returned to normal since starting the medication.",
        [
            ("The child's temperature is no longer raised.", "entailment"),
            ("The medication tastes of strawberries.", "neutral"),
            ("The child's fever has got worse.", "contradiction"),
        ],
    ),
    (
        "The nurse measured the patient's blood pressure, which was 150 over 95.",
        [
            ("The patient's blood pressure was checked.", "entailment"),
            ("The patient is taking blood pressure tablets.", "neutral"),
            ("Nobody measured the patient's blood pressure.", "contradiction"),
        ],
    ),
    (
        "Smoking is strictly prohibited anywhere on the hospital grounds.",
        [
            ("Smoking is not allowed on the hospital grounds.", "entailment"),
            ("Most of the hospital staff do not smoke.", "neutral"),
            ("There is a designated smoking area on the hospital grounds.", "contradiction"),
        ],
    ),
    (
        "The patient has had type 1 diabetes since childhood and injects insulin daily.",
        [
            ("The patient uses insulin.", "entailment"),
            ("The patient also has high cholesterol.", "neutral"),
            ("The patient has never needed insulin.", "contradiction"),
        ],
    ),
    (
        "The vaccine is given in two doses, four weeks apart.",
        [
            ("A second dose follows the first.", "entailment"),
            ("The vaccine is stored in a freezer.", "neutral"),
            ("The vaccine requires only a single dose.", "contradiction"),
        ],
    ),
    (
        "The GP referred the patient to a cardiologist for further tests.",
        [
            ("The patient was sent to a heart specialist.", "entailment"),
            ("The tests will include an ECG.", "neutral"),
            ("The GP decided that no further tests were needed.", "contradiction"),
        ],
    ),
    (
        "The patient fasted for twelve hours before the blood test.",
        [
            ("The patient did not eat for several hours before the blood test.", "entailment"),
            ("The blood test was for cholesterol.", "neutral"),
            ("The patient had breakfast just before the blood test.", "contradiction"),
        ],
    ),
    (
        "The wound was cleaned and closed with six stitches.",
        [
            ("The wound was stitched.", "entailment"),
            ("The wound was on the patient's hand.", "neutral"),
            ("The wound was left open without any stitches.", "contradiction"),
        ],
    ),
    (
        "In the clinical trial, the drug lowered blood pressure more than the placebo did.",
        [
            ("The drug outperformed the placebo at lowering blood pressure.", "entailment"),
            ("The drug will be approved next year.", "neutral"),
            ("The placebo lowered blood pressure more than the drug did.", "contradiction"),
        ],
    ),
    (
        "The elderly patient was discharged home with a walking frame.",
        [
            ("The patient left hospital.", "entailment"),
            ("The patient lives alone.", "neutral"),
            ("The patient remains on the ward.", "contradiction"),
        ],
    ),
]

TECHNICAL_NLI = [
    (
        "The server restarts automatically every night at 2 a.m. to apply updates.",
        [
            ("The server restarts on a daily schedule.", "entailment"),
            ("The updates are downloaded from a mirror in Europe.", "neutral"),
            ("The server is never restarted.", "contradiction"),
        ],
    ),
    (
        "The function returns null if the input list is empty.",
        [
            ("Passing an empty list to the function gives null.", "entailment"),
            ("The function is written in Java.", "neutral"),
            ("The function raises an error when the input list is empty.", "contradiction"),
        ],
    ),
    (
        "The database backup is encrypted before it is uploaded to cloud storage.",
        [
            ("The backup is stored in the cloud in encrypted form.", "entailment"),
            ("The backup is taken every hour.", "neutral"),
            ("The backup is uploaded without encryption.", "contradiction"),
        ],
    ),
    (
        "Version 3.0 removed support for the legacy XML configuration format.",
        [
            ("Version 3.0 does not support the legacy XML configuration format.", "entailment"),
            ("Most users had already switched to the new format.", "neutral"),
            ("Version 3.0 still supports the legacy XML configuration format.", "contradiction"),
        ],
    ),
    (
        "The laptop has 16 gigabytes of RAM and a 512-gigabyte solid-state drive.",
        [
            ("The laptop has a solid-state drive.", "entailment"),
            ("The laptop has a touchscreen.", "neutral"),
            ("The laptop has only 4 gigabytes of RAM.", "contradiction"),
        ],
    ),
    (
        "The API rejects any request that does not include a valid access token.",
        [
            ("Requests without a valid token are refused.", "entailment"),
            ("Access tokens expire after one hour.", "neutral"),
            ("The API accepts requests that have no token.", "contradiction"),
        ],
    ),
    (
        "The bug only occurs on devices running the older version of the operating system.",
        [
            ("Devices on the newer operating system version do not show the bug.", "entailment"),
            ("The bug was reported by a customer.", "neutral"),
            ("The bug occurs on every device regardless of operating system version.", "contradiction"),
        ],
    ),
    (
        "The website was migrated from a single server to a cluster of four servers.",
        [
            ("The website now runs on more than one server.", "entailment"),
            ("The migration took a week.", "neutral"),
            ("The website still runs on a single server.", "contradiction"),
        ],
    ),
    (
        "The router's firmware was updated to the latest version yesterday.",
        [
            ("The router received a firmware update.", "entailment"),
            ("The update improved the Wi-Fi speed.", "neutral"),
            ("The router's firmware has never been updated.", "contradiction"),
        ],
    ),
    (
        "The script deletes temporary files that are older than seven days.",
        [
            ("A temporary file created two weeks ago is deleted by the script.", "entailment"),
            ("The script runs every Monday.", "neutral"),
            ("The script never deletes any files.", "contradiction"),
        ],
    ),
    (
        "Passwords are stored as salted hashes rather than in plain text.",
        [
            ("Passwords are not stored in plain text.", "entailment"),
            ("The hashing algorithm is bcrypt.", "neutral"),
            ("Passwords are saved in plain text.", "contradiction"),
        ],
    ),
    (
        "The mobile app works offline and syncs changes when a connection becomes available.",
        [
            ("The app can be used without an internet connection.", "entailment"),
            ("The app is available only on Android.", "neutral"),
            ("The app stops working whenever the connection is lost.", "contradiction"),
        ],
    ),
    (
        "The test suite passed on all three supported platforms.",
        [
            ("The tests passed on every supported platform.", "entailment"),
            ("The test suite takes ten minutes to run.", "neutral"),
            ("The tests failed on one of the supported platforms.", "contradiction"),
        ],
    ),
    (
        "The printer is connected to the network by cable rather than by Wi-Fi.",
        [
            ("The printer uses a wired network connection.", "entailment"),
            ("The printer is in the main office.", "neutral"),
            ("The printer connects to the network wirelessly.", "contradiction"),
        ],
    ),
]

LEGAL_MCQ = [
    (
        "In a criminal trial, which side must prove that the accused is guilty?",
        "the prosecution",
        ["the defence", "the jury", "the witness"],
    ),
    (
        "What is the usual standard of proof for a criminal conviction in common-law countries?",
        "beyond reasonable doubt",
        ["on the balance of probabilities", "by a show of hands", "on the judge's intuition"],
    ),
    (
        "What is a sworn written statement that can be used as evidence called?",
        "an affidavit",
        ["an invoice", "a receipt", "a memo"],
    ),
    (
        "What does 'pro bono' legal work mean?",
        "work done without charge",
        ["work done at night", "work done abroad", "work done by judges"],
    ),
    (
        "What is the legal document that says how a person's property should be shared out after death?",
        "a will",
        ["a lease", "a patent", "a warrant"],
    ),
    (
        "What is the term for lying after swearing an oath to tell the truth in court?",
        "perjury",
        ["bail", "parole", "probate"],
    ),
    (
        "What kind of legal protection is usually obtained for a new invention?",
        "a patent",
        ["a lease", "a subpoena", "a verdict"],
    ),
    ("What protects a brand name or logo?", "a trademark", ["a mortgage", "a summons", "an alibi"]),
    ("What protects original creative works such as books and songs?", "copyright", ["probate", "bail", "tenure"]),
    (
        "Who presides over a courtroom and rules on points of law?",
        "the judge",
        ["the bailiff", "the claimant", "the stenographer"],
    ),
    ("What is a civil wrong, such as negligence, called in law?", "a tort", ["a felony", "a treaty", "a statute"]),
    (
        "What does the rule against double jeopardy prevent?",
        "being tried twice for the same offence",
        [
            "being fined twice for one parking ticket",
            "being represented by two lawyers",
            "appealing against a sentence",
        ],
    ),
    (
        "What is the formal decision of a jury at the end of a trial called?",
        "the verdict",
        ["the indictment", "the summons", "the deposition"],
    ),
    (
        "What is a person who rents a property from a landlord called?",
        "a tenant",
        ["a trustee", "a testator", "a bailiff"],
    ),
    (
        "What is the temporary release of an accused person awaiting trial, often with conditions, called?",
        "bail",
        ["parole", "probate", "a pardon"],
    ),
    (
        "What is a court order requiring someone to attend court as a witness called?",
        "a subpoena",
        ["a codicil", "a deed", "a lien"],
    ),
    (
        "Who carries out the instructions in a will after the person has died?",
        "the executor",
        ["the plaintiff", "the juror", "the magistrate"],
    ),
    (
        "What is a law passed by a legislature, such as a parliament, called?",
        "a statute",
        ["a precedent", "a verdict", "a tort"],
    ),
    (
        "What is an earlier court decision that guides the decision in later similar cases called?",
        "a precedent",
        ["a statute", "a treaty", "a deed"],
    ),
    ("What is spoken defamation called?", "slander", ["libel", "larceny", "arson"]),
    ("What is defamation in written or published form called?", "libel", ["slander", "perjury", "bigamy"]),
    (
        "What does a defence of alibi claim?",
        "that the accused was somewhere else at the time",
        ["that the accused acted in self-defence", "that the evidence was forged", "that the judge is biased"],
    ),
    (
        "What is the Latin term for the 'guilty mind' element of a crime?",
        "mens rea",
        ["habeas corpus", "pro bono", "ad hoc"],
    ),
    (
        "Which legal remedy protects a person against unlawful detention?",
        "habeas corpus",
        ["mens rea", "caveat emptor", "pro rata"],
    ),
    (
        "What is a court order that forbids someone from doing a particular act called?",
        "an injunction",
        ["an indictment", "an affidavit", "an acquittal"],
    ),
    (
        "What is money awarded by a court to compensate for loss or injury called?",
        "damages",
        ["bail", "tariffs", "royalties"],
    ),
    ("What is the crime of deliberately setting fire to property called?", "arson", ["fraud", "perjury", "trespass"]),
    (
        "What is the crime of taking someone's property by force or the threat of force?",
        "robbery",
        ["forgery", "libel", "trespass"],
    ),
    (
        "What is the formal finding that an accused person is not guilty called?",
        "an acquittal",
        ["a conviction", "a remand", "a caution"],
    ),
    ("In which year was Magna Carta first sealed?", "1215", ["1066", "1492", "1688"]),
    (
        "What is the legal process of proving a will and administering the dead person's estate called?",
        "probate",
        ["parole", "arbitration", "extradition"],
    ),
    (
        "What is the time limit within which a legal claim must be brought called?",
        "the limitation period",
        ["the cooling-off period", "the probation period", "the notice period"],
    ),
    (
        "What is the settling of a dispute by a neutral third party outside the courts, usually with a binding decision, called?",
        "arbitration",
        ["litigation", "legislation", "extradition"],
    ),
    (
        "What is the handing over of a suspect by one country to another to stand trial called?",
        "extradition",
        ["naturalisation", "arbitration", "ratification"],
    ),
    ("What is a person who makes a will called?", "a testator", ["a tenant", "a juror", "a notary"]),
    (
        "What is the formal written accusation charging a person with a serious crime called in many common-law systems?",
        "an indictment",
        ["an injunction", "an easement", "an affidavit"],
    ),
    (
        "In contract law, what turns an offer into a binding agreement, together with the other required elements?",
        "acceptance",
        ["a notary's stamp", "a jury's approval", "a police witness"],
    ),
    (
        "What is a legal document giving someone authority to act on another person's behalf called?",
        "a power of attorney",
        ["a writ of execution", "a bill of lading", "a deed of covenant"],
    ),
    (
        "What is the crime of entering a building unlawfully with intent to steal called?",
        "burglary",
        ["perjury", "slander", "bigamy"],
    ),
    (
        "What does the Latin phrase 'caveat emptor' mean?",
        "let the buyer beware",
        ["let the seller decide", "the judge's word is final", "guilty until proven innocent"],
    ),
]

MEDICAL_MCQ = [
    (
        "What does 'hypertension' mean?",
        "high blood pressure",
        ["low blood sugar", "a fast heart rate", "a high temperature"],
    ),
    (
        "What is tachycardia?",
        "an abnormally fast heart rate",
        ["an abnormally slow heart rate", "a low blood sugar level", "inflammation of the skin"],
    ),
    (
        "What does 'hypoglycaemia' mean?",
        "low blood sugar",
        ["high blood pressure", "low body temperature", "a lack of vitamin C"],
    ),
    (
        "What is the everyday name for a myocardial infarction?",
        "a heart attack",
        ["a stroke", "a broken rib", "an asthma attack"],
    ),
    ("What type of medicine relieves pain?", "an analgesic", ["an antibiotic", "an antihistamine", "an anticoagulant"]),
    ("Which organs does the adjective 'renal' refer to?", "the kidneys", ["the liver", "the lungs", "the heart"]),
    ("Which organ does the adjective 'hepatic' refer to?", "the liver", ["the kidneys", "the brain", "the stomach"]),
    ("Which organs does the adjective 'pulmonary' refer to?", "the lungs", ["the kidneys", "the eyes", "the bones"]),
    ("Which medical specialty deals with the skin?", "dermatology", ["cardiology", "neurology", "nephrology"]),
    ("Which medical specialty deals with cancer?", "oncology", ["orthopaedics", "dermatology", "ophthalmology"]),
    ("Which medical specialty cares for children?", "paediatrics", ["geriatrics", "urology", "radiology"]),
    ("Which medical specialty deals with the eyes?", "ophthalmology", ["cardiology", "gastroenterology", "nephrology"]),
    ("What is the femur?", "the thigh bone", ["the collarbone", "the shin bone", "the breastbone"]),
    ("What does haemoglobin in red blood cells carry around the body?", "oxygen", ["insulin", "bile", "calcium"]),
    ("Which organ produces insulin?", "the pancreas", ["the liver", "the spleen", "the gallbladder"]),
    (
        "What is a benign tumour?",
        "one that is not cancerous",
        ["one that has spread to other organs", "one that is always fatal", "one caused by a virus"],
    ),
    (
        "What does 'prophylaxis' mean in medicine?",
        "treatment to prevent disease",
        ["surgery to remove an organ", "a test for allergies", "a type of anaesthetic"],
    ),
    ("What is dyspnoea?", "difficulty breathing", ["difficulty swallowing", "a skin rash", "joint pain"]),
    ("What is pyrexia?", "a fever", ["a fracture", "a bruise", "a cough"]),
    (
        "What does oedema mean?",
        "swelling caused by excess fluid",
        ["a slow and irregular pulse", "loss of hair from the scalp", "a blocked artery in the leg"],
    ),
    (
        "What is triage in an emergency department?",
        "sorting patients by how urgently they need care",
        [
            "discharging patients home as soon as possible",
            "disinfecting the operating theatre between cases",
            "billing patients for the treatment they received",
        ],
    ),
    (
        "Antibiotics are effective against which kind of infection?",
        "bacterial infections",
        ["viral infections", "all infections", "genetic disorders"],
    ),
    (
        "Which instrument is used to measure blood pressure?",
        "a sphygmomanometer",
        ["a clinical thermometer", "an ophthalmoscope", "a pulse oximeter"],
    ),
    ("What does 'intravenous' mean?", "into a vein", ["under the tongue", "into a muscle", "through the nose"]),
    (
        "What is anaemia?",
        "a shortage of red blood cells or haemoglobin",
        [
            "an excess of white blood cells in the blood",
            "a persistently high blood pressure reading",
            "an allergic reaction to grass pollen",
        ],
    ),
    (
        "What is normal human body temperature, approximately?",
        "37 degrees Celsius",
        ["33 degrees Celsius", "40 degrees Celsius", "30 degrees Celsius"],
    ),
    (
        "What is hypothermia?",
        "a dangerously low body temperature",
        ["a dangerously high body temperature", "a low blood sugar level", "a high heart rate"],
    ),
    ("What is the medical term for a nosebleed?", "epistaxis", ["dyspepsia", "tinnitus", "vertigo"]),
    (
        "What does the suffix '-itis' mean, as in 'tonsillitis'?",
        "inflammation",
        ["removal", "enlargement", "hardening"],
    ),
    (
        "What is osteoporosis?",
        "a weakening of the bones",
        ["an infection of the skin", "a disease of the lungs", "a defect of the heart"],
    ),
    (
        "What is a placebo?",
        "an inactive substance given for comparison",
        [
            "a surgical tool for stitching wounds",
            "a powerful painkiller given by injection",
            "a type of vaccine for children",
        ],
    ),
    (
        "What does dialysis do for patients with kidney failure?",
        "filters waste from the blood",
        ["pumps blood around the body", "produces insulin", "repairs broken bones"],
    ),
    (
        "What is a pathogen?",
        "an organism that causes disease",
        ["a type of white blood cell", "a kind of blood test", "a digestive hormone"],
    ),
    (
        "What is tinnitus?",
        "ringing in the ears",
        ["blurred vision in one eye", "a loss of the sense of smell", "numbness in the fingers"],
    ),
    ("What does 'subcutaneous' mean?", "under the skin", ["inside a bone", "into the spine", "through the nose"]),
    ("What is the medical term for a broken bone?", "a fracture", ["a sprain", "a lesion", "a contusion"]),
    (
        "What type of doctor specialises in the heart?",
        "a cardiologist",
        ["a dermatologist", "a neurologist", "a podiatrist"],
    ),
    (
        "Which vitamin does the skin make when it is exposed to sunlight?",
        "vitamin D",
        ["vitamin C", "vitamin B12", "vitamin K"],
    ),
    (
        "What is a contraindication?",
        "a reason not to use a particular treatment",
        [
            "a harmless side effect caused by a drug",
            "a chart of recommended drug doses for adults",
            "a surgical incision made in the skin",
        ],
    ),
    ("What is the medical term for a bruise?", "a contusion", ["a fracture", "a laceration", "a hernia"]),
]

TECHNICAL_MCQ = [
    (
        "What does CPU stand for?",
        "central processing unit",
        ["computer power unit", "central program utility", "core peripheral unit"],
    ),
    (
        "What does RAM stand for?",
        "random access memory",
        ["read and modify memory", "rapid application module", "remote access memory"],
    ),
    ("How many bits are there in a byte?", "8", ["4", "16", "10"]),
    (
        "What does a compiler do?",
        "translates source code into machine code",
        [
            "cools the processor under heavy load",
            "stores files safely in the cloud",
            "connects a computer to a printer",
        ],
    ),
    ("Which number system uses only the digits 0 and 1?", "binary", ["decimal", "hexadecimal", "octal"]),
    ("What base does the hexadecimal number system use?", "16", ["2", "8", "10"]),
    (
        "What does DNS mainly do on the internet?",
        "translates domain names into IP addresses",
        [
            "encrypts email messages before sending them",
            "speeds up the processor by caching code",
            "stores website passwords for later logins",
        ],
    ),
    (
        "What is the main job of a firewall?",
        "filtering network traffic to block unwanted access",
        [
            "cooling the processor during heavy workloads",
            "printing documents sent over the network",
            "compressing images to save disk space",
        ],
    ),
    ("Which language is commonly used to query relational databases?", "SQL", ["HTML", "CSS", "Markdown"]),
    (
        "What is Git mainly used for?",
        "version control of source code",
        ["editing photos and other images", "sending and receiving email", "streaming music to speakers"],
    ),
    (
        "What does it mean for software to be 'open source'?",
        "its source code is publicly available to use and modify",
        [
            "it is guaranteed never to contain any bugs at all",
            "it can only be run on the Linux operating system",
            "it was written by and is owned by a government",
        ],
    ),
    (
        "What is an API?",
        "a defined interface that lets programs communicate",
        [
            "a type of virus that spreads between computers",
            "a brand of mechanical keyboard for coders",
            "a standard screen resolution for monitors",
        ],
    ),
    (
        "What is a bug in software?",
        "an error that causes incorrect behaviour",
        [
            "a newly added feature requested by users",
            "a type of cable used in networks",
            "a backup copy of important data",
        ],
    ),
    (
        "What is encryption used for?",
        "keeping data secret from unauthorised people",
        [
            "making files larger so they are safer",
            "speeding up downloads from the internet",
            "changing the colours shown on screen",
        ],
    ),
    (
        "What is latency in networking?",
        "the delay before data arrives",
        ["the total storage space available", "the brightness of the screen", "the number of users online"],
    ),
    (
        "What is a cache?",
        "a small fast store that keeps frequently used data",
        [
            "a type of cable that connects network devices",
            "a programming language used for web pages",
            "a power supply unit inside a desktop computer",
        ],
    ),
    (
        "Which two values can a Boolean variable take?",
        "true and false",
        ["one and ten", "red and green", "up and down"],
    ),
    (
        "What does a router do?",
        "forwards data packets between networks",
        [
            "prints documents sent from computers",
            "stores photographs on a hard disk",
            "cools the processor with a small fan",
        ],
    ),
    (
        "What does USB stand for?",
        "Universal Serial Bus",
        ["Unified System Board", "Universal Storage Block", "User Signal Bridge"],
    ),
    (
        "What is phishing?",
        "tricking people into revealing information through fake messages",
        [
            "a method of cooling servers with water pipes",
            "a way of compressing video files for streaming",
            "a keyboard shortcut for copying text between two programs",
        ],
    ),
    (
        "What is malware?",
        "software designed to cause harm",
        ["software for editing music", "a faster type of memory", "a network cable standard"],
    ),
    (
        "What is recursion in programming?",
        "a function calling itself",
        ["a loop that never runs", "a comment in the code", "a type of hardware"],
    ),
    (
        "Which data structure works on a last-in, first-out basis?",
        "a stack",
        ["a queue", "a hash table", "a binary tree"],
    ),
    ("Which data structure works on a first-in, first-out basis?", "a queue", ["a stack", "a binary tree", "a graph"]),
    (
        "What is HTML used for?",
        "structuring web pages",
        ["managing databases", "designing circuit boards", "compressing files"],
    ),
    (
        "What is a pixel?",
        "the smallest element of a digital image",
        [
            "a unit for measuring the loudness of sound",
            "a type of processor found in phones",
            "a storage device for photographs",
        ],
    ),
    ("What is the SI unit of electrical resistance?", "the ohm", ["the watt", "the volt", "the newton"]),
    ("What is the SI unit of electric current?", "the ampere", ["the ohm", "the joule", "the kelvin"]),
    ("What is the SI unit of power?", "the watt", ["the ampere", "the metre", "the pascal"]),
    (
        "What does a solid-state drive store data in?",
        "flash memory",
        ["magnetic tape", "spinning platters", "punched cards"],
    ),
    (
        "What is the purpose of a backup?",
        "to keep a copy of data in case the original is lost",
        [
            "to speed up the internet connection at home",
            "to make the screen brighter in sunlight",
            "to reduce the power used by the computer",
        ],
    ),
    (
        "What was the GPU originally designed to accelerate?",
        "graphics rendering",
        ["printing documents", "reading keyboard input", "supplying power"],
    ),
    (
        "What is bandwidth in networking?",
        "the maximum rate of data transfer",
        ["the length of a cable", "the number of ports on a switch", "the size of a monitor"],
    ),
    ("Which of these is an operating system?", "Linux", ["Python", "Excel", "Photoshop"]),
    (
        "What does Ohm's law state?",
        "voltage equals current multiplied by resistance",
        [
            "power equals mass multiplied by speed",
            "energy equals mass multiplied by time",
            "current equals voltage multiplied by resistance",
        ],
    ),
    (
        "What is a loop in programming?",
        "a block of code that repeats",
        ["an error in the syntax of code", "a variable that stores text", "an address on a local network"],
    ),
    (
        "What does a URL refer to?",
        "the address of a resource on the web",
        ["a type of chip inside a computer", "a language for writing programs", "a tool for managing passwords"],
    ),
    (
        "What is two-factor authentication?",
        "logging in with two different kinds of proof of identity",
        [
            "using two monitors at the same time while working",
            "having two separate email accounts for extra safety",
            "running two antivirus programs side by side",
        ],
    ),
    (
        "What does an IP address identify?",
        "a device on a network",
        ["a font used on a web page", "the layout of a keyboard", "the format of a saved file"],
    ),
    (
        "What is the purpose of a heat sink in a computer?",
        "to draw heat away from components",
        [
            "to store data when the power is off",
            "to amplify the sound from the speakers",
            "to connect the computer to Wi-Fi",
        ],
    ),
]

DOMAINS = {
    "legal": {"sentiment": LEGAL_SENTIMENT, "nli": LEGAL_NLI, "mcq": LEGAL_MCQ},
    "medical": {"sentiment": MEDICAL_SENTIMENT, "nli": MEDICAL_NLI, "mcq": MEDICAL_MCQ},
    "technical": {"sentiment": TECHNICAL_SENTIMENT, "nli": TECHNICAL_NLI, "mcq": TECHNICAL_MCQ},
}
