# Source of the own evaluation set: article texts (written with straight quotes; articles marked
# curly=True are converted to typographic quotes by a 1:1 character mapping, so offsets survive)
# plus quote / people / organization annotations.  eval/build.py turns this into own.jsonl.
#
# Q (a quote) and A (an article) are described in eval/annotation.py.

from annotation import ARTICLES, A, Q  # noqa: F401  (eval/annotation.py)

# ------------------------------------------------------------------------------------------ 01
A("own-01", "local politics / city council", "2025-04-09", False, '''
Brackenridge council approves bus-lane pilot after heated debate

BRACKENRIDGE - The Brackenridge City Council voted 6-3 on Tuesday night to approve a one-year pilot of dedicated bus lanes on Corliss Avenue, ending a debate that stretched past midnight and drew more than 80 public speakers.

Mayor Dana Whitcombe, who had pushed for the pilot since her re-election campaign last fall, called the vote "a turning point for how this city moves."

"People have been waiting 40 minutes for a bus that is supposed to come every 12. We can keep studying that problem or we can fix it," the mayor said after the meeting.

The pilot will be run by the Brackenridge Department of Transportation, which will paint red lanes along a 2.3-mile stretch of Corliss between Fulton Street and the river by early summer. Agency director Marcus Oyelaran told councillors that buses on the corridor currently average less than eight miles per hour during the evening rush.

Councillor Rosa Delgado-Fitch, who represents the Fourth Ward where most of the lanes will run, voted against the measure. She said small businesses along Corliss had not been properly consulted and that removing 140 parking spaces could push some of them to close.

"I support transit. I ride the 14 bus myself," Delgado-Fitch said. "But you don't build trust by telling shop owners about a decision after it's been made."

Councillor Howard Pyne, a first-term member from the Second Ward, said the city had held five public meetings and that the loss of parking would be offset by new loading zones on side streets.

The Corliss Avenue Merchants Association, which collected more than 1,200 signatures against the plan, said in a statement that it was "disappointed but not surprised" and would ask the council to review the results after six months.

The mayor said she was open to that. "If the numbers don't work, we'll say so. That's what a pilot is for," she said.

The department plans to publish ridership and travel-time figures online every month. The pilot is expected to cost about $1.8 million, most of it covered by a state transit grant, and the red lanes should be in place before schools let out in June.
''', [
    Q('''"a turning point for how this city moves."''', "Dana Whitcombe", "Mayor Dana Whitcombe", "called"),
    Q('''"People have been waiting 40 minutes for a bus that is supposed to come every 12. We can keep studying that problem or we can fix it,"''',
      "Dana Whitcombe", "the mayor", "said"),
    Q('''buses on the corridor currently average less than eight miles per hour during the evening rush''',
      "Marcus Oyelaran", "Agency director Marcus Oyelaran", "told"),
    Q('''small businesses along Corliss had not been properly consulted and that removing 140 parking spaces could push some of them to close''',
      "Rosa Delgado-Fitch", ("She", "She said small"), "said"),
    Q('''"I support transit. I ride the 14 bus myself,"''', "Rosa Delgado-Fitch", "Delgado-Fitch", "said"),
    Q('''"But you don't build trust by telling shop owners about a decision after it's been made."''',
      "Rosa Delgado-Fitch", ("Delgado-Fitch", "Delgado-Fitch said"), "said"),
    Q('''the city had held five public meetings and that the loss of parking would be offset by new loading zones on side streets''',
      "Howard Pyne", "Councillor Howard Pyne", "said"),
    Q('''it was "disappointed but not surprised" and would ask the council to review the results after six months''',
      "Corliss Avenue Merchants Association", "The Corliss Avenue Merchants Association", "said"),
    Q('''she was open to that''', "Dana Whitcombe", ("The mayor", "The mayor said she"), "said"),
    Q('''"If the numbers don't work, we'll say so. That's what a pilot is for,"''', "Dana Whitcombe",
      ("she", "she said."), "said"),
], ["Dana Whitcombe", "Marcus Oyelaran", "Rosa Delgado-Fitch", "Howard Pyne"],
   ["Brackenridge City Council", "Brackenridge Department of Transportation",
    "Corliss Avenue Merchants Association"])

# ------------------------------------------------------------------------------------------ 02
A("own-02", "national politics", "2024-09-18", True, '''
Senators clash over border deal as shutdown deadline nears

WASHINGTON - Two senior senators traded sharp words on Wednesday over a stalled border security package, raising fresh doubts that lawmakers can pass a spending bill before government funding runs out at the end of next week.

Sen. Raymond Cole, a Republican from Kansas who chairs the Senate Homeland Security Committee, accused Democrats of "playing chicken with the paychecks of half a million federal workers." He said the package, which includes $14 billion for border technology and new immigration judges, had been negotiated in good faith for three months.

"We gave them almost everything they asked for. At some point you have to take yes for an answer," he told reporters outside the Senate chamber.

Sen. Victor Ansel, a Democrat from Oregon and the committee's ranking member, rejected that account an hour later. He said Republicans had inserted a provision at the last minute that would allow the Department of Homeland Security to detain asylum seekers for up to a year without a hearing.

"That was never on the table, and Ray knows it. You don't get to slip something like that onto page 412 and then call the other side unreasonable," Ansel said.

Cole, asked about the provision, said it had been discussed "in broad terms" in early meetings and that Ansel's objection was "a convenient excuse."

He added that he was prepared to keep the Senate in session through the weekend if necessary.

Ansel, for his part, said he had spoken with White House chief of staff Linda Farrow on Tuesday night and that the president would not sign any bill containing the detention language.

"I'm not going anywhere. My phone is on," he said.

A spokeswoman for Senate Majority Leader Thomas Greer did not respond to a request for comment. Greer has said he wants a vote by Tuesday.

Federal employees missed two paychecks during the last extended shutdown, which ended in January 2019. Economists say even a short lapse in funding would delay loan approvals, passport processing and food safety inspections across the country.
''', [
    Q('''"playing chicken with the paychecks of half a million federal workers."''', "Raymond Cole",
      "Sen. Raymond Cole", "accused"),
    Q('''the package, which includes $14 billion for border technology and new immigration judges, had been negotiated in good faith for three months''',
      "Raymond Cole", ("He", "He said the package"), "said"),
    Q('''"We gave them almost everything they asked for. At some point you have to take yes for an answer,"''',
      "Raymond Cole", ("he", "he told reporters"), "told"),
    Q('''Republicans had inserted a provision at the last minute that would allow the Department of Homeland Security to detain asylum seekers for up to a year without a hearing''',
      "Victor Ansel", ("He", "He said Republicans"), "said"),
    Q('''"That was never on the table, and Ray knows it. You don't get to slip something like that onto page 412 and then call the other side unreasonable,"''',
      "Victor Ansel", ("Ansel", "Ansel said"), "said"),
    Q('''it had been discussed "in broad terms" in early meetings and that Ansel's objection was "a convenient excuse."''',
      "Raymond Cole", ("Cole", "Cole, asked"), "said"),
    Q('''he was prepared to keep the Senate in session through the weekend if necessary''', "Raymond Cole",
      ("He", "He added"), "added"),
    Q('''he had spoken with White House chief of staff Linda Farrow on Tuesday night and that the president would not sign any bill containing the detention language''',
      "Victor Ansel", ("Ansel", "Ansel, for his part"), "said"),
    Q('''"I'm not going anywhere. My phone is on,"''', "Victor Ansel", ("he", "he said."), "said"),
    Q('''he wants a vote by Tuesday''', "Thomas Greer", ("Greer", "Greer has said"), "said"),
], ["Raymond Cole", "Victor Ansel", "Linda Farrow", "Thomas Greer"],
   ["Senate", "Senate Homeland Security Committee", "Department of Homeland Security", "White House"],
   aliases={"Raymond Cole": ["Ray"]},
   optional_orgs=["Republican Party", "Democratic Party", "Republicans", "Democrats"])

# ------------------------------------------------------------------------------------------ 03
A("own-03", "sports match recap", "2024-11-02", False, '''
Harbor City FC edge Ridgeview 2-1 with late Okonkwo header

Harbor City FC moved within three points of first place in the Coastal Premier League on Saturday, beating Ridgeview United 2-1 at Pellman Stadium thanks to an 88th-minute header from substitute Daniel Okonkwo.

Ridgeview took the lead in the 23rd minute when winger Mateo Salas cut inside from the left and curled a shot past goalkeeper Ben Hartley into the far corner. It was Salas's ninth goal of the season.

Harbor City equalized shortly after halftime. Captain Luis Ferreira won a free kick at the edge of the box, and midfielder Jonah Whitfield struck it off the underside of the crossbar and in.

"We were too slow in the first half, too careful," Ferreira said. "At halftime we told each other we had nothing to lose."

The winner came two minutes from time. Whitfield swung in a corner, and Okonkwo, who had been on the pitch for barely ten minutes, rose above two defenders to head it past Ridgeview goalkeeper Tomasz Wrobel.

Okonkwo said he had practised exactly that run all week in training. "The coach kept telling me, 'Near post, near post,'" the 20-year-old said. "So I went near post."

Harbor City coach Sandra Mbeki praised her side's patience and said the substitution had been planned before kickoff. "Daniel gives you something different late in the game when legs are tired. He earned that goal," she said.

Ridgeview manager Craig Dunmore was less pleased. He said his team had "switched off" on the corner and that the result did not reflect the first 45 minutes.

"We should have been two or three up at the break," Dunmore said. "You don't take your chances, you get punished. Simple as that."

Harbor City visit league leaders Ashford Rovers next Sunday. Ridgeview, who have lost three of their last four matches, host Millbrook Athletic on Friday.
''', [
    Q('''"We were too slow in the first half, too careful,"''', "Luis Ferreira", ("Ferreira", "Ferreira said"), "said"),
    Q('''"At halftime we told each other we had nothing to lose."''', "Luis Ferreira", ("Ferreira", "Ferreira said"), "said"),
    Q('''he had practised exactly that run all week in training''', "Daniel Okonkwo", ("Okonkwo", "Okonkwo said he"), "said"),
    Q('''"The coach kept telling me, 'Near post, near post,'"''', "Daniel Okonkwo", "the 20-year-old", "said"),
    Q('''"So I went near post."''', "Daniel Okonkwo", "the 20-year-old", "said"),
    Q('''the substitution had been planned before kickoff''', "Sandra Mbeki", "Harbor City coach Sandra Mbeki", "said"),
    Q('''"Daniel gives you something different late in the game when legs are tired. He earned that goal,"''',
      "Sandra Mbeki", ("she", "she said."), "said"),
    Q('''his team had "switched off" on the corner and that the result did not reflect the first 45 minutes''',
      "Craig Dunmore", ("He", "He said his team"), "said"),
    Q('''"We should have been two or three up at the break,"''', "Craig Dunmore", ("Dunmore", "Dunmore said"), "said"),
    Q('''"You don't take your chances, you get punished. Simple as that."''', "Craig Dunmore",
      ("Dunmore", "Dunmore said"), "said"),
], ["Daniel Okonkwo", "Mateo Salas", "Ben Hartley", "Luis Ferreira", "Jonah Whitfield", "Tomasz Wrobel",
    "Sandra Mbeki", "Craig Dunmore"],
   ["Harbor City FC", "Coastal Premier League", "Ridgeview United", "Ashford Rovers", "Millbrook Athletic"],
   aliases={"Harbor City FC": ["Harbor City"], "Ridgeview United": ["Ridgeview"]},
   optional_orgs=["Pellman Stadium"])

# ------------------------------------------------------------------------------------------ 04
A("own-04", "reality TV / cooking competition recap (first names only)", "2023-03-10", False, '''
'Fire & Fork' recap: A collapsed soufflé sends Marcus home

The pressure finally got to the home cooks in the sixth episode of "Fire & Fork," and for one of them it arrived in the shape of a dessert that refused to rise.

This week's challenge, set by host Gemma Lowry, asked the final seven to reinvent a dish from their childhood in 90 minutes. The twist: every plate had to include one ingredient drawn at random from a sealed box. Keisha drew anchovies. Tomas drew rhubarb. Marcus, the retired firefighter who has been a fan favourite since the premiere, drew black sesame.

Keisha, a nurse from Leeds, turned the anchovies into a salsa verde for her grandmother's roast chicken. "I was terrified, honestly. Anchovy and chicken sounds like a punishment, but my nan would have loved it," she said in a confessional.

"It's basically my whole personality," Tomas laughed when he saw his rhubarb. He pickled it for a duck salad that judge Ravi Chandran called "the best thing anyone has cooked in this kitchen."

Marcus set out to make his mother's black sesame soufflé. It did not go to plan. With four minutes left, he opened the oven door to check on it, and the soufflé sank.

"You never open the door!" Tomas shouted across the kitchen, half joking. Marcus shook his head. "I know, I know. Forty years of cooking and I still do it," he said.

Judge Harriet Vaughan told him the flavour was "really special" but that the texture was "more pudding than soufflé." Chandran agreed, saying a soufflé that collapsed could not be rescued by taste alone.

Priya, a student from Glasgow, won immunity for next week with a spiced lamb keema in a crisp pastry shell. "I've been in the bottom three twice. I really needed this," Priya said, wiping away tears.

In the end, it was Marcus who handed back his apron. "I came here to cook my mum's food for people, and I did that," he said. "No regrets."

The remaining six face a team challenge next week, cooking lunch for 200 workers at a Sheffield steelworks. "Fire & Fork" airs Thursdays at 8 p.m. on Lumen One.
''', [
    Q('''"I was terrified, honestly. Anchovy and chicken sounds like a punishment, but my nan would have loved it,"''',
      "Keisha", ("she", "she said in a confessional"), "said"),
    Q('''"It's basically my whole personality,"''', "Tomas", ("Tomas", "Tomas laughed"), "laughed"),
    Q('''"the best thing anyone has cooked in this kitchen."''', "Ravi Chandran", "judge Ravi Chandran", "called"),
    Q('''"You never open the door!"''', "Tomas", ("Tomas", "Tomas shouted"), "shouted"),
    Q('''"I know, I know. Forty years of cooking and I still do it,"''', "Marcus", ("he", "he said."), "said"),
    Q('''the flavour was "really special" but that the texture was "more pudding than soufflé."''',
      "Harriet Vaughan", "Judge Harriet Vaughan", "told"),
    Q('''a soufflé that collapsed could not be rescued by taste alone''', "Ravi Chandran",
      ("Chandran", "Chandran agreed"), "saying"),
    Q('''"I've been in the bottom three twice. I really needed this,"''', "Priya", ("Priya", "Priya said"), "said"),
    Q('''"I came here to cook my mum's food for people, and I did that,"''', "Marcus", ("he", "he said. \"No"), "said"),
    Q('''"No regrets."''', "Marcus", ("he", "he said. \"No"), "said"),
], ["Gemma Lowry", "Keisha", "Tomas", "Marcus", "Ravi Chandran", "Harriet Vaughan", "Priya"],
   ["Lumen One"])

# ------------------------------------------------------------------------------------------ 05
A("own-05", "health feature (patients by first name, doctor)", "2025-01-20", True, '''
New clinic offers hope to patients with long-term post-viral fatigue

For nearly two years, Rachel could not climb the stairs of her own house without stopping to sit down halfway. The 41-year-old former primary school teacher caught what she thought was a mild flu in early 2023. She never fully recovered.

"People think tired means you need a nap. This is like your battery has been taken out and someone forgot to put it back," Rachel said.

Rachel is one of about 300 patients now being treated at the Post-Viral Recovery Clinic at St. Aldhelm's Hospital in Bristol, which opened last spring. The clinic is run by Dr. Naomi Osei, a respiratory physician who began researching lingering symptoms during the pandemic.

Osei said most of her patients had been turned away by at least two other doctors before they reached her. Many, she said, had been told that their symptoms were caused by anxiety.

"The single most important thing we do is believe them," the doctor said. "That sounds simple. It shouldn't be revolutionary, but for a lot of these patients it is."

The clinic's approach combines carefully paced exercise, sleep support and regular monitoring of heart rate. Patients wear a small wrist device that warns them when they are pushing too hard.

Daniel, a 29-year-old software tester, said the device had changed his life. He said that before the clinic he would feel well for a day, do too much and then spend a week in bed.

"Now I can see the crash coming before it arrives. I'm back at work three days a week, and a year ago I couldn't read an email," he said.

Not every patient improves. Around a third of those treated so far have seen little change, and the clinic has a waiting list of more than eight months. NHS England has funded the programme only until the end of 2026.

Avonmere NHS Foundation Trust, which runs the hospital, said in a statement that it was "actively seeking" longer-term funding and was in talks with the Department of Health and Social Care.

Rachel now manages a short walk to the end of her road most days. "It's not a miracle, but it's a direction," she said.
''', [
    Q('''"People think tired means you need a nap. This is like your battery has been taken out and someone forgot to put it back,"''',
      "Rachel", ("Rachel", "Rachel said"), "said"),
    Q('''most of her patients had been turned away by at least two other doctors before they reached her''',
      "Naomi Osei", ("Osei", "Osei said"), "said"),
    Q('''Many, she said, had been told that their symptoms were caused by anxiety''', "Naomi Osei",
      ("she", "Many, she said"), "said"),
    Q('''"The single most important thing we do is believe them,"''', "Naomi Osei", "the doctor", "said"),
    Q('''"That sounds simple. It shouldn't be revolutionary, but for a lot of these patients it is."''',
      "Naomi Osei", ("the doctor", "the doctor said"), "said"),
    Q('''the device had changed his life''', "Daniel", ("Daniel", "Daniel, a 29"), "said"),
    Q('''before the clinic he would feel well for a day, do too much and then spend a week in bed''',
      "Daniel", ("He", "He said that before"), "said"),
    Q('''"Now I can see the crash coming before it arrives. I'm back at work three days a week, and a year ago I couldn't read an email,"''',
      "Daniel", ("he", "he said."), "said"),
    Q('''it was "actively seeking" longer-term funding and was in talks with the Department of Health and Social Care''',
      "Avonmere NHS Foundation Trust", ("Avonmere NHS Foundation Trust", "Avonmere NHS Foundation Trust, which"), "said"),
    Q('''"It's not a miracle, but it's a direction,"''', "Rachel", ("she", "she said."), "said"),
], ["Rachel", "Naomi Osei", "Daniel"],
   ["Post-Viral Recovery Clinic", "St. Aldhelm's Hospital", "NHS England", "Avonmere NHS Foundation Trust",
    "Department of Health and Social Care"])

# ------------------------------------------------------------------------------------------ 06
A("own-06", "family / human interest (shared surname)", "2025-06-12", False, '''
After 50 years, the Tullys' corner hardware store closes its doors

When Anne and Martin Tully opened their hardware store on Mercer Street in 1975, a box of nails cost 60 pence and Martin still had all his hair.

On Saturday, after half a century of selling paint, fuses, garden hoses and advice, Tully's Hardware will close for good. The couple, both now in their late seventies, say it is time.

"We've been married 53 years and we've worked side by side for 50 of them. I think we've earned a few lie-ins," Anne said, standing behind the wooden counter her husband built the year they opened.

Tully, 79, was more reluctant. He said he had tried to talk his wife into "just one more Christmas" but lost the argument. "She usually wins. That's the secret to a long marriage," Tully said.

The shop has been a fixture of the Oakfield neighbourhood for generations. Regulars describe a place where Martin would spend 20 minutes explaining how to fix a leaking tap rather than sell a new one.

Their son, Liam, who grew up stacking shelves after school and now works as an engineer in Manchester, said he had considered taking over the business but could not make the numbers work. Rents on Mercer Street have nearly tripled in the past decade, and a large DIY chain, Brickhouse, opened a warehouse store two miles away in 2019.

"It broke my heart a little to say no. But Mum and Dad were clear. They didn't want me to take it on out of guilt," Liam said.

Anne's sister, Margaret Doyle, who worked weekends at the shop through the 1980s, said the couple had quietly extended credit to dozens of families during the miners' strike and never chased the debts. "They'd never tell you that themselves," Doyle said.

A farewell party is planned for Saturday afternoon, and the Oakfield Residents' Association has commissioned a plaque for the shopfront.

Asked what he would miss most, Tully paused. "The people," he said. "And the smell of the place. Sawdust and WD-40."

Anne said she planned to learn to swim.
''', [
    Q('''"We've been married 53 years and we've worked side by side for 50 of them. I think we've earned a few lie-ins,"''',
      "Anne Tully", ("Anne", "Anne said, standing"), "said"),
    Q('''he had tried to talk his wife into "just one more Christmas" but lost the argument''', "Martin Tully",
      ("He", "He said he had tried"), "said"),
    Q('''"She usually wins. That's the secret to a long marriage,"''', "Martin Tully", ("Tully", "Tully said."), "said"),
    Q('''he had considered taking over the business but could not make the numbers work''', "Liam",
      ("Liam", "Liam, who grew up"), "said"),
    Q('''"It broke my heart a little to say no. But Mum and Dad were clear. They didn't want me to take it on out of guilt,"''',
      "Liam", ("Liam", "Liam said."), "said"),
    Q('''the couple had quietly extended credit to dozens of families during the miners' strike and never chased the debts''',
      "Margaret Doyle", ("Margaret Doyle", "Margaret Doyle, who"), "said"),
    Q('''"They'd never tell you that themselves,"''', "Margaret Doyle", ("Doyle", "Doyle said."), "said"),
    Q('''"The people,"''', "Martin Tully", ("he", "he said. \"And"), "said"),
    Q('''"And the smell of the place. Sawdust and WD-40."''', "Martin Tully", ("he", "he said. \"And"), "said"),
    Q('''she planned to learn to swim''', "Anne Tully", ("Anne", "Anne said she planned"), "said"),
], ["Anne Tully", "Martin Tully", "Liam", "Margaret Doyle"],
   ["Tully's Hardware", "Brickhouse", "Oakfield Residents' Association"])

# ------------------------------------------------------------------------------------------ 07
A("own-07", "awards nominee list", "2025-09-10", False, '''
Northlight Book Prize unveils 2025 shortlist

The Northlight Foundation on Wednesday announced the six-title shortlist for its annual fiction prize, worth 40,000 pounds to the winner. The judging panel, chaired by the novelist Imogen Calder, read 164 novels published in Britain and Ireland over the past year.

"This is a shortlist about people trying to go home and finding that home has moved," Calder said. She said the panel had argued "loudly and happily" for four months before agreeing on the final six.

The shortlisted authors and titles are:

Farida Nasser, The Salt Orchard
Owen Pryce-Jenkins, A Map of Small Hours
Helen Achterberg, Winter at the Lido
Kwame Asante-Bell, The Ballad of Jonah Reyes
Siobhan Maguire, Nobody Here But Us
Teodor Lindqvist, The Glass Ferry

Two of the six are debut novels. Nasser, a former refugee caseworker who lives in Leeds, said she had learned of her nomination while sitting on a bus and had "made a noise the driver will not forget."

The foundation's director, Paul Greaves, said the prize had received a record number of submissions from independent publishers this year. "Small presses are taking the risks right now," he said. "This list reflects that."

Lindqvist, the only translated author on the list, shares the nomination with his translator, Annika Holm. Under the prize's rules, an author and translator split the money equally.

Bookmaker William Hill has made Maguire's novel the early favourite at 5-2, with Asante-Bell's sprawling family saga close behind.

The winner will be announced at a ceremony in Manchester on Nov. 12. Last year's prize went to Ruth Adeyemi for her debut novel, Little Weather, which has since been translated into 19 languages and optioned for television.
''', [
    Q('''"This is a shortlist about people trying to go home and finding that home has moved,"''', "Imogen Calder",
      ("Calder", "Calder said"), "said"),
    Q('''the panel had argued "loudly and happily" for four months before agreeing on the final six''',
      "Imogen Calder", ("She", "She said the panel"), "said"),
    Q('''she had learned of her nomination while sitting on a bus and had "made a noise the driver will not forget."''',
      "Farida Nasser", ("Nasser", "Nasser, a former"), "said"),
    Q('''the prize had received a record number of submissions from independent publishers this year''',
      "Paul Greaves", ("Paul Greaves", "Paul Greaves, said"), "said"),
    Q('''"Small presses are taking the risks right now,"''', "Paul Greaves", ("he", "he said. \"This"), "said"),
    Q('''"This list reflects that."''', "Paul Greaves", ("he", "he said. \"This"), "said"),
], ["Imogen Calder", "Farida Nasser", "Owen Pryce-Jenkins", "Helen Achterberg", "Kwame Asante-Bell",
    "Siobhan Maguire", "Teodor Lindqvist", "Paul Greaves", "Annika Holm", "Ruth Adeyemi"],
   ["Northlight Foundation", "William Hill"],
   optional_people=["Jonah Reyes"], optional_orgs=["Northlight Book Prize"])

# ------------------------------------------------------------------------------------------ 08
A("own-08", "business / corporate", "2024-05-13", True, '''
Harrow & Finch hires Morgan Stanley to sell $4.2 billion consumer health unit

NEW YORK - Harrow & Finch, the 112-year-old maker of cough syrups and vitamins, said on Monday it had hired Morgan Stanley to explore a sale of its consumer health division, a business analysts value at about $4.2 billion.

The move follows months of pressure from activist investor Greyline Capital, which owns roughly 6% of the company and has argued that the division is a drag on Harrow & Finch's faster-growing prescription drug business.

"We believe this unit will thrive under an owner for whom it is the main event, not a side business. This is not a fire sale. We are in no hurry," Chief Executive Claire Dubois said on a call with analysts.

Dubois said the company expected bids from both private equity firms and larger rivals, but she declined to name any potential buyers. Johnson & Johnson, which spun off its own consumer health business as Kenvue in 2023, is not seen as a likely bidder.

A statement said the review would be completed by the end of the third quarter and that the roughly 3,800 employees in the unit would be "kept fully informed." The company said no decision had been made on the future of its manufacturing plant in Dayton, Ohio.

Greyline founder Peter Vasquez welcomed the announcement. "Management has finally listened. Shareholders have been asking for this for two years," he said in an emailed comment.

Analysts were more cautious. Meera Iyer, who covers the health sector at Barclay Hartwell Research, said the timing was difficult because consumer spending on non-essential health products had slowed in recent months.

"It's a good asset, but it's not 2021 anymore. Buyers are going to be price-sensitive," Iyer said.

Shares of Harrow & Finch rose 4.7% to $61.20 in afternoon trading in New York. The company also said it would cut its quarterly dividend by 10 cents a share to fund research spending.
''', [
    Q('''it had hired Morgan Stanley to explore a sale of its consumer health division''', "Harrow & Finch",
      ("Harrow & Finch", "Harrow & Finch, the 112"), "said"),
    Q('''the division is a drag on Harrow & Finch's faster-growing prescription drug business''', "Greyline Capital",
      ("Greyline Capital", "Greyline Capital, which"), "argued"),
    Q('''"We believe this unit will thrive under an owner for whom it is the main event, not a side business. This is not a fire sale. We are in no hurry,"''',
      "Claire Dubois", "Chief Executive Claire Dubois", "said"),
    Q('''the company expected bids from both private equity firms and larger rivals''', "Claire Dubois",
      ("Dubois", "Dubois said the company"), "said"),
    Q('''the review would be completed by the end of the third quarter and that the roughly 3,800 employees in the unit would be "kept fully informed."''',
      "Harrow & Finch", None, "said"),
    Q('''no decision had been made on the future of its manufacturing plant in Dayton, Ohio''', "Harrow & Finch",
      ("The company", "The company said no"), "said"),
    Q('''"Management has finally listened. Shareholders have been asking for this for two years,"''', "Peter Vasquez",
      ("he", "he said in an emailed"), "said"),
    Q('''the timing was difficult because consumer spending on non-essential health products had slowed in recent months''',
      "Meera Iyer", ("Meera Iyer", "Meera Iyer, who"), "said"),
    Q('''"It's a good asset, but it's not 2021 anymore. Buyers are going to be price-sensitive,"''', "Meera Iyer",
      ("Iyer", "Iyer said"), "said"),
    Q('''it would cut its quarterly dividend by 10 cents a share to fund research spending''', "Harrow & Finch",
      ("The company", "The company also said"), "said"),
], ["Claire Dubois", "Peter Vasquez", "Meera Iyer"],
   ["Harrow & Finch", "Morgan Stanley", "Greyline Capital", "Johnson & Johnson", "Kenvue",
    "Barclay Hartwell Research"],
   aliases={"Greyline Capital": ["Greyline"]})

# ------------------------------------------------------------------------------------------ 09
A("own-09", "court case", "2024-07-11", False, '''
Former charity treasurer jailed for stealing £410,000 from children's hospice

A former treasurer of a children's hospice charity who stole more than £410,000 over six years to fund gambling and holidays was jailed for 30 months at Bristol Crown Court on Thursday.

Graham Letts, 58, of Westbury, pleaded guilty in March to fraud by abuse of position while he was treasurer of the Little Lanterns Hospice Trust. Over six years he made 212 transfers from the charity's accounts into his own, disguising them as payments to suppliers.

Judge Catherine Ashworth said Letts had betrayed "the trust of people who gave what they could to help dying children."

"You were trusted completely, and you used that trust to steal. Every pound you took was a pound that did not reach a family at the worst time of their lives," the judge said.

Prosecutor Daniel Mensah told the court that the thefts were uncovered in 2023, when a newly hired accountant noticed that a catering company listed in the books did not exist.

Letts's lawyer, Simon Okereke, said his client was "deeply ashamed" and had developed a severe gambling addiction after the death of his wife in 2016. He said Letts had sold his house and had already repaid about £95,000.

"He does not ask for sympathy. He asks only that the court recognises he has faced up to what he did," Okereke said.

Letts, wearing a grey suit, showed no emotion as the sentence was read out. He spoke only to confirm his name.

The judge said she had taken into account his guilty plea and previous good character, but that the scale and length of the fraud made an immediate prison sentence unavoidable.

Outside court, the hospice's chief executive, Fiona Braithwaite, said the charity had since tightened its financial controls. "Our supporters stood by us, and we will never forget that," she said.
''', [
    Q('''Letts had betrayed "the trust of people who gave what they could to help dying children."''',
      "Catherine Ashworth", "Judge Catherine Ashworth", "said"),
    Q('''"You were trusted completely, and you used that trust to steal. Every pound you took was a pound that did not reach a family at the worst time of their lives,"''',
      "Catherine Ashworth", ("the judge", "the judge said"), "said"),
    Q('''the thefts were uncovered in 2023, when a newly hired accountant noticed that a catering company listed in the books did not exist''',
      "Daniel Mensah", "Prosecutor Daniel Mensah", "told"),
    Q('''his client was "deeply ashamed" and had developed a severe gambling addiction after the death of his wife in 2016''',
      "Simon Okereke", ("Simon Okereke", "Simon Okereke, said"), "said"),
    Q('''Letts had sold his house and had already repaid about £95,000''', "Simon Okereke",
      ("He", "He said Letts had sold"), "said"),
    Q('''"He does not ask for sympathy. He asks only that the court recognises he has faced up to what he did,"''',
      "Simon Okereke", ("Okereke", "Okereke said"), "said"),
    Q('''she had taken into account his guilty plea and previous good character, but that the scale and length of the fraud made an immediate prison sentence unavoidable''',
      "Catherine Ashworth", ("The judge", "The judge said she"), "said"),
    Q('''the charity had since tightened its financial controls''', "Fiona Braithwaite",
      ("Fiona Braithwaite", "Fiona Braithwaite, said"), "said"),
    Q('''"Our supporters stood by us, and we will never forget that,"''', "Fiona Braithwaite", ("she", "she said."), "said"),
], ["Graham Letts", "Catherine Ashworth", "Daniel Mensah", "Simon Okereke", "Fiona Braithwaite"],
   ["Little Lanterns Hospice Trust"],
   optional_orgs=["Bristol Crown Court"])

# ------------------------------------------------------------------------------------------ 10
A("own-10", "feature with epithets", "2023-10-17", True, '''
In a Yorkshire village, a former banker keeps the ovens burning

At 3:15 on a Tuesday morning, the only light on Hollow Lane comes from the back window of the Wheatsheaf Bakery, where Tom Ellery is already elbow-deep in dough.

Ellery took over the bakery in the North Yorkshire village of Askwith in 2019, when its owner of 30 years retired and nobody else wanted it. At the time he was a branch manager for Lloyds Bank in Leeds who baked sourdough at weekends.

"Everyone told me I was mad," the 52-year-old baker said, shaping a loaf with quick, practised movements. "They were probably right. But I'd rather be mad and tired than sane and bored."

He now sells about 400 loaves a week, plus pies, scones and a cardamom bun that has built a small following online. Flour prices rose by nearly a third in 2022, and the former banker says that for a few months he paid himself nothing at all.

Customers kept him going. Brenda Hollis, 81, has bought a small white loaf every morning since the bakery reopened. "If Tom ever stops, I'll have to learn to like the supermarket stuff, and I'm too old for that," she said.

On Fridays, the chalkboard outside is redecorated by Mira Kowalczyk, a painter who lives above the village post office and trades her lettering for bread. She says it is the best commission she has ever had.

"He pays me in cardamom buns," the soft-spoken artist says, laughing. "I've been offered money by galleries that was worth less."

Ellery's biggest worry now is staff. His only apprentice, 19-year-old Callum, leaves for college in September, and an advertisement for a replacement has had no replies.

"Nobody wants to get up at three in the morning anymore, and I don't blame them. But bread doesn't make itself," he said.

The Askwith Parish Council last year listed the bakery as a community asset, giving residents the right to bid for it if it is ever put up for sale. Ellery says he has no plans to go anywhere.

"Ask me again when I'm 70," the baker said, sliding another tray into the oven.
''', [
    Q('''"Everyone told me I was mad,"''', "Tom Ellery", "the 52-year-old baker", "said"),
    Q('''"They were probably right. But I'd rather be mad and tired than sane and bored."''', "Tom Ellery",
      "the 52-year-old baker", "said"),
    Q('''for a few months he paid himself nothing at all''', "Tom Ellery", "the former banker", "says"),
    Q('''"If Tom ever stops, I'll have to learn to like the supermarket stuff, and I'm too old for that,"''',
      "Brenda Hollis", ("she", "she said."), "said"),
    Q('''it is the best commission she has ever had''', "Mira Kowalczyk", ("She", "She says it"), "says"),
    Q('''"He pays me in cardamom buns,"''', "Mira Kowalczyk", "the soft-spoken artist", "says"),
    Q('''"I've been offered money by galleries that was worth less."''', "Mira Kowalczyk", "the soft-spoken artist", "says"),
    Q('''"Nobody wants to get up at three in the morning anymore, and I don't blame them. But bread doesn't make itself,"''',
      "Tom Ellery", ("he", "he said."), "said"),
    Q('''he has no plans to go anywhere''', "Tom Ellery", ("Ellery", "Ellery says he"), "says"),
    Q('''"Ask me again when I'm 70,"''', "Tom Ellery", "the baker", "said"),
], ["Tom Ellery", "Brenda Hollis", "Mira Kowalczyk", "Callum"],
   ["Wheatsheaf Bakery", "Lloyds Bank", "Askwith Parish Council"],
   aliases={"Tom Ellery": ["Tom"]})

# ------------------------------------------------------------------------------------------ 11
A("own-11", "wire story with dateline, all-caps headline", "2025-02-14", False, '''
UK TRADE MINISTER HELEN CARVER QUITS OVER STEEL TARIFF U-TURN

LONDON (Reuters) - British trade minister Helen Carver resigned on Friday, saying she could not support the government's plan to scrap tariffs on imported steel, the first ministerial departure over an issue that has split the governing Labour Party.

Carver, who had held the post for 14 months, said in a letter to the prime minister that the decision would "put thousands of skilled jobs at risk in communities that have already given enough."

"I came into politics to protect those jobs, not to manage their decline," she told reporters outside her home in south London. "I cannot in good conscience stand at the despatch box and defend this."

Under a plan published on Wednesday, the 25% tariff on most steel imports will be phased out over two years, starting in April.

A government spokesperson said the prime minister was grateful for Carver's service and that the policy would not change. Junior trade minister Samuel Aldridge will take over her brief on an interim basis.

Gareth Rhys, general secretary of the Steel and Metal Workers' Union, said Carver had shown "more backbone than the rest of the cabinet put together." The union has called a protest outside parliament for next Tuesday.

Nadia Ferrante, a professor of politics at King's College London, said the resignation was unlikely to threaten the government's large majority but could embolden backbench critics. "This is a warning shot, not a rebellion," she said. "But warning shots have a way of being remembered."

Carver, 47, represents a constituency in South Wales that is home to two steelworks. She will remain a Labour member of parliament.

(Reporting by Alistair Penrose; Editing by Kate Mulvey)
''', [
    Q('''she could not support the government's plan to scrap tariffs on imported steel''', "Helen Carver",
      "British trade minister Helen Carver", "saying"),
    Q('''the decision would "put thousands of skilled jobs at risk in communities that have already given enough."''',
      "Helen Carver", ("Carver", "Carver, who had held"), "said"),
    Q('''"I came into politics to protect those jobs, not to manage their decline,"''', "Helen Carver",
      ("she", "she told reporters"), "told"),
    Q('''"I cannot in good conscience stand at the despatch box and defend this."''', "Helen Carver",
      ("she", "she told reporters"), "told"),
    Q('''the prime minister was grateful for Carver's service and that the policy would not change''',
      "a government spokesperson", "A government spokesperson", "said"),
    Q('''Carver had shown "more backbone than the rest of the cabinet put together."''', "Gareth Rhys",
      ("Gareth Rhys", "Gareth Rhys, general"), "said"),
    Q('''the resignation was unlikely to threaten the government's large majority but could embolden backbench critics''',
      "Nadia Ferrante", ("Nadia Ferrante", "Nadia Ferrante, a professor"), "said"),
    Q('''"This is a warning shot, not a rebellion,"''', "Nadia Ferrante", ("she", "she said. \"But"), "said"),
    Q('''"But warning shots have a way of being remembered."''', "Nadia Ferrante", ("she", "she said. \"But"), "said"),
], ["Helen Carver", "Samuel Aldridge", "Gareth Rhys", "Nadia Ferrante"],
   ["Labour Party", "Steel and Metal Workers' Union", "King's College London"],
   optional_people=["Alistair Penrose", "Kate Mulvey"], optional_orgs=["Reuters"])

# ------------------------------------------------------------------------------------------ 12
A("own-12", "science / health tech with acronym and anonymous source", "2025-03-11", True, '''
WHO panel to review safety data on experimental malaria vaccine after trial pause

GENEVA - The World Health Organization (WHO) will convene an emergency panel of experts next week to review safety data on an experimental malaria vaccine after a late-stage trial in three African countries was paused, the agency said on Tuesday.

The vaccine, known as MVX-7, was developed by Lausanne-based biotech company Veridia Biosciences with the University of Cape Town. It uses messenger RNA technology similar to that in some COVID-19 vaccines.

Veridia halted the trial on March 2 after three participants in Kenya developed a rare blood-clotting condition within two weeks of their second dose. A person familiar with the matter said one of the three had died, which the company has not publicly confirmed.

"We take every safety signal extremely seriously, and pausing was the responsible thing to do," Veridia's chief medical officer, Dr. Jonas Ekberg, said in a statement. He said the company was cooperating fully with regulators and with the WHO.

Dr. Amara Nwosu, who heads the WHO's Global Malaria Programme, said it was too early to say whether the vaccine had caused the illnesses. She noted that blood clots can occur naturally and that the trial had enrolled more than 9,000 people.

"Malaria still kills more than half a million people every year, most of them children under five," Nwosu told reporters in Geneva. "We cannot afford to abandon a promising tool, but we also cannot cut corners on safety."

The WHO's Strategic Advisory Group of Experts on Immunization (SAGE) recommended two earlier malaria vaccines, RTS,S and R21, in 2021 and 2023. Both use older technology and require four doses.

Kofi Mensah-Boateng, a professor of epidemiology at the London School of Hygiene & Tropical Medicine, said a clear public explanation would be essential for confidence in future vaccines. "The worst outcome would be silence. People in affected communities need to hear what happened from scientists, not from rumours," he said.

The WHO panel is expected to publish its findings by the end of the month.
''', [
    Q('''The World Health Organization (WHO) will convene an emergency panel of experts next week to review safety data on an experimental malaria vaccine after a late-stage trial in three African countries was paused''',
      "World Health Organization", ("the agency", "the agency said"), "said"),
    Q('''one of the three had died''', "a person familiar with the matter", "A person familiar with the matter", "said"),
    Q('''"We take every safety signal extremely seriously, and pausing was the responsible thing to do,"''',
      "Jonas Ekberg", ("Dr. Jonas Ekberg", "Dr. Jonas Ekberg, said"), "said"),
    Q('''the company was cooperating fully with regulators and with the WHO''', "Jonas Ekberg",
      ("He", "He said the company"), "said"),
    Q('''it was too early to say whether the vaccine had caused the illnesses''', "Amara Nwosu",
      ("Dr. Amara Nwosu", "Dr. Amara Nwosu, who"), "said"),
    Q('''blood clots can occur naturally and that the trial had enrolled more than 9,000 people''', "Amara Nwosu",
      ("She", "She noted"), "noted"),
    Q('''"Malaria still kills more than half a million people every year, most of them children under five,"''',
      "Amara Nwosu", ("Nwosu", "Nwosu told"), "told"),
    Q('''"We cannot afford to abandon a promising tool, but we also cannot cut corners on safety."''', "Amara Nwosu",
      ("Nwosu", "Nwosu told"), "told"),
    Q('''a clear public explanation would be essential for confidence in future vaccines''', "Kofi Mensah-Boateng",
      ("Kofi Mensah-Boateng", "Kofi Mensah-Boateng, a professor"), "said"),
    Q('''"The worst outcome would be silence. People in affected communities need to hear what happened from scientists, not from rumours,"''',
      "Kofi Mensah-Boateng", ("he", "he said."), "said"),
], ["Jonas Ekberg", "Amara Nwosu", "Kofi Mensah-Boateng"],
   ["World Health Organization", "Veridia Biosciences", "University of Cape Town", "Global Malaria Programme",
    "Strategic Advisory Group of Experts on Immunization", "London School of Hygiene & Tropical Medicine"],
   aliases={"Veridia Biosciences": ["Veridia"],
            "Strategic Advisory Group of Experts on Immunization": ["SAGE"]})

# ------------------------------------------------------------------------------------------ 13
A("own-13", "weather disaster", "2024-06-02", True, '''
Flash floods kill two, force hundreds from homes in eastern Kentucky

HAZARD, Ky. - Torrential overnight rain sent creeks surging over their banks across eastern Kentucky on Sunday, killing at least two people and forcing hundreds of residents to flee to higher ground, officials said.

The National Weather Service said parts of Perry and Breathitt counties received more than 6 inches of rain in less than five hours.

Perry County Judge-Executive Wendell Combs said the two victims, a man in his 60s and a woman in her 30s, were swept away in separate vehicles while trying to cross flooded roads before dawn. Their names have not been released.

"Turn around, don't drown. I know people are tired of hearing it, but that's how we lost two of our neighbors last night," Combs said at a news conference in Hazard.

Swift-water rescue teams from the Kentucky National Guard pulled at least 47 people from homes and cars, according to Col. Regina Hatfield, a Guard spokeswoman.

Shelters opened at two schools and a church. The American Red Cross said it was housing about 300 people and expected that number to rise.

Tamara Sizemore, 44, waded out of her home in the community of Lost Creek carrying her two dogs. "The water came up through the floorboards, and by the time I got my boots on it was at my knees. Everything we own is downstairs," she said.

Her neighbor, Dwayne Fugate, 71, said he had lived through the deadly floods of 2022 and had hoped never to see anything like it again. "I thought we'd had our once-in-a-lifetime," he said.

The weather service warned that another band of storms could bring 1 to 2 more inches of rain on Monday, and a flood watch remains in effect for much of the region through Tuesday morning.
''', [
    Q('''Torrential overnight rain sent creeks surging over their banks across eastern Kentucky on Sunday, killing at least two people and forcing hundreds of residents to flee to higher ground''',
      "officials", ("officials", "officials said"), "said"),
    Q('''parts of Perry and Breathitt counties received more than 6 inches of rain in less than five hours''',
      "National Weather Service", "The National Weather Service", "said"),
    Q('''the two victims, a man in his 60s and a woman in her 30s, were swept away in separate vehicles while trying to cross flooded roads before dawn''',
      "Wendell Combs", "Perry County Judge-Executive Wendell Combs", "said"),
    Q('''"Turn around, don't drown. I know people are tired of hearing it, but that's how we lost two of our neighbors last night,"''',
      "Wendell Combs", ("Combs", "Combs said at"), "said"),
    Q('''Swift-water rescue teams from the Kentucky National Guard pulled at least 47 people from homes and cars''',
      "Regina Hatfield", "Col. Regina Hatfield", "according to"),
    Q('''it was housing about 300 people and expected that number to rise''', "American Red Cross",
      "The American Red Cross", "said"),
    Q('''"The water came up through the floorboards, and by the time I got my boots on it was at my knees. Everything we own is downstairs,"''',
      "Tamara Sizemore", ("she", "she said."), "said"),
    Q('''he had lived through the deadly floods of 2022 and had hoped never to see anything like it again''',
      "Dwayne Fugate", ("Dwayne Fugate", "Dwayne Fugate, 71"), "said"),
    Q('''"I thought we'd had our once-in-a-lifetime,"''', "Dwayne Fugate", ("he", "he said."), "said"),
    Q('''another band of storms could bring 1 to 2 more inches of rain on Monday''', "National Weather Service",
      "The weather service", "warned"),
], ["Wendell Combs", "Regina Hatfield", "Tamara Sizemore", "Dwayne Fugate"],
   ["National Weather Service", "Kentucky National Guard", "American Red Cross"])

# ------------------------------------------------------------------------------------------ 14
A("own-14", "election night", "2023-11-08", False, '''
Delacroix sweeps to victory in Ashbury mayoral race

ASHBURY - Former school principal Yvonne Delacroix was elected mayor of Ashbury on Tuesday night, defeating two-term incumbent Frank Baptiste by nearly 20 points in a race dominated by housing costs and a troubled police budget.

With 96% of precincts reporting, Delacroix had 58.7% of the vote to Baptiste's 39.1%, unofficial results from the Ashbury County Board of Elections showed. Turnout was the highest for a municipal election in the city's history.

Speaking to a packed ballroom downtown, Delacroix thanked her volunteers and promised to "start work on Wednesday morning, not Wednesday afternoon."

"This city told us tonight that it is tired of waiting," she said. "Tired of waiting for homes it can afford, tired of waiting for buses that don't come. Starting tomorrow, we stop making people wait."

Baptiste conceded shortly after 10:30 p.m. In a brief speech to supporters, he said he had called Delacroix to congratulate her and would help ensure a smooth transition.

"The voters have spoken, and they spoke clearly," Baptiste said. "I'm proud of what we built over eight years."

Delacroix, 61, ran as an independent but was endorsed by the Ashbury Democratic Committee and the city's teachers union, the Ashbury Education Association. Her campaign raised $1.4 million, nearly double Baptiste's total.

Kenji Leung, a political scientist at Ashbury State University, said the margin reflected deep frustration over rising rents. "When people are paying half their income on housing, they will vote for change, almost any change," he said.

At Delacroix's victory party, retired nurse Gloria Mendes, 73, said she had knocked on more than 500 doors for the campaign. "My feet hurt, but my heart's full," she said.

Delacroix will be sworn in on Jan. 1, becoming the first woman to lead the city in its 160-year history.
''', [
    Q('''"start work on Wednesday morning, not Wednesday afternoon."''', "Yvonne Delacroix",
      ("Delacroix", "Delacroix thanked"), "promised"),
    Q('''"This city told us tonight that it is tired of waiting,"''', "Yvonne Delacroix", ("she", "she said. \"Tired"), "said"),
    Q('''"Tired of waiting for homes it can afford, tired of waiting for buses that don't come. Starting tomorrow, we stop making people wait."''',
      "Yvonne Delacroix", ("she", "she said. \"Tired"), "said"),
    Q('''he had called Delacroix to congratulate her and would help ensure a smooth transition''', "Frank Baptiste",
      ("he", "he said he had called"), "said"),
    Q('''"The voters have spoken, and they spoke clearly,"''', "Frank Baptiste", ("Baptiste", "Baptiste said."), "said"),
    Q('''"I'm proud of what we built over eight years."''', "Frank Baptiste", ("Baptiste", "Baptiste said."), "said"),
    Q('''the margin reflected deep frustration over rising rents''', "Kenji Leung",
      ("Kenji Leung", "Kenji Leung, a political"), "said"),
    Q('''"When people are paying half their income on housing, they will vote for change, almost any change,"''',
      "Kenji Leung", ("he", "he said."), "said"),
    Q('''she had knocked on more than 500 doors for the campaign''', "Gloria Mendes", "retired nurse Gloria Mendes", "said"),
    Q('''"My feet hurt, but my heart's full,"''', "Gloria Mendes", ("she", "she said."), "said"),
], ["Yvonne Delacroix", "Frank Baptiste", "Kenji Leung", "Gloria Mendes"],
   ["Ashbury County Board of Elections", "Ashbury Democratic Committee", "Ashbury Education Association",
    "Ashbury State University"])

# ------------------------------------------------------------------------------------------ 15
A("own-15", "music review", None, True, '''
Review: Lola Marchetti turns a rain-soaked Glasgow night into a revival meeting

Lola Marchetti does not so much walk onto a stage as ambush it. At Glasgow's Castlegate Arena on Friday night, the 27-year-old singer burst out of a trapdoor in a silver raincoat, launched straight into "Tin Roof Heart," and barely stopped moving for the next two hours.

This was the first of three sold-out nights on the Scottish leg of her "Weathervane" tour, and the crowd of roughly 12,000, many of them in matching yellow ponchos, knew every word.

Marchetti, who grew up in Paisley and signed with Halcyon Records at 19, has always been a better live performer than her early albums suggested. Here, backed by a six-piece band led by guitarist Ade Fashola and drummer Kirsty Lamb, and by a string section borrowed from the Royal Scottish National Orchestra, she sounded enormous.

Between songs she talked to the crowd as if they were old friends. "I used to queue outside this building in the rain to see other people," she said midway through the set. "Now you're all queuing in the rain to see me. I'm sorry about the weather. I'm not sorry about anything else."

Not everything worked. A stripped-back piano version of "Paper Crowns" was swallowed by chatter at the back of the hall, and a mid-set medley of older singles felt rushed.

But the encore was something else. Before "Small Hours," her most personal song, Marchetti said she had written it the week her father died and had almost left it off the album. "My manager said, 'Nobody wants to dance to grief,'" she told the crowd. "Turns out you lot do." Twelve thousand people then proved her right.

The opening act, Dundee duo the Marram Grass, made the most of a difficult slot. Singer Finlay Reid told the audience that it was "the biggest room we've ever played, by about 11,000 people."

"I've seen her four times and this was the best," said Ellie Donnachie, 22, a student from Edinburgh who had queued since 10 a.m. It was hard to argue.

Four stars.
''', [
    Q('''"I used to queue outside this building in the rain to see other people,"''', "Lola Marchetti",
      ("she", "she said midway"), "said"),
    Q('''"Now you're all queuing in the rain to see me. I'm sorry about the weather. I'm not sorry about anything else."''',
      "Lola Marchetti", ("she", "she said midway"), "said"),
    Q('''she had written it the week her father died and had almost left it off the album''', "Lola Marchetti",
      ("Marchetti", "Marchetti said she"), "said"),
    Q('''"My manager said, 'Nobody wants to dance to grief,'"''', "Lola Marchetti", ("she", "she told the crowd."), "told"),
    Q('''"Turns out you lot do."''', "Lola Marchetti", ("she", "she told the crowd."), "told"),
    Q('''it was "the biggest room we've ever played, by about 11,000 people."''', "Finlay Reid",
      "Singer Finlay Reid", "told"),
    Q('''"I've seen her four times and this was the best,"''', "Ellie Donnachie", ("Ellie Donnachie", "said Ellie Donnachie"), "said"),
], ["Lola Marchetti", "Ade Fashola", "Kirsty Lamb", "Finlay Reid", "Ellie Donnachie"],
   ["Halcyon Records", "Royal Scottish National Orchestra", "The Marram Grass"],
   optional_orgs=["Castlegate Arena"])

# ------------------------------------------------------------------------------------------ 16
A("own-16", "protest / rally", "2025-09-08", False, '''
Nurses rally at Pennsylvania Capitol, demand limits on patient loads

HARRISBURG, Pa. - More than 2,000 nurses and supporters rallied outside the Pennsylvania Capitol on Monday, chanting "Safe staffing saves lives!" and urging lawmakers to pass a bill that would cap the number of patients a nurse can be assigned at once.

The rally was organized by Keystone Nurses United, which represents about 18,000 nurses across the state. The union says hospitals have cut staff to dangerous levels since the pandemic, leaving some nurses responsible for eight or more patients on medical-surgical floors.

"I went into nursing to take care of people, and most nights I go home feeling like I failed them. Not because I don't care, but because there's one of me and nine of them," said Maria Ortiz, an intensive care nurse from Allentown who has worked in hospitals for 16 years.

State Rep. Dolores Whitman, a Democrat from Pittsburgh who sponsors the Patient Safety Act, told the crowd that the bill had cleared one chamber last year and that she was "tired of watching it die in committee."

The Pennsylvania Hospital Alliance, which represents more than 200 hospitals, opposes fixed ratios. In a statement, the group said mandated staffing levels would force some rural hospitals to close units and that there were not enough nurses in the state to meet them.

"Ratios sound simple, but they don't create a single new nurse," said Jeffrey Kline, the alliance's president.

State Sen. Gordon Pratt, a Republican who chairs the Senate Health Committee, said he was open to "a serious conversation" about staffing but would not commit to scheduling a vote.

Capitol Police said the rally was peaceful and that no arrests were made.

Ortiz drove two hours to attend on her day off, after working three 12-hour shifts. "If I can do that," she said, "they can do their jobs and pass this bill." Then she went to find her bus home.
''', [
    Q('''"Safe staffing saves lives!"''', "nurses and supporters",
      ("More than 2,000 nurses and supporters", "More than 2,000 nurses and supporters rallied"), "chanting"),
    Q('''hospitals have cut staff to dangerous levels since the pandemic, leaving some nurses responsible for eight or more patients on medical-surgical floors''',
      "Keystone Nurses United", ("The union", "The union says"), "says"),
    Q('''"I went into nursing to take care of people, and most nights I go home feeling like I failed them. Not because I don't care, but because there's one of me and nine of them,"''',
      "Maria Ortiz", ("Maria Ortiz", "said Maria Ortiz"), "said"),
    Q('''the bill had cleared one chamber last year and that she was "tired of watching it die in committee."''',
      "Dolores Whitman", "State Rep. Dolores Whitman", "told"),
    Q('''mandated staffing levels would force some rural hospitals to close units and that there were not enough nurses in the state to meet them''',
      "Pennsylvania Hospital Alliance", ("the group", "the group said"), "said"),
    Q('''"Ratios sound simple, but they don't create a single new nurse,"''', "Jeffrey Kline",
      ("Jeffrey Kline", "said Jeffrey Kline"), "said"),
    Q('''he was open to "a serious conversation" about staffing but would not commit to scheduling a vote''',
      "Gordon Pratt", "State Sen. Gordon Pratt", "said"),
    Q('''the rally was peaceful and that no arrests were made''', "Pennsylvania Capitol Police",
      ("Capitol Police", "Capitol Police said"), "said"),
    Q('''"If I can do that,"''', "Maria Ortiz", ("she", "she said, \"they"), "said"),
    Q('''"they can do their jobs and pass this bill."''', "Maria Ortiz", ("she", "she said, \"they"), "said"),
], ["Maria Ortiz", "Dolores Whitman", "Jeffrey Kline", "Gordon Pratt"],
   ["Keystone Nurses United", "Pennsylvania Hospital Alliance", "Senate Health Committee",
    "Pennsylvania Capitol Police"],
   aliases={"Pennsylvania Capitol Police": ["Capitol Police"]},
   optional_orgs=["Republican Party", "Democratic Party", "Pennsylvania Capitol"])
